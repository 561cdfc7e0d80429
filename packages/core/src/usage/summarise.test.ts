import { describe, expect, it } from 'vitest';
import { parsePathway } from '../schema/parse.js';
import { quantileSorted } from './quantile.js';
import type { UsageRecord, UsageVisit } from './record.js';
import { summariseUsage } from './summarise.js';
import { sampleRecord, smallPathway } from './test-fixtures.js';

const pathway = smallPathway();
const base = sampleRecord(pathway);
const { outcome: _outcome, ...open } = base;

const visit = (node: string, kind: UsageVisit['kind'], at: number, ms: number): UsageVisit => ({
  node,
  kind,
  at,
  ms,
});

/** R1 refer (the sample); R2 urgent with the age prefill overridden; R3 abandoned at details; R4 advice after going back; R5 in progress on an older version. */
function records(): UsageRecord[] {
  return [
    base,
    {
      ...base,
      outcome: 'urgent',
      visits: [visit('triage', 'step', 0, 12_000), visit('urgent', 'outcome', 12_000, 6_000)],
      edges: ['e-urgent'],
      changed: [],
      prefilled: ['age'],
      prefillOverridden: ['age'],
    },
    {
      ...open,
      status: 'abandoned',
      abandonedAt: 'details',
      visits: [visit('triage', 'step', 0, 30_000), visit('details', 'step', 30_000, 40_000)],
      edges: ['e-details'],
      changed: [],
      prefilled: [],
    },
    {
      ...base,
      outcome: 'advice',
      resumed: true,
      visits: [
        visit('triage', 'step', 0, 10_000),
        visit('details', 'step', 10_000, 5_000),
        visit('triage', 'step', 15_000, 4_000),
        visit('details', 'step', 19_000, 6_000),
        visit('decide', 'decision', 25_000, 0),
        visit('advice', 'outcome', 25_000, 9_000),
      ],
      edges: ['e-details', 'e-details', 'e-decide', 'e-short'],
      backs: [{ from: 'details', to: 'triage', at: 15_000 }],
      changed: ['red_flag', 'duration', 'duration'],
    },
    {
      ...open,
      pathway: { ...base.pathway, version: '0.9.0', fingerprint: `sha256:${'a'.repeat(64)}` },
      status: 'in-progress',
      visits: [visit('triage', 'step', 0, 2_000)],
      edges: [],
      changed: [],
      prefilled: [],
      language: 'cy',
    },
  ];
}

