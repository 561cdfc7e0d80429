import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USAGE_STATUSES } from './format.js';
import type { UsageRecord } from './record.js';
import { summariseUsage, usageSummariser } from './summarise.js';
import type { UsageSummary } from './summary.js';
import { sampleRecord, smallPathway } from './test-fixtures.js';

const pathway = smallPathway();
const base = sampleRecord(pathway);

// Ids of this pathway and of imagined older versions, so that mapping and "unknown" are exercised.
const NODES = ['triage', 'details', 'decide', 'reading', 'urgent', 'refer', 'advice', 'gone', 'old_step'];
const EDGES = [...pathway.edges.map((e) => e.id), 'e-old'];
const FIELDS = ['age', 'red_flag', 'duration', 'old_field'];

const recordArb: fc.Arbitrary<UsageRecord> = fc
  .record({
    pathwayId: fc.constantFrom('usage-test', 'usage-test', 'usage-test', 'other-pathway'),
    version: fc.constantFrom('1.0.0', '0.9.0'),
    status: fc.constantFrom(...USAGE_STATUSES),
    visits: fc.array(fc.record({ node: fc.constantFrom(...NODES), ms: fc.nat(100_000) }), { maxLength: 10 }),
    edges: fc.array(fc.constantFrom(...EDGES), { maxLength: 8 }),
    backs: fc.array(fc.record({ from: fc.constantFrom(...NODES), to: fc.constantFrom(...NODES) }), {
      maxLength: 3,
    }),
    changed: fc.array(fc.constantFrom(...FIELDS), { maxLength: 4 }),
    prefilled: fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 2 }),
    prefillOverridden: fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 2 }),
    outcome: fc.constantFrom('urgent', 'refer', 'advice', 'gone'),
    abandonedAt: fc.constantFrom(...NODES),
    resumed: fc.boolean(),
  })
  .map((g) => {
    let at = 0;
    const visits = g.visits.map((v) => {
      const out = { node: v.node, kind: 'step' as const, at, ms: v.ms };
      at += v.ms;
      return out;
    });
    const { outcome: _o, ...rest } = base;
    return {
      ...rest,
      pathway: { ...base.pathway, id: g.pathwayId, version: g.version },
      status: g.status,
      ...(g.status === 'completed' ? { outcome: g.outcome } : {}),
      ...(g.status === 'abandoned' ? { abandonedAt: g.abandonedAt } : {}),
      resumed: g.resumed,
      visits,
      edges: g.edges,
      backs: g.backs.map((b) => ({ ...b, at: 0 })),
      changed: g.changed,
      prefilled: g.prefilled,
      prefillOverridden: g.prefillOverridden,
    };
  });

const recordsArb = fc.array(recordArb, { maxLength: 30 });

const inUnit = (x: number | null) => x === null || (x >= 0 && x <= 1);

/** Every count of a summary, keyed by where it is, to add up over batches. */
function counts(s: UsageSummary): Map<string, number> {
  const out = new Map<string, number>();
  const put = (k: string, v: number) => out.set(k, (out.get(k) ?? 0) + v);
  put('sessions', s.sessions);
  put('otherPathway', s.skipped.otherPathway);
  put('invalid', s.skipped.invalid);
  for (const [k, v] of Object.entries(s.status)) put(`status.${k}`, v);
  put('resumed', s.resumed);
  put('time.n', s.time?.n ?? 0);
  for (const v of s.versions) put(`version.${v.version}.${v.fingerprint}`, v.sessions);
  for (const n of s.nodes)
    for (const k of ['visits', 'sessions', 'abandoned', 'backsFrom', 'backsTo'] as const)
      put(`node.${n.id}.${k}`, n[k]);
  for (const n of s.nodes) put(`node.${n.id}.time`, n.time?.n ?? 0);
  for (const e of s.edges) {
    put(`edge.${e.id}`, e.traversals);
    put(`edge.${e.id}.sessions`, e.sessions);
  }
  for (const f of s.fields)
    for (const k of ['sessions', 'changed', 'changedSessions', 'prefilled', 'prefillOverridden'] as const)
      put(`field.${f.id}.${k}`, f[k]);
  for (const o of s.outcomes) {
    put(`outcome.${o.id}`, o.sessions);
    put(`outcome.${o.id}.time`, o.time?.n ?? 0);
  }
  for (const kind of ['nodes', 'edges', 'fields'] as const)
    for (const u of s.unknown[kind]) put(`unknown.${kind}.${u.id}`, u.sessions);
  return out;
}

