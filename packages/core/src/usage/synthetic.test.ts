import { describe, expect, it } from 'vitest';
import { randomSource } from '../engine/random.js';
import { runPath } from '../engine/run-path.js';
import type { Pathway } from '../schema/pathway.js';
import { safeParseUsageRecord } from './parse.js';
import type { UsageRecord } from './record.js';
import { summariseUsage } from './summarise.js';
import { syntheticSession, syntheticUsage } from './synthetic.js';
import { examplePathways } from './test-fixtures.js';

const START = Date.parse('2026-01-05T09:00:00.000Z');

/** Replays a record's visits: each move is the next edge taken or the next move back, and all are used. */
function replays(pathway: Pathway, r: UsageRecord): boolean {
  const edges = new Map(pathway.edges.map((e) => [e.id, e]));
  let e = 0;
  let b = 0;
  for (let i = 1; i < r.visits.length; i++) {
    const from = r.visits[i - 1]?.node;
    const to = r.visits[i]?.node;
    const edge = edges.get(r.edges[e] ?? '');
    const back = r.backs[b];
    if (edge !== undefined && edge.from === from && edge.to === to) e++;
    else if (back !== undefined && back.from === from && back.to === to) b++;
    else return false;
  }
  return e === r.edges.length && b === r.backs.length;
}

/** The route a record ended on: back from its last edge, each time the latest edge into where it came from. */
function finalRoute(pathway: Pathway, r: UsageRecord): string[] {
  const edges = new Map(pathway.edges.map((e) => [e.id, e]));
  const first = r.visits[0]?.node ?? pathway.start;
  const route = [r.visits[r.visits.length - 1]?.node ?? first];
  let k = r.edges.length;
  while (route[0] !== first && k > 0) {
    k--;
    const edge = edges.get(r.edges[k] ?? '');
    if (edge !== undefined && edge.to === route[0]) route.unshift(edge.from);
  }
  return route;
}

describe('syntheticUsage', () => {
  for (const { file, pathway } of examplePathways()) {
    describe(file, () => {
      const records = syntheticUsage(pathway, { sessions: 300, seed: 11 });

      it('makes exactly the records asked for, each valid against the pathway', () => {
        expect(records).toHaveLength(300);
        for (const r of records)
          expect(safeParseUsageRecord(r, { pathway })).toEqual({ ok: true, record: r });
      });

      it('is deterministic for a seed, and differs across seeds', () => {
        expect(syntheticUsage(pathway, { sessions: 20, seed: 11 })).toEqual(records.slice(0, 20));
        expect(syntheticUsage(pathway, { sessions: 20, seed: 12 })).not.toEqual(records.slice(0, 20));
      });

      it('moves only along the pathway’s edges or back', () => {
        for (const r of records) expect(replays(pathway, r), r.sessionId).toBe(true);
      });

      it('ends every completed session on the route the engine takes for its answers', () => {
        const rnd = randomSource(5);
        let completed = 0;
        for (let i = 0; i < 150; i++) {
          const s = syntheticSession(pathway, rnd, START + i * 600_000);
          const last = s.records[s.records.length - 1];
          if (last?.status !== 'completed') continue;
          completed++;
          const run = runPath(pathway, { answers: s.answers, context: s.context, today: s.today });
          expect(run.status).toBe('outcome');
          expect(last.outcome).toBe(run.outcome);
          const route = finalRoute(pathway, last);
          if (last.resumed) expect(run.route.slice(run.route.length - route.length)).toEqual(route);
          else expect(route).toEqual(run.route);
        }
        expect(completed).toBeGreaterThan(100);
      });
    });
  }

  describe('realism (suspected DVT, 3,000 sessions)', () => {
    const dvt = examplePathways().find((p) => p.file === 'suspected-dvt.json')?.pathway as Pathway;
    const records = syntheticUsage(dvt, { sessions: 3_000, seed: 2, startAt: '2026-02-02T08:00:00Z' });
    const summary = summariseUsage(dvt, records);

    it('has abandonments, back-tracks, changed answers, overridden prefills and resumed drafts, but not too many', () => {
      const share = (n: number) => n / records.length;
      expect(share(summary.status.completed)).toBeGreaterThan(0.75);
      expect(share(summary.status.abandoned)).toBeGreaterThan(0.03);
      expect(share(summary.resumed)).toBeGreaterThan(0.01);
      expect(summary.status.inProgress).toBe(summary.resumed); // each draft saved is resumed once
      expect(records.filter((r) => r.backs.length > 0).length).toBeGreaterThan(50);
      expect(records.filter((r) => r.changed.length > 0).length).toBeGreaterThan(50);
      const age = summary.fields.find((f) => f.id === 'age');
      expect(age?.overrideRate).toBeGreaterThan(0.05);
      expect(age?.overrideRate).toBeLessThan(0.4);
      expect(records.some((r) => r.language === 'cy')).toBe(true);
      expect(summary.outcomes.every((o) => o.sessions > 0)).toBe(true);
    });

    it('takes longer over steps with more questions, and no time over decisions', () => {
      const time = (id: string) => summary.nodes.find((n) => n.id === id)?.time?.median ?? 0;
      expect(time('wells_examination')).toBeGreaterThan(time('scan_availability')); // 6 questions against 1
      expect(time('wells_decision')).toBe(0);
      expect(time('scan_availability')).toBeGreaterThan(3_000);
      expect(summary.time?.median).toBeGreaterThan(30_000);
      expect(summary.time?.p90).toBeLessThan(30 * 60_000);
    });

    it('starts when asked, sessions following one another', () => {
      expect(records[0]?.startedAt).toBe('2026-02-02T08:00:00.000Z');
      const starts = records.filter((r) => !r.resumed).map((r) => Date.parse(r.startedAt));
      expect(starts.every((t, i) => i === 0 || t >= (starts[i - 1] as number))).toBe(true);
    });
  });

  it('makes nothing for no sessions', () => {
    expect(syntheticUsage(examplePathways()[0]?.pathway as Pathway, { sessions: 0 })).toEqual([]);
  });
});
