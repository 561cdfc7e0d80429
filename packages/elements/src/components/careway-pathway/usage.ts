/**
 * The element's side of pathway insights: one usage record per session,
 * built by core's recorder from what the element sees — pages entered, edges
 * taken, back-tracks, which answers were changed and which prefills
 * overridden (field ids only, never values) — and handed to the host when
 * the session completes, is abandoned, or the page goes away. Opt-in: the
 * element makes a tracker only when the host sets the `usage` attribute.
 */
import {
  createUsageRecorder,
  type Pathway,
  type TraceEntry,
  type UsageRecord,
  type UsageRecorder,
  type View,
} from '../../internal/core.js';

/** Where a finished record goes; the element fires `careway-usage` as well. */
export type UsageSink = (record: UsageRecord) => void;

/** What starts a tracker's session. */
export interface UsageStart {
  pathway: Pathway;
  resumed: boolean;
  language: string;
  layout: string;
  /** The routing decisions already made (a resumed session's), not recorded again. */
  trace: readonly TraceEntry[];
}

/** The node a view shows, and its kind. */
function pageOf(view: View): { id: string; kind: 'step' | 'decision' | 'info' | 'outcome' } | undefined {
  switch (view.kind) {
    case 'step':
    case 'info':
      return { id: view.node.id, kind: view.kind };
    case 'review':
    case 'outcome':
      return { id: view.outcome.id, kind: 'outcome' };
    case 'stalled':
      return { id: view.node.id, kind: view.node.kind };
  }
}

/** Follows one session at a time; never throws (a recorder refuses odd calls quietly). */
export class UsageTracker {
  readonly #send: (record: UsageRecord) => void;
  #recorder: UsageRecorder | undefined;
  #kinds = new Map<string, string>();
  #traced = 0;
  #sent = false;
  #page: string | undefined;

  constructor(send: (record: UsageRecord) => void) {
    this.#send = send;
  }

  /** Starts recording a new session; one still open is abandoned first. */
  start(options: UsageStart): void {
    this.abandon();
    this.#kinds = new Map(options.pathway.nodes.map((n) => [n.id, n.kind]));
    this.#recorder = createUsageRecorder({
      pathway: options.pathway,
      now: () => Date.now(),
      resumed: options.resumed,
      language: options.language,
      layout: options.layout,
    });
    this.#traced = options.trace.length;
    this.#sent = false;
    this.#page = undefined;
  }

  /** Takes a view: the routing decisions made since the last one, the page entered, the prefills shown. */
  view(view: View, trace: readonly TraceEntry[]): void {
    const recorder = this.#recorder;
    if (!recorder || this.#sent) return;
    // Going back shortens the trace: what is new starts where the shorter one ends.
    if (trace.length < this.#traced) this.#traced = trace.length;
    for (const entry of trace.slice(this.#traced)) {
      if (entry.edge) recorder.edge(entry.edge);
      if (this.#kinds.get(entry.to) === 'decision') recorder.enter(entry.to, 'decision');
    }
    this.#traced = trace.length;
    const page = pageOf(view);
    if (page) {
      recorder.enter(page.id, page.kind);
      this.#page = page.id;
    }
    if (view.kind === 'step') for (const f of view.fields) if (f.prefill) recorder.prefilled(f.field.id);
  }

  /** A move back (the back link, a change link): from the page left to the page shown. */
  back(from: string | undefined, to: View): void {
    const page = pageOf(to);
    if (this.#recorder && !this.#sent && from && page && from !== page.id) this.#recorder.back(from, page.id);
  }

  /** The page the session is on, as the tracker last saw it. */
  get page(): string | undefined {
    return this.#page;
  }

  /** An answer given: a change of an earlier answer, or of a prefilled one, is counted by field. */
  answered(fieldId: string, before: unknown, prefilledChanged: boolean): void {
    const recorder = this.#recorder;
    if (!recorder || this.#sent) return;
    if (before !== undefined) recorder.changed(fieldId);
    if (prefilledChanged) recorder.prefillOverridden(fieldId);
  }

  /** The session reached its outcome: the record is complete and goes to the host. */
  complete(outcomeId: string): void {
    if (!this.#recorder || this.#sent) return;
    this.#recorder.complete(outcomeId);
    this.#flush();
  }

  /** The session ends without an outcome (removed, started again, superseded). */
  abandon(): void {
    if (!this.#recorder || this.#sent) return;
    this.#recorder.abandon(this.#page);
    this.#flush();
  }

  /**
   * The page is going away. With a draft the session can be resumed, so the
   * record goes as it is (`in-progress`); without one it is abandoned.
   */
  leave(hasDraft: boolean): void {
    if (!this.#recorder || this.#sent) return;
    if (hasDraft) this.#flush();
    else this.abandon();
  }

  #flush(): void {
    const recorder = this.#recorder;
    if (!recorder || this.#sent) return;
    this.#sent = true;
    this.#send(recorder.record());
  }
}