function added(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

const nonZero = (m: Map<string, number>) => new Map([...m].filter(([, v]) => v !== 0));

describe('summariseUsage: properties', () => {
  it('never throws, whatever the records hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ arbitrary: recordArb, weight: 3 }, { arbitrary: fc.anything(), weight: 1 })),
        (rs) => {
          summariseUsage(pathway, rs as UsageRecord[]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts add up, and every share and rate is in [0, 1]', () => {
    fc.assert(
      fc.property(recordsArb, (rs) => {
        const s = summariseUsage(pathway, rs);
        expect(s.sessions + s.skipped.otherPathway + s.skipped.invalid).toBe(rs.length);
        expect(s.status.completed + s.status.abandoned + s.status.inProgress).toBe(s.sessions);
        expect(s.versions.reduce((n, v) => n + v.sessions, 0)).toBe(s.sessions);
        expect(s.outcomes.reduce((n, o) => n + o.sessions, 0)).toBeLessThanOrEqual(s.status.completed);
        expect(s.nodes.reduce((n, x) => n + x.abandoned, 0)).toBeLessThanOrEqual(s.status.abandoned);
        for (const n of s.nodes) {
          expect(n.sessions).toBeLessThanOrEqual(s.sessions);
          expect(n.abandoned).toBeLessThanOrEqual(n.sessions);
          for (const r of [n.share, n.abandonRate, n.backRate]) expect(inUnit(r)).toBe(true);
          if (n.time) expect(n.time.median).toBeLessThanOrEqual(n.time.p90);
          expect(n.time?.n ?? 0).toBe(n.visits);
        }
        for (const e of s.edges) {
          expect(e.sessions).toBeLessThanOrEqual(e.traversals);
          expect(inUnit(e.share)).toBe(true);
        }
        for (const f of s.fields) {
          expect(f.changedSessions).toBeLessThanOrEqual(f.changed);
          expect(f.prefillOverridden).toBeLessThanOrEqual(f.prefilled);
          for (const r of [f.changeRate, f.overrideRate]) expect(inUnit(r)).toBe(true);
        }
        for (const o of s.outcomes) expect(inUnit(o.share)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('adds up over batches: every count of the whole is the sum of the counts of its parts', () => {
    fc.assert(
      fc.property(recordsArb, fc.nat(), (rs, cut) => {
        const at = rs.length === 0 ? 0 : cut % (rs.length + 1);
        const whole = counts(summariseUsage(pathway, rs));
        const parts = added(
          counts(summariseUsage(pathway, rs.slice(0, at))),
          counts(summariseUsage(pathway, rs.slice(at))),
        );
        expect(nonZero(parts)).toEqual(nonZero(whole));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(
        recordsArb.chain((rs) =>
          fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
        ),
        ([rs, shuffled]) => {
          expect(summariseUsage(pathway, shuffled)).toEqual(summariseUsage(pathway, rs));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('usageSummariser', () => {
  it('gives, record by record, the summary of all the records at once, however often it is read on the way', () => {
    fc.assert(
      fc.property(recordsArb, fc.array(fc.nat(30), { maxLength: 5 }), (records, readsAt) => {
        const summariser = usageSummariser(pathway);
        records.forEach((record, i) => {
          if (readsAt.includes(i)) summariser.summary();
          summariser.add(record);
        });
        expect(summariser.summary()).toEqual(summariseUsage(pathway, records));
      }),
    );
  });
});
