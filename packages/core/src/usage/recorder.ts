/**
 * The usage recorder: the small, pure helper the runtime element feeds as a
 * session goes on, and asks for a record when it ends (or when the page is
 * hidden). It accepts only the pathway's own ids, keeps its own monotonic
 * clock from the injected `now`, never throws, and gives a valid record for
 * any sequence of calls on a valid pathway.
 */
import type { NodeKind } from '../schema/nodes.js';
import type { Pathway } from '../schema/pathway.js';
import { usageIndex } from './pathway-cache.js';
import {
  SESSION_ID_PATTERN,
  USAGE_FORMAT,
  USAGE_FORMAT_VERSION,
  USAGE_LANGUAGES,
  USAGE_LAYOUTS,
  USAGE_LIMITS,
} from './format.js';
import type { UsageBack, UsageRecord, UsageStatus, UsageVisit } from './record.js';
import { randomSessionId } from './session-id.js';

/** Options of {@link createUsageRecorder}. */
export interface UsageRecorderOptions {
  /** The pathway the session runs (valid, as from `parsePathway`). */
  pathway: Pathway;
  /** The clock, in epoch milliseconds (e.g. `Date.now`). Readings that go back in time are held. */
  now: () => number;
  /** A session id to use (a version 4 UUID in lower case); anything else is ignored and a random one made. */
  sessionId?: string;
  /** Random numbers in [0, 1) for the session id; default `crypto.getRandomValues`. */
  random?: () => number;
  /** Whether the session was resumed from a saved draft. */
  resumed?: boolean;
  /** The language the runtime shows (`en` or `cy`). */
  language?: string;
  /** The runtime's layout (`default` or `compact`). */
  layout?: string;
}

/**
 * Collects one session's usage. Every method returns whether it recorded the
 * event: an id the pathway does not have, a call after the session ended or
 * a list at its limit is ignored (false), never thrown.
 */
export interface UsageRecorder {
  /** The session's random id. */
  readonly sessionId: string;
  /** How the session stands now. */
  readonly status: UsageStatus;
  /** The clinician arrives at a node (a page, or a decision passed through). Arriving where one already is does nothing. `kind` is checked against the pathway, whose kind wins. */
  enter(nodeId: string, kind?: NodeKind): boolean;
  /** The engine took an edge (from the trace of the routing decision). */
  edge(edgeId: string): boolean;
  /** The clinician went back from one page to an earlier one; this also enters `to`. */
  back(from: string, to: string): boolean;
  /** The clinician replaced an answer they had given with a different one. The value is never taken. */
  changed(fieldId: string): boolean;
  /** The host's record offered (prefilled) a value for a field shown to the clinician. */
  prefilled(fieldId: string): boolean;
  /** The clinician replaced a prefilled value; this also marks the field prefilled. */
  prefillOverridden(fieldId: string): boolean;
  /** The session ended at an outcome (default: the current node, if an outcome); enters it if needed. */
  complete(outcomeId?: string): boolean;
  /** The session was left at a node (default: the current node, else the pathway's start). */
  abandon(nodeId?: string): boolean;
  /** The record so far: final once completed or abandoned, otherwise `in-progress` as of now. Valid for a valid pathway. */
  record(): UsageRecord;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return (values as readonly unknown[]).includes(value) ? (value as T) : undefined;
}

/** A clock that never fails, never goes back and stays within the span a record may describe. */
function monotonic(now: () => number): (() => number) & { start: number } {
  const read = (): number => {
    try {
      const t = now();
      return typeof t === 'number' && Number.isFinite(t) ? t : NaN;
    } catch {
      return NaN;
    }
  };
  const first = read();
  const start = Math.min(
    Math.max(Number.isFinite(first) ? Math.round(first) : Date.now(), USAGE_LIMITS.earliest),
    USAGE_LIMITS.latest - USAGE_LIMITS.maxMs - 1,
  );
  let last = 0;
  const clock = () => {
    const t = read();
    if (Number.isFinite(t)) last = Math.min(Math.max(last, Math.round(t - start)), USAGE_LIMITS.maxMs);
    return last;
  };
  return Object.assign(clock, { start });
}

/**
 * Starts recording one session's usage.
 *
 * @example
 * ```ts
 * const usage = createUsageRecorder({ pathway, now: Date.now, language: 'en' });
 * usage.enter(pathway.start);
 * // for each new trace entry after session.next():
 * usage.edge(entry.edge!); usage.enter(entry.to);
 * usage.complete(); // at the outcome
 * host.dispatchEvent(new CustomEvent('careway-usage', { detail: usage.record() }));
 * ```
 */
