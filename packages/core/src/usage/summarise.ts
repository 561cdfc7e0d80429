/**
 * Aggregation: many usage records in, one summary of how the pathway is
 * used out. Counting (`accumulate.ts`, into a `tally.ts`) is apart from the
 * figures, so records can be added one at a time as they stream in (from a
 * file, a queue, a database cursor) and the summary read whenever wanted.
 * Times are gathered per node and outcome and sorted when the figures are
 * read. Records from other versions are mapped by id; what the pathway no
 * longer has is counted apart.
 */
import type { Pathway } from '../schema/pathway.js';
import { accumulate } from './accumulate.js';
import { spread } from './quantile.js';
import type { UsageRecord } from './record.js';
import type { UsageSummary } from './summary.js';
import { newTally, order, type Tally } from './tally.js';

const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** The figures of a tally (it is not changed: more records can be added after). */
function figures(t: Tally): UsageSummary {
  const { pathway, rec: sessions, status } = t;
  const at = (counts: Float64Array, i: number) => counts[i] as number;
  return {
    pathway: { id: pathway.id, version: pathway.version, fingerprint: t.fingerprint },
    sessions,
    skipped: { ...t.skipped },
    status: { ...status },
    resumed: t.resumed,
    truncated: t.truncated,
    time: spread(t.completedTimes),
    versions: [...t.versions.values()]
      .flatMap((byPrint) => [...byPrint.values()])
      .map((v) => ({ ...v, current: v.fingerprint === t.fingerprint }))
      .sort(
        (a, b) =>
          b.sessions - a.sessions || order(a.version, b.version) || order(a.fingerprint, b.fingerprint),
      ),
    nodes: pathway.nodes.map((node, i) => {
      const reached = at(t.reached, i);
      return {
        id: node.id,
        kind: node.kind,
        visits: at(t.visits, i),
        sessions: reached,
        share: rate(reached, sessions),
        time: spread(t.times[i] as number[]),
        abandoned: at(t.abandoned, i),
        abandonRate: rate(at(t.abandoned, i), reached),
        backsFrom: at(t.backsFrom, i),
        backsTo: at(t.backsTo, i),
        backRate: rate(at(t.backSessions, i), reached),
      };
    }),
    edges: pathway.edges.map((edge, e) => ({
      id: edge.id,
      from: edge.from,
      to: edge.to,
      traversals: at(t.traversals, e),
      sessions: at(t.edgeSessions, e),
      share: rate(at(t.edgeSessions, e), sessions),
    })),
    fields: t.fields.map((f, i) => {
      const reachedStep = at(t.reached, t.stepOf[i] as number) + at(t.fieldExtra, i);
      return {
        id: f.id,
        node: f.node,
        sessions: reachedStep,
        changed: at(t.changed, i),
        changedSessions: at(t.changedSessions, i),
        changeRate: rate(at(t.changedSessions, i), reachedStep),
        prefilled: at(t.prefilled, i),
        prefillOverridden: at(t.overridden, i),
        overrideRate: rate(at(t.overridden, i), at(t.prefilled, i)),
      };
    }),
    outcomes: pathway.nodes.flatMap((node, i) =>
      node.kind === 'outcome'
        ? [
            {
              id: node.id,
              sessions: at(t.outcomeCount, i),
              share: rate(at(t.outcomeCount, i), status.completed),
              time: spread(t.outcomeTimes[i] as number[]),
            },
          ]
        : [],
    ),
    unknown: {
      nodes: t.unknown.nodes.list(),
      edges: t.unknown.edges.list(),
      fields: t.unknown.fields.list(),
    },
  };
}

/** A summary built record by record. */
export interface UsageSummariser {
  /** Counts one record in; a record of another pathway, or a value that is not a record, is counted as skipped. */
  add(record: unknown): void;
  /** The summary of the records added so far. */
  summary(): UsageSummary;
}

/**
 * A summariser of usage records against `pathway`, for records that arrive
 * one at a time: memory grows with the pathway and the times kept, not
 * with the records.
 *
 * @example
 * ```ts
 * const summariser = usageSummariser(pathway);
 * for await (const line of lines) summariser.add(JSON.parse(line));
 * summariser.summary().sessions;
 * ```
 */
export function usageSummariser(pathway: Pathway): UsageSummariser {
  const tally = newTally(pathway);
  return { add: (record) => accumulate(tally, record), summary: () => figures(tally) };
}

/**
 * Summarises usage records against a pathway: per node, edge, field and
 * outcome, and overall. Records of another pathway id, and values that are
 * not records, are skipped and counted; records of other versions are
 * mapped by node, edge and field id. Pass records read by `parseNdjson` or
 * `safeParseUsageRecord`: for speed this trusts their shape, though nothing
 * in them can make it throw. 100,000 records take well under a second. For
 * records that stream in, use {@link usageSummariser}.
 *
 * @example
 * ```ts
 * const { records } = parseNdjson(text);
 * const summary = summariseUsage(pathway, records);
 * summary.nodes.find((n) => n.id === 'fit')?.abandonRate; // 0.04
 * summary.outcomes.map((o) => [o.id, o.share, o.time?.median]);
 * ```
 */
export function summariseUsage(pathway: Pathway, records: Iterable<UsageRecord>): UsageSummary {
  const summariser = usageSummariser(pathway);
  // A caller in plain JavaScript may pass anything; what is not iterable is no records.
  if (typeof (records as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] === 'function')
    for (const record of records) summariser.add(record);
  return summariser.summary();
}