describe('summariseUsage', () => {
  const junk = [
    { ...base, pathway: { ...base.pathway, id: 'another-pathway' } },
    null,
    { pathway: { id: 'usage-test' }, status: 'finished' },
  ] as unknown as UsageRecord[];
  const summary = summariseUsage(pathway, [...records(), ...junk]);

  it('counts sessions by status, skipping other pathways and what is not a record', () => {
    expect(summary.sessions).toBe(5);
    expect(summary.status).toEqual({ completed: 3, abandoned: 1, inProgress: 1 });
    expect(summary.skipped).toEqual({ otherPathway: 1, invalid: 2 });
    expect(summary.resumed).toBe(1);
    expect(summary.truncated).toBe(0);
    expect(summary.pathway).toEqual(base.pathway);
  });

  it('counts sessions per version, the current one marked', () => {
    expect(summary.versions).toEqual([
      { version: '1.0.0', fingerprint: base.pathway.fingerprint, sessions: 4, current: true },
      { version: '0.9.0', fingerprint: `sha256:${'a'.repeat(64)}`, sessions: 1, current: false },
    ]);
  });

  it('gives visits, sessions, share, time, abandonment and back-tracks per node (hand-checked)', () => {
    const node = (id: string) => summary.nodes.find((n) => n.id === id);
    expect(node('triage')).toEqual({
      id: 'triage',
      kind: 'step',
      visits: 6,
      sessions: 5,
      share: 1,
      // 2000 4000 10000 12000 20000 30000: median halfway 10000–12000; p90 at rank 4.5
      time: { median: 11_000, p90: 25_000, n: 6 },
      abandoned: 0,
      abandonRate: 0,
      backsFrom: 0,
      backsTo: 1,
      backRate: 0,
    });
    expect(node('details')).toEqual({
      id: 'details',
      kind: 'step',
      visits: 4,
      sessions: 3,
      share: 0.6,
      // 5000 6000 10000 40000: median 8000; p90 at rank 2.7 = 10000 + 0.7 × 30000
      time: { median: 8_000, p90: 31_000, n: 4 },
      abandoned: 1,
      abandonRate: 1 / 3,
      backsFrom: 1,
      backsTo: 0,
      backRate: 1 / 3,
    });
    expect(node('decide')).toMatchObject({
      visits: 2,
      sessions: 2,
      share: 0.4,
      time: { median: 0, p90: 0, n: 2 },
    });
    expect(node('reading')).toMatchObject({
      visits: 1,
      sessions: 1,
      time: { median: 5_000, p90: 5_000, n: 1 },
    });
    expect(summary.nodes.map((n) => n.id)).toEqual(pathway.nodes.map((n) => n.id));
  });

  it('gives traversals, sessions and share per edge, in document order', () => {
    expect(summary.edges.map((e) => [e.id, e.traversals, e.sessions, e.share])).toEqual([
      ['e-urgent', 1, 1, 0.2],
      ['e-details', 4, 3, 0.6],
      ['e-decide', 2, 2, 0.4],
      ['e-long', 1, 1, 0.2],
      ['e-short', 1, 1, 0.2],
      ['e-refer', 1, 1, 0.2],
    ]);
    expect(summary.edges[0]).toEqual({
      id: 'e-urgent',
      from: 'triage',
      to: 'urgent',
      traversals: 1,
      sessions: 1,
      share: 0.2,
    });
  });

  it('gives changed answers and prefill overrides per field', () => {
    expect(summary.fields).toEqual([
      {
        id: 'age',
        node: 'triage',
        sessions: 5,
        changed: 0,
        changedSessions: 0,
        changeRate: 0,
        prefilled: 3,
        prefillOverridden: 1,
        overrideRate: 1 / 3,
      },
      {
        id: 'red_flag',
        node: 'triage',
        sessions: 5,
        changed: 1,
        changedSessions: 1,
        changeRate: 0.2,
        prefilled: 0,
        prefillOverridden: 0,
        overrideRate: null,
      },
      {
        id: 'duration',
        node: 'details',
        sessions: 3,
        changed: 3,
        changedSessions: 2,
        changeRate: 2 / 3,
        prefilled: 0,
        prefillOverridden: 0,
        overrideRate: null,
      },
    ]);
  });

  it('gives the outcome distribution and the time from start to each outcome', () => {
    expect(summary.outcomes).toEqual([
      { id: 'urgent', sessions: 1, share: 1 / 3, time: { median: 18_000, p90: 18_000, n: 1 } },
      { id: 'refer', sessions: 1, share: 1 / 3, time: { median: 43_000, p90: 43_000, n: 1 } },
      { id: 'advice', sessions: 1, share: 1 / 3, time: { median: 34_000, p90: 34_000, n: 1 } },
    ]);
    // 18000 34000 43000: p90 at rank 1.8 = 34000 + 0.8 × 9000
    expect(summary.time).toEqual({ median: 34_000, p90: 41_200, n: 3 });
    expect(summary.unknown).toEqual({ nodes: [], edges: [], fields: [] });
  });

  it('gives null, not NaN, where there is nothing to divide by', () => {
    const empty = summariseUsage(pathway, []);
    expect(empty.sessions).toBe(0);
    expect(empty.time).toBeNull();
    expect(empty.nodes.every((n) => n.share === null && n.abandonRate === null && n.time === null)).toBe(
      true,
    );
    expect(empty.edges.every((e) => e.share === null)).toBe(true);
    expect(empty.outcomes.every((o) => o.share === null && o.time === null)).toBe(true);
    expect(JSON.stringify(empty)).not.toContain('NaN');
  });

  it('keeps rates within 1 when a record names a field whose step it never reached', () => {
    const odd = {
      ...open,
      status: 'in-progress',
      visits: [visit('triage', 'step', 0, 1)],
      changed: ['duration'],
    } as UsageRecord;
    const duration = summariseUsage(pathway, [odd]).fields.find((f) => f.id === 'duration');
    expect(duration).toMatchObject({ sessions: 1, changedSessions: 1, changeRate: 1 });
  });

  it('takes what is not iterable as no records', () => {
    for (const nothing of [undefined, null, 42, {}])
      expect(summariseUsage(pathway, nothing as unknown as UsageRecord[]).sessions).toBe(0);
  });

  it('reads any iterable, once', () => {
    function* gen() {
      yield* records();
    }
    expect(summariseUsage(pathway, gen())).toEqual(summariseUsage(pathway, records()));
  });
});

describe('summariseUsage across versions', () => {
  // Version 2 renamed the details step, its edge and its question.
  const v2 = parsePathway({
    ...JSON.parse(
      JSON.stringify(pathway)
        .replaceAll('"details"', '"history"')
        .replaceAll('e-details', 'e-history')
        .replaceAll('duration', 'how_long'),
    ),
    version: '2.0.0',
  });
  const summary = summariseUsage(v2, records());

  it('maps what is unchanged by id', () => {
    expect(summary.nodes.find((n) => n.id === 'triage')).toMatchObject({ visits: 6, sessions: 5 });
    expect(summary.edges.find((e) => e.id === 'e-decide')).toMatchObject({ traversals: 2, sessions: 2 });
    expect(summary.fields.find((f) => f.id === 'age')).toMatchObject({ prefilled: 3, prefillOverridden: 1 });
    expect(summary.outcomes.map((o) => o.sessions)).toEqual([1, 1, 1]);
  });

  it('reports what the pathway no longer has, with the sessions that used it', () => {
    expect(summary.unknown).toEqual({
      nodes: [{ id: 'details', sessions: 3 }],
      edges: [{ id: 'e-details', sessions: 3 }],
      fields: [{ id: 'duration', sessions: 2 }],
    });
    expect(summary.nodes.find((n) => n.id === 'history')).toMatchObject({
      visits: 0,
      sessions: 0,
      time: null,
    });
    expect(summary.versions.map((v) => [v.version, v.sessions, v.current])).toEqual([
      ['1.0.0', 4, false],
      ['0.9.0', 1, false],
    ]);
  });
});

describe('quantiles', () => {
  it('interpolate linearly between closest ranks (R type 7, NumPy’s default)', () => {
    const s = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(quantileSorted(s, 0.5)).toBe(5.5);
    expect(quantileSorted(s, 0.9)).toBeCloseTo(9.1);
    expect(quantileSorted(s, 0)).toBe(1);
    expect(quantileSorted(s, 1)).toBe(10);
    expect(quantileSorted(Float64Array.from([7]), 0.9)).toBe(7);
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
  });
});