export function createUsageRecorder(options: UsageRecorderOptions): UsageRecorder {
  const { pathway } = options;
  const index = usageIndex(pathway);
  const clock = monotonic(options.now);
  let sessionId = options.sessionId;
  if (typeof sessionId !== 'string' || !SESSION_ID_PATTERN.test(sessionId)) {
    try {
      sessionId = randomSessionId(options.random);
    } catch {
      sessionId = randomSessionId();
    }
  }
  const visits: UsageVisit[] = [];
  const edges: string[] = [];
  const backs: UsageBack[] = [];
  const changed: string[] = [];
  const prefilled = new Set<string>();
  const overridden = new Set<string>();
  let status: UsageStatus = 'in-progress';
  let outcome: string | undefined;
  let abandonedAt: string | undefined;
  let endedAt = 0;
  let truncated = false;

  const open = () => status === 'in-progress';
  const room = (length: number) => {
    if (length < USAGE_LIMITS.maxEvents) return true;
    truncated = true;
    return false;
  };
  const current = () => visits[visits.length - 1];
  const close = (at: number) => {
    const last = current();
    if (last !== undefined) last.ms = Math.max(0, at - last.at);
  };
  const enterAt = (nodeId: string, at: number): boolean => {
    const node = index.nodes.get(nodeId)?.node;
    if (node === undefined || current()?.node === nodeId || !room(visits.length)) return false;
    close(at);
    visits.push({ node: nodeId, kind: node.kind, at, ms: 0 });
    return true;
  };
  const field = (fieldId: string) => typeof fieldId === 'string' && index.fields.has(fieldId);
  const end = (next: UsageStatus, at: number) => {
    close(at);
    endedAt = at;
    status = next;
  };

  const build = (): UsageRecord => {
    const at = open() ? clock() : endedAt;
    const list = visits.map((v) => ({ ...v }));
    const last = list[list.length - 1];
    if (open() && last !== undefined) last.ms = Math.max(0, at - last.at);
    const language = oneOf(USAGE_LANGUAGES, options.language);
    const layout = oneOf(USAGE_LAYOUTS, options.layout);
    return {
      format: USAGE_FORMAT,
      formatVersion: USAGE_FORMAT_VERSION,
      pathway: { id: pathway.id, version: pathway.version, fingerprint: index.fingerprint },
      sessionId: sessionId as string,
      startedAt: new Date(clock.start).toISOString(),
      endedAt: new Date(clock.start + at).toISOString(),
      status,
      ...(outcome !== undefined ? { outcome } : {}),
      ...(abandonedAt !== undefined ? { abandonedAt } : {}),
      resumed: options.resumed === true,
      visits: list,
      edges: [...edges],
      backs: backs.map((b) => ({ ...b })),
      changed: [...changed],
      prefilled: [...prefilled],
      prefillOverridden: [...overridden],
      ...(language !== undefined ? { language } : {}),
      ...(layout !== undefined ? { layout } : {}),
      ...(truncated ? { truncated } : {}),
    };
  };

  return {
    get sessionId() {
      return sessionId as string;
    },
    get status() {
      return status;
    },
    enter: (nodeId) => open() && enterAt(nodeId, clock()),
    edge(edgeId) {
      if (!open() || !index.edges.has(edgeId) || !room(edges.length)) return false;
      edges.push(edgeId);
      return true;
    },
    back(from, to) {
      if (!open() || !index.nodes.has(from) || !index.nodes.has(to) || !room(backs.length)) return false;
      const at = clock();
      backs.push({ from, to, at });
      enterAt(to, at);
      return true;
    },
    changed(fieldId) {
      if (!open() || !field(fieldId) || !room(changed.length)) return false;
      changed.push(fieldId);
      return true;
    },
    prefilled(fieldId) {
      if (!open() || !field(fieldId)) return false;
      prefilled.add(fieldId);
      return true;
    },
    prefillOverridden(fieldId) {
      if (!open() || !field(fieldId)) return false;
      prefilled.add(fieldId);
      overridden.add(fieldId);
      return true;
    },
    complete(outcomeId) {
      const id = outcomeId ?? current()?.node;
      if (!open() || id === undefined || index.nodes.get(id)?.node.kind !== 'outcome') return false;
      const at = clock();
      enterAt(id, at);
      outcome = id;
      end('completed', at);
      return true;
    },
    abandon(nodeId) {
      if (!open()) return false;
      const given = nodeId !== undefined && index.nodes.has(nodeId) ? nodeId : undefined;
      abandonedAt = given ?? current()?.node ?? pathway.start;
      end('abandoned', clock());
      return true;
    },
    // Valid by construction for a valid pathway (the property test checks every record with
    // safeParseUsageRecord), so the runtime does not carry the record's parser to check it again.
    record: build,
  };
}
