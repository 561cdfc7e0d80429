/**
 * The element's side of pathway insights: one usage record per session,
 * built by core's recorder from what the element sees — pages entered, edges
 * taken, back-tracks, which answers were changed and which prefills
 * overridden (field ids only, never values) — and handed to the host when
 * the session completes, is abandoned, or the page goes away. Opt-in: the
 * element records a session only when the host sets the `usage` attribute.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createUsageRecorder,
  type Pathway,
  type TraceEntry,
  type UsageRecord,
  type UsageRecorder,
  type View,
} from '../../internal/core.js';
import { describeThrown, problem } from '../../internal/errors.js';
import { emit, report } from '../../internal/events.js';
import { elementLang } from '../../internal/i18n.js';
import type { CarewayPathway } from './careway-pathway.js';
import { pageNode } from './views/page.js';

/** Where a finished record goes; the element fires `careway-usage` as well. */
export type UsageSink = (record: UsageRecord) => void;

/** What the tracker needs of its element. */
export type UsageHost = ReactiveControllerHost &
  HTMLElement &
  Pick<CarewayPathway, 'usage' | 'usageUrl' | 'usageSink' | 'layout' | 'draftKey'>;

/** The node a view shows, and its kind. */
function pageOf(view: View): { id: string; kind: 'step' | 'decision' | 'info' | 'outcome' } {
  const kind = view.kind === 'review' ? 'outcome' : view.kind === 'stalled' ? view.node.kind : view.kind;
  return { id: pageNode(view), kind };
}

/**
 * Follows one session at a time for its element (a reactive controller): a
 * record per session, handed to the host (`careway-usage`, `usageSink`,
 * `usage-url`) when it ends or the page goes away. Never throws (a recorder
 * refuses odd calls quietly).
 */
export class UsageTracker implements ReactiveController {
  readonly #host: UsageHost;
  #recorder: UsageRecorder | undefined;
  #kinds = new Map<string, string>();
  #traced = 0;
  #sent = false;
  #page: string | undefined;
  readonly #onPageHide = (): void => this.leave(Boolean(this.#host.draftKey));

  constructor(host: UsageHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * A session begins (`trace`: the routing decisions already made, a resumed
   * session's, not recorded again). A record still open is abandoned; a new
   * one starts when the host opted in (`usage`).
   */
  begin(pathway: Pathway, resumed: boolean, trace: readonly TraceEntry[]): void {
    this.abandon();
    const host = this.#host;
    if (!host.usage) return;
    this.#kinds = new Map(pathway.nodes.map((n) => [n.id, n.kind]));
    this.#recorder = createUsageRecorder({
      pathway,
      now: () => Date.now(),
      resumed,
      language: elementLang(host) === 'cy' ? 'cy' : 'en',
      layout: host.layout,
    });
    this.#traced = trace.length;
    this.#sent = false;
    this.#page = undefined;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.#onPageHide);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#onPageHide);
    // A moved element is connected again at once; only one that stays removed has been abandoned.
    queueMicrotask(() => {
      if (!this.#host.isConnected) this.abandon();
    });
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
    recorder.enter(page.id, page.kind);
    this.#page = page.id;
    if (view.kind === 'step') for (const f of view.fields) if (f.prefill) recorder.prefilled(f.field.id);
  }

  /** A move back (the back link, a change link): from the page left to the page shown. */
  back(from: string | undefined, to: View): void {
    const page = pageNode(to);
    if (this.#recorder && !this.#sent && from && from !== page) this.#recorder.back(from, page);
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
    sendUsage(this.#host, recorder.record());
  }
}

/** Hands a record to the host: the event, then the sink and the URL it chose, if any. */
function sendUsage(host: UsageHost, record: UsageRecord): void {
  const failed = (message: string) => report(host, problem('usage_sink_failed', message, 'warning'));
  emit(host, 'careway-usage', { record });
  try {
    host.usageSink?.(record);
  } catch (error) {
    failed(`usageSink threw: ${describeThrown(error)}`);
  }
  const url = host.usageUrl;
  if (!url) return;
  try {
    if (!navigator.sendBeacon(url, JSON.stringify(record)))
      failed(`The browser refused to send the usage record to ${url}.`);
  } catch (error) {
    failed(`Sending the usage record failed: ${describeThrown(error)}`);
  }
}
