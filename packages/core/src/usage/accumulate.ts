/**
 * Counting one usage record into a tally. Records are trusted for their
 * shape only as far as reading them safely: a value that is not what the
 * format says is passed over, never thrown on.
 */
import type { Tally } from './tally.js';

type Loose = Record<string, unknown>;
const NONE: readonly unknown[] = [];
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null;
const listOf = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : NONE);
const isTime = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v < Infinity;

/** Adds one; reading an index of a typed array is `number | undefined` to the compiler. */
const bump = (counts: Float64Array, i: number): void => {
  counts[i] = (counts[i] as number) + 1;
};

/** Counts once per session (`by` holds the record that last counted each index). */
function once(counts: Float64Array, by: Int32Array, i: number, rec: number): void {
  if (by[i] === rec) return;
  by[i] = rec;
  bump(counts, i);
}

/** The node a record names, counted as reached in this session; -1 when the pathway has none. */
function reach(t: Tally, id: unknown): number {
  if (typeof id !== 'string') return -1;
  const i = t.nodeAt.get(id);
  if (i === undefined) {
    t.unknown.nodes.add(id, t.rec);
    return -1;
  }
  once(t.reached, t.reachedBy, i, t.rec);
  return i;
}

/** The field a record names, noted as named in this session; -1 when the pathway has none. */
function field(t: Tally, id: unknown): number {
  if (typeof id !== 'string') return -1;
  const i = t.fieldAt.get(id);
  if (i === undefined) t.unknown.fields.add(id, t.rec);
  else if (t.namedBy[i] !== t.rec) {
    t.namedBy[i] = t.rec;
    t.named.push(i);
  }
  return i ?? -1;
}

function countVersion(t: Tally, pathway: Loose): void {
  const version = typeof pathway.version === 'string' ? pathway.version : '';
  const print = typeof pathway.fingerprint === 'string' ? pathway.fingerprint : '';
  let byPrint = t.versions.get(version);
  if (byPrint === undefined) t.versions.set(version, (byPrint = new Map()));
  const bucket = byPrint.get(print);
  if (bucket) bucket.sessions++;
  else byPrint.set(print, { version, fingerprint: print, sessions: 1 });
}

/** Counts the pages visited; gives when the session's last page ended (-1 when no time is known). */
function countVisits(t: Tally, visits: unknown): number {
  let end = -1;
  for (const v of listOf(visits)) {
    if (!isObject(v)) continue;
    const i = reach(t, v.node);
    const ms = v.ms;
    if (isTime(ms) && isTime(v.at) && v.at + ms > end) end = v.at + ms;
    if (i < 0) continue;
    bump(t.visits, i);
    if (isTime(ms)) (t.times[i] as number[]).push(ms);
  }
  return end;
}

function countEdges(t: Tally, edges: unknown): void {
  for (const id of listOf(edges)) {
    if (typeof id !== 'string') continue;
    const e = t.edgeAt.get(id);
    if (e === undefined) {
      t.unknown.edges.add(id, t.rec);
      continue;
    }
    bump(t.traversals, e);
    once(t.edgeSessions, t.edgeBy, e, t.rec);
  }
}

function countBacks(t: Tally, backs: unknown): void {
  for (const b of listOf(backs)) {
    if (!isObject(b)) continue;
    const from = reach(t, b.from);
    const to = reach(t, b.to);
    if (from >= 0) {
      bump(t.backsFrom, from);
      once(t.backSessions, t.backBy, from, t.rec);
    }
    if (to >= 0) bump(t.backsTo, to);
  }
}

function countAnswers(t: Tally, r: Loose): void {
  for (const id of listOf(r.changed)) {
    const f = field(t, id);
    if (f < 0) continue;
    bump(t.changed, f);
    once(t.changedSessions, t.changedBy, f, t.rec);
  }
  // An override is a prefill too, so that the override rate cannot pass 1.
  for (const id of listOf(r.prefilled)) {
    const f = field(t, id);
    if (f >= 0) once(t.prefilled, t.prefilledBy, f, t.rec);
  }
  for (const id of listOf(r.prefillOverridden)) {
    const f = field(t, id);
    if (f < 0) continue;
    once(t.prefilled, t.prefilledBy, f, t.rec);
    once(t.overridden, t.overriddenBy, f, t.rec);
  }
}

/**
 * Counts one record into the tally: a record of another pathway, or a value
 * that is not a record, is counted as skipped.
 */
export function accumulate(t: Tally, r: unknown): void {
  if (!isObject(r) || !isObject(r.pathway) || typeof r.pathway.id !== 'string') {
    t.skipped.invalid++;
    return;
  }
  if (r.pathway.id !== t.pathway.id) {
    t.skipped.otherPathway++;
    return;
  }
  const st = r.status;
  if (st !== 'completed' && st !== 'abandoned' && st !== 'in-progress') {
    t.skipped.invalid++;
    return;
  }
  t.rec++;
  if (st === 'completed') t.status.completed++;
  else if (st === 'abandoned') t.status.abandoned++;
  else t.status.inProgress++;
  if (r.resumed === true) t.resumed++;
  if (r.truncated === true) t.truncated++;
  countVersion(t, r.pathway);
  const end = countVisits(t, r.visits);
  countEdges(t, r.edges);
  countBacks(t, r.backs);
  countAnswers(t, r);
  if (st === 'completed') {
    const o = reach(t, r.outcome);
    if (end >= 0) t.completedTimes.push(end);
    if (o >= 0) {
      bump(t.outcomeCount, o);
      if (end >= 0) (t.outcomeTimes[o] as number[]).push(end);
    }
  } else if (st === 'abandoned') {
    const a = reach(t, r.abandonedAt);
    if (a >= 0) bump(t.abandoned, a);
  }
  // A field named in a session that never reached its step still counts that session for the field.
  for (const f of t.named) if (t.reachedBy[t.stepOf[f] as number] !== t.rec) bump(t.fieldExtra, f);
  t.named.length = 0;
}
