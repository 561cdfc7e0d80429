/**
 * The running counts of a usage summary: counters in typed arrays, indexed
 * by the pathway's nodes, edges and fields, and a stamp per node, edge and
 * field (the number of the last record that counted it), so that "sessions
 * that…" needs no set per record. `accumulate.ts` adds records to a tally;
 * `summarise.ts` turns it into a summary, as often as wanted.
 */
import type { Pathway } from '../schema/pathway.js';
import { usageIndex } from './pathway-cache.js';
import type { UnknownId } from './summary.js';

/** Distinct unknown ids kept per kind; past this, further ones are not listed. */
const MAX_UNKNOWN = 1_000;

/** Ordering of ids and versions: by code point, as everywhere in core. */
export const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ids a record names that the pathway does not have, with the sessions that named each. */
export class UnknownIds {
  readonly seen = new Map<string, { sessions: number; last: number }>();
  add(id: string, rec: number): void {
    const entry = this.seen.get(id);
    if (entry === undefined) {
      if (this.seen.size < MAX_UNKNOWN) this.seen.set(id, { sessions: 1, last: rec });
    } else if (entry.last !== rec) {
      entry.sessions++;
      entry.last = rec;
    }
  }
  list(): UnknownId[] {
    return [...this.seen]
      .map(([id, e]) => ({ id, sessions: e.sessions }))
      .sort((a, b) => b.sessions - a.sessions || order(a.id, b.id));
  }
}

/** Positions by id, first occurrence winning, as everywhere in core. */
function positions(ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!map.has(id)) map.set(id, i);
  });
  return map;
}

/** A question of the pathway (display items are not questions) and the step that asks it. */
export interface AskedField {
  readonly id: string;
  readonly node: string;
}

/** Everything one pass over the records counts. */
export interface Tally {
  readonly pathway: Pathway;
  readonly fingerprint: string;
  readonly fields: readonly AskedField[];
  readonly nodeAt: ReadonlyMap<string, number>;
  readonly edgeAt: ReadonlyMap<string, number>;
  readonly fieldAt: ReadonlyMap<string, number>;
  /** The node index of each field's step. */
  readonly stepOf: Int32Array;
  // Per node.
  readonly visits: Float64Array;
  readonly reached: Float64Array;
  readonly reachedBy: Int32Array;
  readonly abandoned: Float64Array;
  readonly backsFrom: Float64Array;
  readonly backsTo: Float64Array;
  readonly backSessions: Float64Array;
  readonly backBy: Int32Array;
  readonly times: number[][];
  readonly outcomeTimes: number[][];
  readonly outcomeCount: Float64Array;
  // Per edge.
  readonly traversals: Float64Array;
  readonly edgeSessions: Float64Array;
  readonly edgeBy: Int32Array;
  // Per field.
  readonly changed: Float64Array;
  readonly changedSessions: Float64Array;
  readonly changedBy: Int32Array;
  readonly prefilled: Float64Array;
  readonly prefilledBy: Int32Array;
  readonly overridden: Float64Array;
  readonly overriddenBy: Int32Array;
  readonly namedBy: Int32Array;
  /** Fields the current record names, to count those named outside their step's visits. */
  readonly named: number[];
  readonly fieldExtra: Float64Array;
  // Overall.
  readonly completedTimes: number[];
  readonly unknown: { readonly nodes: UnknownIds; readonly edges: UnknownIds; readonly fields: UnknownIds };
  readonly versions: Map<string, Map<string, { version: string; fingerprint: string; sessions: number }>>;
  readonly status: { completed: number; abandoned: number; inProgress: number };
  readonly skipped: { otherPathway: number; invalid: number };
  /** Records counted so far; also the stamp of the record being counted. */
  rec: number;
  resumed: number;
  truncated: number;
}

/** An empty tally for `pathway`. */
export function newTally(pathway: Pathway): Tally {
  const nodes = pathway.nodes;
  const fields = nodes.flatMap((node) =>
    node.kind === 'step'
      ? node.fields.filter((f) => f.type !== 'display').map((f) => ({ id: f.id, node: node.id }))
      : [],
  );
  const nodeAt = positions(nodes.map((n) => n.id));
  const [N, E, F] = [nodes.length, pathway.edges.length, fields.length];
  return {
    pathway,
    fingerprint: usageIndex(pathway).fingerprint,
    fields,
    nodeAt,
    edgeAt: positions(pathway.edges.map((e) => e.id)),
    fieldAt: positions(fields.map((f) => f.id)),
    stepOf: Int32Array.from(fields, (f) => nodeAt.get(f.node) ?? 0),
    visits: new Float64Array(N),
    reached: new Float64Array(N),
    reachedBy: new Int32Array(N),
    abandoned: new Float64Array(N),
    backsFrom: new Float64Array(N),
    backsTo: new Float64Array(N),
    backSessions: new Float64Array(N),
    backBy: new Int32Array(N),
    times: Array.from({ length: N }, () => []),
    outcomeTimes: Array.from({ length: N }, () => []),
    outcomeCount: new Float64Array(N),
    traversals: new Float64Array(E),
    edgeSessions: new Float64Array(E),
    edgeBy: new Int32Array(E),
    changed: new Float64Array(F),
    changedSessions: new Float64Array(F),
    changedBy: new Int32Array(F),
    prefilled: new Float64Array(F),
    prefilledBy: new Int32Array(F),
    overridden: new Float64Array(F),
    overriddenBy: new Int32Array(F),
    namedBy: new Int32Array(F),
    named: [],
    fieldExtra: new Float64Array(F),
    completedTimes: [],
    unknown: { nodes: new UnknownIds(), edges: new UnknownIds(), fields: new UnknownIds() },
    versions: new Map(),
    status: { completed: 0, abandoned: 0, inProgress: 0 },
    skipped: { otherPathway: 0, invalid: 0 },
    rec: 0,
    resumed: 0,
    truncated: 0,
  };
}
