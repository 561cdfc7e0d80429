import { describe, expect, it } from 'vitest';
import type { Pathway } from './doc.js';
import { createSession, type Session } from './session.js';
import { restoreSession, safeRestoreSession } from './snapshot.js';
import { SnapshotError, type SessionSnapshot } from './snapshot-types.js';
import { dvtPathway, LIKELY_ANSWERS } from './test-fixtures.js';

const clock = () => new Date('2026-11-24T10:00:00Z');

function progressed(steps: number): Session {
  const session = createSession(dvtPathway(), { context: { age: 67 }, today: '2026-11-24', now: clock });
  for (let i = 0; i < steps; i++) {
    const view = session.view();
    if (view.kind === 'step') {
      for (const f of view.node.fields)
        if (f.id in LIKELY_ANSWERS) session.answer(f.id, (LIKELY_ANSWERS as Record<string, unknown>)[f.id]);
    }
    session.next();
  }
  return session;
}

function refusal(pathway: Pathway, snapshot: unknown, allowVersionChange = false): SnapshotError {
  const result = safeRestoreSession(pathway, snapshot, { allowVersionChange });
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('snapshot', () => {
  it('is plain JSON stamped with the pathway and the time', () => {
    const snapshot = progressed(1).snapshot();
    expect(snapshot).toMatchObject({
      format: 'careway-session',
      version: 1,
      pathway: { id: 'test-dvt', version: '1.0.0' },
      savedAt: '2026-11-24T10:00:00.000Z',
    });
    expect(snapshot.pathway.fingerprint).toMatch(/^sha256:/);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it.each([0, 1, 2, 3, 4, 5])('restores the identical session after %i steps', (steps) => {
    const session = progressed(steps);
    const snapshot = JSON.parse(JSON.stringify(session.snapshot())) as SessionSnapshot;
    const again = restoreSession(dvtPathway(), snapshot, { now: clock });
    expect(again.state).toEqual(session.state);
    expect(again.view()).toEqual(session.view());
    expect(again.result()).toEqual(session.result());
    expect(again.migration).toBeUndefined();
    // and the two go on the same way
    expect(again.back()).toEqual(session.back());
    expect(again.next()).toEqual(session.next());
  });

  it('restores a stalled session and a session under change from review', () => {
    const session = progressed(3);
    session.change('sex');
    const restored = restoreSession(dvtPathway(), session.snapshot());
    expect(restored.state.returnTo).toEqual(['about', 'symptoms', 'wells', 'decide', 'likely']);
    expect(restored.state).toEqual(session.state);
  });
});

describe('restoreSession refusals', () => {
  const good = () => progressed(2).snapshot();

  it('refuses what is not a snapshot', () => {
    for (const bad of [
      null,
      42,
      'text',
      [],
      {},
      { format: 'careway-session' },
      { ...good(), version: 2 },
      { ...good(), pathway: null },
    ]) {
      expect(refusal(dvtPathway(), bad).code).toBe('snapshot_invalid');
    }
  });

  it('refuses another pathway, even when a version change is allowed', () => {
    const other = { ...dvtPathway(), id: 'other-pathway' };
    const error = refusal(other, good(), true);
    expect(error.code).toBe('snapshot_pathway_mismatch');
    expect(error.message).toContain('“test-dvt”');
    expect(error).toBeInstanceOf(SnapshotError);
    expect(() => restoreSession(other, good())).toThrow(SnapshotError);
  });

  it('refuses another version', () => {
    const error = refusal({ ...dvtPathway(), version: '1.1.0' }, good());
    expect(error.code).toBe('snapshot_version_mismatch');
    expect(error.message).toMatch(/version 1\.0\.0.*version 1\.1\.0/);
  });

  it('refuses changed content under the same version', () => {
    const changed = dvtPathway();
    changed.title = 'Suspected DVT (edited)';
    expect(refusal(changed, good()).code).toBe('snapshot_fingerprint_mismatch');
  });

  it.each<[string, (s: Record<string, unknown>) => void]>([
    ['an unknown node on the route', (s) => ((s.route as string[])[1] = 'ghost')],
    ['a route that does not begin at start', (s) => (s.route = ['symptoms', 'wells'])],
    ['a trace that does not match the route', (s) => (s.trace = [])],
    ['an answer to no field', (s) => ((s.answers as Record<string, unknown>).ghost = 1)],
    ['an answer of the wrong type', (s) => ((s.answers as Record<string, unknown>).age = 'old')],
    ['a phase that does not exist', (s) => (s.phase = 'dancing')],
    ['a stray property', (s) => (s.extra = true)],
    [
      'a page phase ending at a decision',
      (s) => {
        (s.route as string[]).push('decide');
        (s.trace as unknown[]).push({
          node: 'wells',
          edge: 'e4',
          to: 'decide',
          condition: null,
          values: {},
          note: '',
        });
      },
    ],
    [
      'an impossible hop',
      (s) => {
        const trace = s.trace as { edge: string }[];
        if (trace[0]) trace[0].edge = 'e7';
      },
    ],
    ['a bad date', (s) => (s.today = '2026-13-01')],
  ])('refuses a damaged state: %s', (_what, damage) => {
    const snapshot = JSON.parse(JSON.stringify(good())) as { state: Record<string, unknown> };
    damage(snapshot.state);
    const error = refusal(dvtPathway(), snapshot);
    expect(error.code).toBe('snapshot_invalid');
    expect(error.problems.length).toBeGreaterThan(0);
  });
});

describe('migration (allowVersionChange)', () => {
  it('resumes the same content under a new version number as is', () => {
    const snapshot = progressed(2).snapshot();
    const session = restoreSession({ ...dvtPathway(), version: '1.0.1' }, snapshot, {
      allowVersionChange: true,
    });
    expect(session.state).toEqual(snapshot.state);
  });

  it('keeps the answers of fields that still exist, reports the rest, and replays the route', () => {
    const snapshot = progressed(3).snapshot();
    const next = dvtPathway();
    next.version = '2.0.0';
    const wells = next.nodes.find((n) => n.id === 'wells');
    if (wells?.kind === 'step') wells.fields = wells.fields.filter((f) => f.id !== 'previous_dvt');
    const calf = next.nodes.find((n) => n.id === 'symptoms');
    if (calf?.kind === 'step') {
      const field = calf.fields.find((f) => f.id === 'calf_diff');
      if (field) Object.assign(field, { type: 'text' });
    }
    next.variables = next.variables.filter((v) => v.id !== 'wells_score');
    next.edges = next.edges.map((e) => (e.id === 'e5' ? { ...e, when: 'cancer' } : e));
    const session = restoreSession(next, snapshot, { allowVersionChange: true });
    expect(session.migration?.from.version).toBe('1.0.0');
    expect(session.migration?.to.version).toBe('2.0.0');
    expect(session.migration?.dropped).toEqual([
      { fieldId: 'calf_diff', reason: 'type_changed' },
      { fieldId: 'previous_dvt', reason: 'field_removed' },
    ]);
    expect(session.migration?.kept).toEqual(
      expect.arrayContaining(['age', 'sex', 'symptoms', 'onset', 'cancer']),
    );
    // the replay stops at the first page that is no longer complete: calf_diff is now an unanswered text
    const view = session.view();
    expect(view.kind === 'step' && view.node.id).toBe('symptoms');
    expect(session.state.route).toEqual(['about', 'symptoms']);
    session.answer('calf_diff', 'about 3 cm');
    session.next();
    expect(session.next()).toMatchObject({ kind: 'review', outcome: { id: 'likely' } });
  });

  it('refuses a migration with no answers to carry over', () => {
    const snapshot = { ...progressed(1).snapshot(), state: { nothing: true } };
    expect(refusal({ ...dvtPathway(), version: '3.0.0' }, snapshot, true).code).toBe('snapshot_invalid');
  });
});
