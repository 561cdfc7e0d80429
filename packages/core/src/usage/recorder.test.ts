import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fingerprint } from '../schema/fingerprint.js';
import { safeParseUsageRecord } from './parse.js';
import { SESSION_ID_PATTERN, USAGE_LIMITS } from './format.js';
import type { UsageVisit } from './record.js';
import { createUsageRecorder } from './recorder.js';
import { randomSessionId } from './session-id.js';
import { smallPathway } from './test-fixtures.js';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** A recorder on a clock the test moves by hand. */
function setUp(options: Partial<Parameters<typeof createUsageRecorder>[0]> = {}) {
  const pathway = smallPathway();
  let t = T0;
  const usage = createUsageRecorder({ pathway, now: () => t, sessionId: ID, ...options });
  return { pathway, usage, wait: (ms: number) => (t += ms) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('createUsageRecorder', () => {
  it('records a session as the element would feed it', () => {
    const { pathway, usage, wait } = setUp({ language: 'cy', layout: 'compact' });
    usage.enter('triage', 'step');
    usage.prefilled('age');
    wait(20_000);
    usage.edge('e-details');
    usage.enter('details');
    wait(4_000);
    usage.back('details', 'triage');
    usage.prefillOverridden('age');
    wait(6_000);
    usage.edge('e-details');
    usage.enter('details');
    usage.changed('duration');
    wait(10_000);
    usage.edge('e-decide');
    usage.enter('decide');
    usage.edge('e-long');
    usage.enter('reading');
    wait(5_000);
    usage.edge('e-refer');
    usage.enter('refer');
    wait(8_000);
    expect(usage.complete()).toBe(true);
    expect(usage.record()).toEqual({
      format: 'careway-usage',
      formatVersion: 1,
      pathway: { id: 'usage-test', version: '1.0.0', fingerprint: fingerprint(pathway) },
      sessionId: ID,
      startedAt: '2026-03-02T09:00:00.000Z',
      endedAt: '2026-03-02T09:00:53.000Z',
      status: 'completed',
      outcome: 'refer',
      resumed: false,
      visits: [
        { node: 'triage', kind: 'step', at: 0, ms: 20_000 },
        { node: 'details', kind: 'step', at: 20_000, ms: 4_000 },
        { node: 'triage', kind: 'step', at: 24_000, ms: 6_000 },
        { node: 'details', kind: 'step', at: 30_000, ms: 10_000 },
        { node: 'decide', kind: 'decision', at: 40_000, ms: 0 },
        { node: 'reading', kind: 'info', at: 40_000, ms: 5_000 },
        { node: 'refer', kind: 'outcome', at: 45_000, ms: 8_000 },
      ],
      edges: ['e-details', 'e-details', 'e-decide', 'e-long', 'e-refer'],
      backs: [{ from: 'details', to: 'triage', at: 24_000 }],
      changed: ['duration'],
      prefilled: ['age'],
      prefillOverridden: ['age'],
      language: 'cy',
      layout: 'compact',
    });
    expect(usage.status).toBe('completed');
  });

  it('gives an in-progress record at any moment, the open visit timed up to now', () => {
    const { usage, wait } = setUp({ resumed: true });
    expect(usage.record()).toMatchObject({ status: 'in-progress', visits: [], resumed: true });
    usage.enter('triage');
    wait(7_000);
    const record = usage.record();
    expect(record.visits).toEqual([{ node: 'triage', kind: 'step', at: 0, ms: 7_000 }]);
    expect(record.endedAt).toBe('2026-03-02T09:00:07.000Z');
    expect(record).not.toHaveProperty('outcome');
  });

  it('records an abandonment where the clinician was, or where the host says', () => {
    const a = setUp();
    a.usage.enter('triage');
    a.wait(3_000);
    expect(a.usage.abandon()).toBe(true);
    expect(a.usage.record()).toMatchObject({
      status: 'abandoned',
      abandonedAt: 'triage',
      visits: [{ ms: 3_000 }],
    });
    const b = setUp();
    b.usage.abandon();
    expect(b.usage.record().abandonedAt).toBe('triage'); // nothing entered: the start
    const c = setUp();
    c.usage.enter('details');
    c.usage.abandon('nowhere');
    expect(c.usage.record().abandonedAt).toBe('details');
  });

  describe('odd call orders', () => {
    it('ignores ids the pathway does not have — so no answer or identifier can enter', () => {
      const { usage } = setUp();
      for (const bad of ['9990001234', 'Jane Smith', 'nowhere', '', 'constructor', '__proto__']) {
        expect(usage.enter(bad)).toBe(false);
        expect(usage.edge(bad)).toBe(false);
        expect(usage.back('triage', bad)).toBe(false);
        expect(usage.changed(bad)).toBe(false);
        expect(usage.prefilled(bad)).toBe(false);
        expect(usage.prefillOverridden(bad)).toBe(false);
        expect(usage.complete(bad)).toBe(false);
      }
      expect(usage.changed(42 as unknown as string)).toBe(false);
      expect(usage.record()).toMatchObject({ visits: [], edges: [], backs: [], changed: [], prefilled: [] });
    });

    it('completes only at an outcome, entering it when the element did not', () => {
      const { usage, wait } = setUp();
      expect(usage.complete()).toBe(false); // nowhere yet
      usage.enter('triage');
      expect(usage.complete()).toBe(false); // a step
      expect(usage.complete('details')).toBe(false);
      wait(1_000);
      expect(usage.complete('urgent')).toBe(true);
      expect(usage.record().visits.map((v) => [v.node, v.ms])).toEqual([
        ['triage', 1_000],
        ['urgent', 0],
      ]);
    });

    it('ignores everything once the session has ended, and the record stays as it was', () => {
      const { usage, wait } = setUp();
      usage.enter('triage');
      usage.abandon();
      const before = usage.record();
      wait(60_000);
      expect([
        usage.enter('details'),
        usage.edge('e-details'),
        usage.back('details', 'triage'),
        usage.changed('age'),
        usage.prefilled('age'),
        usage.prefillOverridden('age'),
        usage.complete('urgent'),
        usage.abandon(),
      ]).toEqual([false, false, false, false, false, false, false, false]);
      expect(usage.record()).toEqual(before);
    });

    it('counts arriving where one already is once, and takes the kind from the pathway', () => {
      const { usage } = setUp();
      expect(usage.enter('triage', 'outcome')).toBe(true);
      expect(usage.enter('triage')).toBe(false);
      expect(usage.record().visits).toEqual([{ node: 'triage', kind: 'step', at: 0, ms: 0 }]);
    });

    it('keeps prefilled and overridden fields once each; an override is also a prefill', () => {
      const { usage } = setUp();
      usage.prefillOverridden('age');
      usage.prefillOverridden('age');
      usage.prefilled('age');
      usage.changed('age');
      usage.changed('age');
      expect(usage.record()).toMatchObject({
        prefilled: ['age'],
        prefillOverridden: ['age'],
        changed: ['age', 'age'],
      });
    });

    it('hands out copies: changing a record changes nothing in the recorder', () => {
      const { usage } = setUp();
      usage.enter('triage');
      const record = usage.record();
      record.visits.push({ node: 'x', kind: 'step', at: 0, ms: 0 });
      (record.visits[0] as { ms: number }).ms = 99;
      expect(usage.record().visits).toEqual([{ node: 'triage', kind: 'step', at: 0, ms: 0 }]);
    });

    it('stops a list at its limit and marks the record truncated', () => {
      const { usage } = setUp();
      for (let i = 0; i <= USAGE_LIMITS.maxEvents; i++) usage.edge('e-details');
      const record = usage.record();
      expect(record.edges).toHaveLength(USAGE_LIMITS.maxEvents);
      expect(record.truncated).toBe(true);
      expect(safeParseUsageRecord(record).ok).toBe(true);
    });

    it('drops a language or layout it does not know', () => {
      const record = setUp({ language: 'fr', layout: 'grid' }).usage.record();
      expect(record).not.toHaveProperty('language');
      expect(record).not.toHaveProperty('layout');
    });
  });

  describe('the clock', () => {
    it('never goes back, and survives NaN, throwing and fractional readings', () => {
      const readings = [T0, T0 + 5_000.4, T0 + 1_000, NaN, 'soon', T0 + 9_000.6];
      let i = 0;
      const usage = createUsageRecorder({
        pathway: smallPathway(),
        sessionId: ID,
        now: () => {
          const r = readings[i++];
          if (r === undefined) throw new Error('clock gone');
          return r as number;
        },
      });
      usage.enter('triage'); // 5000
      usage.enter('details'); // 1000 → held at 5000
      usage.enter('triage'); // NaN → held
      usage.enter('details'); // 'soon' → held
      usage.enter('triage'); // 9001
      usage.abandon(); // throws → held
      const record = usage.record();
      expect(record.visits.map((v) => v.at)).toEqual([5_000, 5_000, 5_000, 5_000, 9_001]);
      expect(safeParseUsageRecord(record).ok).toBe(true);
    });

    it('keeps timestamps within what a record may carry, whatever the clock says', () => {
      for (const start of [0, -1e15, 1e15, NaN]) {
        const usage = createUsageRecorder({ pathway: smallPathway(), now: () => start });
        usage.enter('triage');
        expect(safeParseUsageRecord(usage.record()).ok, String(start)).toBe(true);
      }
    });

    it('caps a session at 31 days', () => {
      const { usage, wait } = setUp();
      usage.enter('triage');
      wait(USAGE_LIMITS.maxMs * 2);
      expect(usage.record().visits[0]?.ms).toBe(USAGE_LIMITS.maxMs);
    });
  });

  describe('session ids', () => {
    it('are random version 4 UUIDs, not derived from anything', () => {
      const a = createUsageRecorder({ pathway: smallPathway(), now: () => T0 });
      const b = createUsageRecorder({ pathway: smallPathway(), now: () => T0 });
      expect(a.sessionId).toMatch(SESSION_ID_PATTERN);
      expect(a.sessionId).not.toBe(b.sessionId);
    });

    it('use the one given only when it is a version 4 UUID', () => {
      expect(setUp({ sessionId: ID }).usage.sessionId).toBe(ID);
      for (const id of ['9990001234', 'patient-jane', ID.toUpperCase()])
        expect(setUp({ sessionId: id }).usage.sessionId).toMatch(SESSION_ID_PATTERN);
    });

    it('come from crypto.getRandomValues when there is one', () => {
      const spy = vi.spyOn(globalThis.crypto, 'getRandomValues');
      expect(randomSessionId()).toMatch(SESSION_ID_PATTERN);
      expect(spy).toHaveBeenCalledTimes(1);
    });

    it('are still made where the platform has no crypto, or its crypto fails', () => {
      vi.stubGlobal('crypto', undefined);
      expect(randomSessionId()).toMatch(SESSION_ID_PATTERN);
      vi.stubGlobal('crypto', {
        getRandomValues: () => {
          throw new Error('denied');
        },
      });
      expect(randomSessionId()).toMatch(SESSION_ID_PATTERN);
    });

    it('repeat for a seeded random source, and survive a broken one', () => {
      const seeded = () => randomSessionId(() => 0.5);
      expect(seeded()).toBe(seeded());
      expect(randomSessionId(() => NaN)).toMatch(SESSION_ID_PATTERN);
      const broken = createUsageRecorder({
        pathway: smallPathway(),
        now: () => T0,
        random: () => {
          throw new Error('no');
        },
      });
      expect(broken.sessionId).toMatch(SESSION_ID_PATTERN);
    });
  });

  it('property: any sequence of calls gives a valid record of the pathway, in time order', () => {
    const pathway = smallPathway();
    const ids = [
      'triage',
      'details',
      'decide',
      'reading',
      'urgent',
      'refer',
      'advice',
      'e-details',
      'e-long',
      'age',
      'red_flag',
      'duration',
      'nope',
      '9990001234',
    ];
    const call = fc.record({
      method: fc.constantFrom(
        'enter',
        'edge',
        'back',
        'changed',
        'prefilled',
        'prefillOverridden',
        'complete',
        'abandon',
        'record',
        'wait',
      ),
      a: fc.constantFrom(...ids, undefined),
      b: fc.constantFrom(...ids),
      ms: fc.oneof(fc.integer({ min: -1_000, max: 100_000 }), fc.double()),
    });
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), (calls) => {
        let t = T0;
        const usage = createUsageRecorder({ pathway, now: () => t });
        for (const c of calls) {
          const u = usage as unknown as Record<string, (a?: string, b?: string) => unknown>;
          if (c.method === 'wait') t += c.ms;
          else u[c.method]?.(c.a, c.b);
        }
        const record = usage.record();
        expect(safeParseUsageRecord(record, { pathway })).toEqual({ ok: true, record });
        for (let i = 1; i < record.visits.length; i++) {
          const prev = record.visits[i - 1] as UsageVisit;
          const next = record.visits[i] as UsageVisit;
          expect(next.at).toBeGreaterThanOrEqual(prev.at);
          expect(prev.at + prev.ms).toBe(next.at);
        }
      }),
      { numRuns: 300 },
    );
  });
});
