import { describe, expect, it } from 'vitest';
import { mostChangedAnswers, mostOverriddenPrefills, outcomesByUse, slowestPages } from './rankings.js';
import type { FieldUsage, NodeUsage, OutcomeUsage, UsageSummary } from './summary.js';
import { summariseUsage } from './summarise.js';
import { smallPathway } from './test-fixtures.js';

const empty = summariseUsage(smallPathway(), []);
const time = (median: number, p90: number) => ({ n: 3, median, p90, min: 0, max: p90 });
const node = (id: string, kind: NodeUsage['kind'], over: Partial<NodeUsage> = {}): NodeUsage => ({
  ...(empty.nodes[0] as NodeUsage),
  id,
  kind,
  visits: 1,
  time: time(1000, 2000),
  ...over,
});
const field = (id: string, over: Partial<FieldUsage> = {}): FieldUsage => ({
  ...(empty.fields[0] as FieldUsage),
  id,
  ...over,
});
const summary = (over: Partial<UsageSummary>): UsageSummary => ({ ...empty, ...over });

describe('slowestPages', () => {
  it('ranks the visited steps and information pages by median time, then by the 90th percentile', () => {
    const s = summary({
      nodes: [
        node('a', 'step', { time: time(3000, 4000) }),
        node('b', 'info', { time: time(5000, 6000) }),
        node('c', 'step', { time: time(3000, 9000) }),
        node('never', 'step', { visits: 0, time: null }),
        node('end', 'outcome', { time: time(99_000, 99_000) }),
        node('route', 'decision', { time: time(99_000, 99_000) }),
      ],
    });
    expect(slowestPages(s).map((n) => n.id)).toEqual(['b', 'c', 'a']);
    expect(slowestPages(s, 2).map((n) => n.id)).toEqual(['b', 'c']);
  });
});

describe('mostOverriddenPrefills and mostChangedAnswers', () => {
  const fields = [
    field('rarely', { prefilled: 10, prefillOverridden: 1, overrideRate: 0.1, changed: 5, changeRate: 0.5 }),
    field('often', { prefilled: 2, prefillOverridden: 2, overrideRate: 1, changed: 1, changeRate: 0.1 }),
    field('same-rate-more', {
      prefilled: 20,
      prefillOverridden: 2,
      overrideRate: 0.1,
      changed: 9,
      changeRate: 0.5,
    }),
    field('untouched', { prefilled: 0, prefillOverridden: 0, overrideRate: null, changed: 0, changeRate: 0 }),
  ];
  it('ranks prefills by the share overridden, then by the number overridden; never-prefilled questions are left out', () => {
    expect(mostOverriddenPrefills(summary({ fields })).map((f) => f.id)).toEqual([
      'often',
      'same-rate-more',
      'rarely',
    ]);
  });
  it('ranks answers by the share of sessions that changed them, then by the number of changes', () => {
    expect(mostChangedAnswers(summary({ fields }), 2).map((f) => f.id)).toEqual(['same-rate-more', 'rarely']);
  });
});

describe('outcomesByUse', () => {
  it('puts the most used outcome first and keeps the pathway’s order on ties', () => {
    const outcome = (id: string, sessions: number): OutcomeUsage => ({
      id,
      sessions,
      share: null,
      time: null,
    });
    const s = summary({ outcomes: [outcome('x', 1), outcome('y', 4), outcome('z', 1)] });
    expect(outcomesByUse(s).map((o) => o.id)).toEqual(['y', 'x', 'z']);
    expect(s.outcomes.map((o) => o.id)).toEqual(['x', 'y', 'z']);
  });
});
