import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../schema/fingerprint.js';
import { parsePathway } from '../schema/parse.js';
import type { Approval, Pathway } from '../schema/pathway.js';
import { samplePathway } from '../schema/test-fixtures.js';
import { publicationRefusals, signOffRefusals } from './refusals.js';
import { unreadableExpressions } from '../analysis/rules/expressions.js';

const approval = (pathway: Pathway, overrides: Partial<Approval> = {}): Approval => ({
  role: 'Clinical safety officer',
  name: 'Dr A Example',
  date: '2026-11-30',
  statement: 'Reviewed against the hazard log; safe to use.',
  fingerprint: fingerprint(pathway),
  ...overrides,
});

const dvt = parsePathway(
  JSON.parse(readFileSync(new URL('../../../../pathways/suspected-dvt.json', import.meta.url), 'utf8')),
);

/** The suspected-DVT example, active and signed off as it stands: what the gate lets through. */
function ready(change: (p: Pathway) => void = () => {}): Pathway {
  const pathway: Pathway = { ...structuredClone(dvt), status: 'active' };
  change(pathway);
  return { ...pathway, approvals: [approval(pathway)] };
}

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);
const TODAY = { today: '2026-12-01' };

describe('signOffRefusals', () => {
  it('asks for an approval when there is none', () => {
    expect(signOffRefusals({ ...samplePathway(), approvals: [] })).toEqual([
      {
        code: 'missing_approval',
        severity: 'error',
        path: ['approvals'],
        message: 'Add at least one approval: who signed this pathway off as clinically safe, and when.',
      },
    ]);
  });

  it('has nothing to say of a complete approval of the content as it is', () => {
    const pathway = samplePathway();
    expect(signOffRefusals({ ...pathway, approvals: [approval(pathway)] })).toEqual([]);
  });

  it('keeps an approval current through changes that are not clinical: status, version, layout', () => {
    const pathway = samplePathway();
    const signed = { ...pathway, approvals: [approval(pathway)] };
    expect(signOffRefusals({ ...signed, status: 'active', version: '9.0.0' })).toEqual([]);
  });

  it('refuses an approval given to different clinical content, naming who gave it', () => {
    const pathway = samplePathway();
    const before = { ...pathway, title: `${pathway.title} (before review)` };
    const refusals = signOffRefusals({
      ...pathway,
      approvals: [approval(pathway), approval(before, { name: 'Dr B' })],
    });
    expect(refusals).toEqual([
      {
        code: 'stale_approval',
        severity: 'error',
        path: ['approvals', 1],
        message:
          'Approval 2 (Dr B) was given to different clinical content: review the changes and sign it off again.',
      },
    ]);
  });

  it('names what an incomplete approval lacks', () => {
    const pathway = samplePathway();
    const blank = approval(pathway, { role: ' ', statement: '', date: '2026-02-30' });
    expect(signOffRefusals({ ...pathway, approvals: [blank] })).toEqual([
      {
        code: 'incomplete_approval',
        severity: 'error',
        path: ['approvals', 0],
        message: 'Approval 1 needs its role, date (a real date, YYYY-MM-DD), statement.',
      },
    ]);
  });
});

describe('publicationRefusals', () => {
  it('refuses every expression that cannot be read, as unreadableExpressions reports it (so no pinned file holds one)', () => {
    const pathway = ready((p) => {
      const edge = p.edges.find((e) => e.when !== undefined);
      if (edge) edge.when = 'agee >= 40';
    });
    const unreadable = unreadableExpressions(pathway);
    expect(codes(unreadable)).toEqual(['unknown_name']);
    expect(publicationRefusals(pathway, TODAY)).toEqual(expect.arrayContaining(unreadable));
  });

  it('lets a valid, tested, signed-off, active pathway through', () => {
    expect(publicationRefusals(ready(), TODAY)).toEqual([]);
  });

  it('refuses a document the schema refuses, with the schema’s own errors and nothing else', () => {
    const broken = { ...ready(), start: 'nowhere' };
    const refusals = publicationRefusals(broken, TODAY);
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((r) => r.severity === 'error')).toBe(true);
    expect(codes(refusals)).toContain('unknown_reference');
    expect(codes(refusals)).not.toContain('not_active');
  });

  it('refuses on the analysis’s errors, keeping their codes and places', () => {
    const pathway = ready((p) => {
      p.edges = p.edges.filter((e) => e.from !== p.start);
    });
    const refusals = publicationRefusals(pathway, TODAY);
    const deadEnd = refusals.find((r) => r.code === 'dead_end');
    expect(deadEnd?.nodeId).toBe(pathway.start);
  });

  it('refuses a failing scenario, pointing at it', () => {
    const pathway = ready((p) => {
      const [first] = p.scenarios;
      if (first) p.scenarios = [{ ...first, answers: { ...first.answers, pe_symptoms: false } }];
    });
    const failed = publicationRefusals(pathway, TODAY).filter((r) => r.code === 'scenario_failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.path).toEqual(['scenarios', 0]);
    expect(failed[0]?.message).toMatch(/^Scenario “.+” fails: /);
  });

  it('refuses a draft and a retired pathway, saying how to make each active', () => {
    const draft = publicationRefusals({ ...ready(), status: 'draft' }, TODAY);
    expect(draft).toEqual([expect.objectContaining({ code: 'not_active', path: ['status'] })]);
    expect(draft[0]?.message).toContain('set "status": "active"');
    const retired = publicationRefusals({ ...ready(), status: 'retired' }, TODAY);
    expect(retired[0]?.message).toContain('retired pathways are not published');
  });

  it('refuses an unsigned pathway and one whose sign-off went stale', () => {
    expect(codes(publicationRefusals({ ...ready(), approvals: [] }, TODAY))).toEqual(['missing_approval']);
    const changed = { ...ready(), title: 'Changed after sign-off' };
    expect(codes(publicationRefusals(changed, TODAY))).toContain('stale_approval');
  });

  it('refuses a version already published with other content', () => {
    const pathway = ready();
    expect(codes(publicationRefusals(pathway, { ...TODAY, publishedVersions: [pathway.version] }))).toEqual([
      'version_published',
    ]);
    expect(publicationRefusals(pathway, { ...TODAY, publishedVersions: ['0.0.1'] })).toEqual([]);
  });
});
