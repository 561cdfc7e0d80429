import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  fhirResources,
  translatePathway,
  type AnswerValue,
  type FhirResources,
  type ReferralContext,
  type UsageRecord,
  type FieldView,
  type Pathway,
  type ReviewItem,
  type Session,
  type View,
} from '../../internal/core.js';
import {
  AttachmentStore,
  attachmentsOf,
  type AttachmentRef,
  type CarewayAttachment,
} from '../../internal/attachments.js';
import type { DraftStorage, TypedText } from '../../internal/drafts.js';
import { describeThrown, problem, type CarewayErrorDetail } from '../../internal/errors.js';
import { carewayEvent, type CarewayEventMap } from '../../internal/events.js';
import { strings, uiLang, type UiLang, type UiStrings } from '../../internal/i18n.js';
import { VERSION } from '../../version.js';
import { carewayPathwayStyles } from './careway-pathway.styles.js';
import { syncFormState } from './form.js';
import { dateFromParts, dateKey } from './fields/date.js';
import { numberFromText } from './fields/number.js';
import type { FieldContext } from './fields/types.js';
import { localiseView, translation, type Translation } from './localise.js';
import { PressHold } from './press.js';
import { startSession, saveDraft, clearDraft, type Started } from './lifecycle.js';
import { UsageTracker, type UsageSink } from './usage.js';
import { fieldDomId } from './views/chrome.js';
import { renderInfo } from './views/info.js';
import { renderOutcome } from './views/outcome.js';
import { renderReview } from './views/review.js';
import { shownScores } from './views/scores.js';
import { renderStalled } from './views/stalled.js';
import { renderStep } from './views/step.js';
import type { PageContext } from './views/types.js';

type Focus = 'heading' | 'error-summary' | { field: string };

/** The node a view is about, for events and for telling pages apart. */
function pageKey(view: View): string {
  const node = view.kind === 'review' || view.kind === 'outcome' ? view.outcome : view.node;
  return `${view.kind}:${node.id}`;
}

function pageTitle(view: View, t: UiStrings): string {
  switch (view.kind) {
    case 'review':
      return t.checkAnswersTitle;
    case 'outcome':
      return view.outcome.title;
    case 'stalled':
      return t.stalledTitle;
    case 'step':
      return view.fields.length === 1 && !view.node.description
        ? (view.fields[0]?.field.label ?? '')
        : view.node.title;
    default:
      return view.node.title;
  }
}

/** The state an answer changes; its drawing waits while a pointer is pressed. */
const HELD_DURING_PRESS = new Set<PropertyKey>(['_view', '_submitted', '_announcement']);

/** Problems of fetching `src` that trying again can cure. */
const RETRYABLE = new Set<CarewayErrorDetail['code']>([
  'fetch_failed',
  'http_error',
  'invalid_json',
  'wrong_content_type',
  'integrity_mismatch',
  'invalid_pathway',
]);

function fieldValue(view: View | undefined, fieldId: string): AnswerValue | undefined {
  return view?.kind === 'step' ? view.fields.find((f) => f.field.id === fieldId)?.value : undefined;
}

/**
 * Runs a Careway clinical pathway inside any page: question pages, check your
 * answers, and the outcome as an NHS care card. Every rule (routing,
 * validation, visibility, scores) is `@careway/core`'s; the element shows the
 * engine's view and reports what the clinician did. It never throws into the
 * host page: problems are shown in place and fired as `careway-error`.
 *
 * Inside a `<form>` it is a form control: its value is the JSON of the result,
 * and it is invalid (the form cannot submit) until the pathway is complete.
 *
 * @tag careway-pathway
 * @summary Runs a Careway pathway: NHS-style question pages, check your answers and a care card outcome.
 *
 * @event careway-step - A page was entered. `detail`: `{ nodeId, kind, title }`.
 * @event careway-change - An answer was given, changed or cleared. `detail`: `{ fieldId, value, nodeId }`.
 * @event careway-complete - The answers were confirmed. `detail`: `{ outcome, answers, summaryText, result, attachments, fhir }`.
 * @event careway-error - Something went wrong, or a draft was set aside. `detail`: `{ code, message, severity, data? }`.
 * @event careway-usage - With the `usage` attribute: the session's usage record (no answers, no identifiers). `detail`: `{ record }`.
 *
 * @csspart base - The element's content wrapper.
 * @csspart heading - The heading of each page (the question itself on one-question pages).
 * @csspart back-link - The back link.
 * @csspart error-summary - The error summary at the top of a page with problems.
 * @csspart question - The wrapper of each question.
 * @csspart label - A question's label or legend.
 * @csspart hint - A question's hint text.
 * @csspart error-message - A question's error message.
 * @csspart input - Every text, number, date and file input, radio and checkbox.
 * @csspart radios - A group of radios.
 * @csspart checkboxes - A group of checkboxes.
 * @csspart date-input - The three boxes of a date.
 * @csspart record-tag - The "From the record" tag on prefilled answers.
 * @csspart attachment-list - The list of attached files.
 * @csspart remove-button - The button that removes an attached file.
 * @csspart why - The "Why we ask" disclosure.
 * @csspart button - The primary (Continue, Confirm) button.
 * @csspart secondary-button - The secondary (Start again) button.
 * @csspart review - The check-your-answers list.
 * @csspart change-link - Each "Change" link on the check-your-answers page.
 * @csspart scores - The scores section.
 * @csspart score - One score with its explanation.
 * @csspart care-card - The outcome's care card.
 * @csspart care-card-heading - The care card's heading.
 * @csspart summary - The "Summary for the record" disclosure.
 * @csspart stalled - The page shown when the pathway cannot decide.
 * @csspart notice - Messages about saved progress.
 * @csspart error - The panel shown when the pathway cannot run.
 * @csspart loading - The loading message.
 *
 * @cssproperty --careway-font-family - Font stack. Default: `'Frutiger W01', Arial, sans-serif`.
 * @cssproperty --careway-font-size - Body text size. Default: `1.1875rem` (`1rem` when compact).
 * @cssproperty --careway-heading-size - Page heading size. Default: `2rem` (`1.375rem` when compact).
 * @cssproperty --careway-space - The spacing unit. Default: `1rem` (`0.75rem` when compact).
 * @cssproperty --careway-max-width - Widest the content grows. Default: `40rem` (none when compact).
 * @cssproperty --careway-radius - Button corner radius. Default: `4px`.
 * @cssproperty --careway-color-text - Text. Default: `#212b32`.
 * @cssproperty --careway-color-text-secondary - Hints and secondary text. Default: `#4c6272`.
 * @cssproperty --careway-color-background - Background. Default: `#ffffff`.
 * @cssproperty --careway-color-surface - Panels (scores, notices, unit suffix). Default: `#f0f4f5`.
 * @cssproperty --careway-color-border - Input borders. Default: `#4c6272`.
 * @cssproperty --careway-color-border-subtle - Dividers. Default: `#d8dde0`.
 * @cssproperty --careway-color-link - Links. Default: `#005eb8`.
 * @cssproperty --careway-color-link-hover - Links on hover. Default: `#7c2855`.
 * @cssproperty --careway-color-focus - Focus highlight. Default: `#ffeb3b`.
 * @cssproperty --careway-color-focus-text - Text and underline on focus. Default: `#212b32`.
 * @cssproperty --careway-color-button - Primary button. Default: `#007f3b`.
 * @cssproperty --careway-color-button-hover - Primary button on hover. Default: `#00662f`.
 * @cssproperty --careway-color-button-shadow - Primary button shadow. Default: `#00401e`.
 * @cssproperty --careway-color-button-text - Button text. Default: `#ffffff`.
 * @cssproperty --careway-color-secondary-button - Secondary button. Default: `#4c6272`.
 * @cssproperty --careway-color-secondary-button-shadow - Secondary button shadow. Default: `#263139`.
 * @cssproperty --careway-color-error - Errors. Default: `#d5281b`.
 * @cssproperty --careway-color-non-urgent - Non-urgent care card. Default: `#005eb8`.
 * @cssproperty --careway-color-urgent - Urgent care card. Default: `#d5281b`.
 * @cssproperty --careway-color-emergency - Emergency care card heading. Default: `#d5281b`.
 * @cssproperty --careway-color-emergency-background - Emergency care card body. Default: `#212b32`.
 * @cssproperty --careway-color-tag-background - "From the record" tag background. Default: `#dbe6f2`.
 * @cssproperty --careway-color-tag-text - "From the record" tag text and border. Default: `#003087`.
 *
 * @example
 * ```html
 * <careway-pathway src="/pathways/suspected-dvt.json" integrity="sha256-…" draft-key="encounter-123"></careway-pathway>
 * ```
 */
export class CarewayPathway extends LitElement {
  /** The Careway version of this class, read when a second copy finds the name taken. */
  static readonly carewayVersion = VERSION;

  static override styles = carewayPathwayStyles;
  /** Makes the element a form control (ElementInternals). */
  static formAssociated = true;

  /** URL of a published pathway to fetch and run. Ignored when `pathway` is set. */
  @property() src: string | undefined;

  /**
   * Subresource-integrity value for `src`, e.g. `sha256-<base64>`. When set,
   * the fetched bytes must match it before anything is parsed or run.
   */
  @property() integrity: string | undefined;

  /** The pathway document to run. Takes precedence over `src`. */
  @property({ attribute: false }) pathway: Pathway | undefined;

  /**
   * Facts the host already knows (context field ids of the pathway), e.g.
   * `{ age: 67, sex: 'female' }`. Changing it starts the pathway again.
   */
  @property({ attribute: false }) context: Record<string, unknown> | undefined;

  /**
   * FHIR references for the resources in `careway-complete`'s `detail.fhir`:
   * `subject` (the patient), `requester` (the referrer), `performer` (the
   * receiving service; default the outcome's service) and `encounter`, e.g.
   * `{ subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001234' } } }`.
   */
  @property({ attribute: false }) fhirContext: ReferralContext | undefined;

  /** Language of the element's words and, where the pathway has translations, its content: `en-GB` or `cy`. */
  @property() override lang = '';

  /** Saves progress under this key and restores it after a reload; cleared on completion. */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined;

  /** Where drafts are kept. Default: `localStorage`. Any `{ getItem, setItem, removeItem }`, sync or async. */
  @property({ attribute: false }) draftStorage: DraftStorage | undefined;

  /** `compact` for side panels: smaller type and spacing. Default: the NHS layout. */
  @property({ reflect: true }) layout: 'default' | 'compact' = 'default';

  /** The name under which the result is submitted with a host form. */
  @property({ reflect: true }) name: string | undefined;

  /**
   * Opt-in usage records for pathway insights: with `usage` set, each session
   * yields a `careway-usage` event (pages, times, edges, back-tracks, which
   * answers changed — never a value or an identifier). Off by default.
   */
  @property({ type: Boolean }) usage = false;

  /**
   * With `usage`: also send each record to this URL with `navigator.sendBeacon`
   * (a host-chosen address; Careway sends nothing anywhere unless told to).
   */
  @property({ attribute: 'usage-url' }) usageUrl: string | undefined;

  /** With `usage`: also hand each record to this function, e.g. to queue it in the host's own store. */
  @property({ attribute: false }) usageSink: UsageSink | undefined;

  /** Fixes "today" (`YYYY-MM-DD`) for age and date rules; by default the clock. */
  @property() today: string | undefined;

  @state() private _view: View | undefined;
  @state() private _fatal: CarewayErrorDetail | undefined;
  @state() private _loading = false;
  @state() private _notice: { tone: 'info' | 'warning'; text: string } | undefined;
  @state() private _submitted = false;
  @state() private _announcement = '';

  readonly #internals: ElementInternals;
  readonly #files = new AttachmentStore();
  readonly #raw = new Map<string, string>();
  readonly #dirty = new Set<string>();
  #session: Session | undefined;
  #source: Pathway | undefined;
  #shown: Pathway | undefined;
  #translation: Translation | undefined;
  #generation = 0;
  #abort: AbortController | undefined;
  #pending: Promise<void> | undefined;
  #needsStart = false;
  #saving: Promise<void> = Promise.resolve();
  #draft: { view: View | undefined; json: string } | undefined;
  readonly #usage = new UsageTracker((record) => this.#sendUsage(record));
  readonly #onPageHide = (): void => this.#usage.leave(Boolean(this.draftKey));
  #focus: Focus | undefined;
  // Redrawn after a press only when the press held a drawing back: a click elsewhere costs nothing.
  readonly #press = new PressHold(() => {
    if (!this.#heldBack) return;
    this.#heldBack = false;
    this.requestUpdate();
  });
  #heldBack = false;

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  /** The structured result once the pathway is complete, else `null`. The form value is its JSON. */
  get value(): CarewayEventMap['careway-complete']['detail']['result'] | null {
    return this._view?.kind === 'outcome' ? this._view.result : null;
  }

  /** The files attached on the route taken, with their `File` objects. */
  get attachments(): CarewayAttachment[] {
    const result = this.value;
    return result ? attachmentsOf(result.answers, this.#files) : [];
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The element's validity: `valueMissing` until the pathway is complete. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** Why the element is invalid, in the element's language. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Whether the element takes part in form validation. */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** Like `<input>.checkValidity()`. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Like `<input>.reportValidity()`. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /**
   * Starts again from the first page; earlier answers are kept aside and
   * offered back. After a load failure, tries loading again.
   */
  restart(): void {
    if (this._fatal || !this.#session) {
      this.#needsStart = true;
      this.requestUpdate();
      return;
    }
    // Starting again ends this session's record (abandoned) and begins a new one.
    if (this.#source) this.#startUsage(this.#source, false, []);
    this.#act((s) => s.restart(), { userAction: true });
  }

  /** Goes back one page, as the back link does. */
  back(): void {
    if (!this._view?.nav.canGoBack) return;
    const from = this.#usage.page;
    const view = this.#act((s) => s.back(), { userAction: true });
    if (view) this.#usage.back(from, view);
  }

  /**
   * The session as plain JSON (`{ format, version, pathway, state, savedAt }`), to keep anywhere;
   * `null` before a pathway runs.
   */
  snapshot(): ReturnType<Session['snapshot']> | null {
    try {
      return this.#session ? this.#session.snapshot() : null;
    } catch (error) {
      this.#report(problem('engine_error', `snapshot() failed: ${describeThrown(error)}`, 'warning'));
      return null;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.#onPageHide);
    this.#press.connect();
    // Image previews are released on disconnect; a moved element draws them again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#files.releasePreviews();
    window.removeEventListener('pagehide', this.#onPageHide);
    this.#press.disconnect();
    // A moved element is connected again at once; only one that stays removed has been abandoned.
    queueMicrotask(() => {
      if (!this.isConnected) this.#usage.abandon();
    });
  }

  /** Waits for loading (fetch, integrity, draft) as well as rendering. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#pending) {
      await this.#pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** @internal Form reset starts the pathway again (answers are kept aside, not lost). */
  formResetCallback(): void {
    if (this.#session && !this._fatal) this.#act((s) => s.restart(), { userAction: false });
  }

  /**
   * While a pointer is pressed, what an answer changed waits to be drawn until the press ends (see
   * press.ts): a question it shows must not move the button being clicked. Anything else (a new
   * pathway, context or language, loading, a failure) is drawn at once.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const hold = this.#press.pressed && [...changed.keys()].every((key) => HELD_DURING_PRESS.has(key));
    if (hold) this.#heldBack = true;
    return !hold;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('pathway') ||
      changed.has('src') ||
      changed.has('integrity') ||
      changed.has('context') ||
      changed.has('draftKey') ||
      changed.has('today')
    ) {
      this.#needsStart = true;
    } else if (changed.has('lang') && this.#source) {
      this.#translate(this.#source);
    }
  }

  protected override updated(): void {
    if (this.#needsStart) {
      this.#needsStart = false;
      const run = this.#start()
        .catch((error: unknown) =>
          this.#fail(problem('engine_error', `Starting failed: ${describeThrown(error)}`)),
        )
        .finally(() => {
          if (this.#pending === run) this.#pending = undefined;
        });
      this.#pending = run;
    }
    this.#syncForm();
    this.#applyFocus();
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    let body: TemplateResult | typeof nothing;
    try {
      body = this.#renderBody(t);
    } catch (error) {
      // A defect must not take the host page down: show it and tell the host.
      queueMicrotask(() =>
        this.#fail(problem('render_failed', `Rendering failed: ${describeThrown(error)}`)),
      );
      body = nothing;
    }
    return html`<div class="root base" part="base" lang=${this.#lang}>
      ${
        this._notice
          ? html`<div
              class="notice ${this._notice.tone === 'warning' ? 'notice--warning' : ''}"
              part="notice"
            >
              <p>${this._notice.text}</p>
            </div>`
          : nothing
      }
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    </div>`;
  }

  get #lang(): UiLang {
    return uiLang(this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  get #t(): UiStrings {
    return strings(this.#lang);
  }

  #renderBody(t: UiStrings): TemplateResult | typeof nothing {
    if (this._fatal) return this.#renderFatal(t, this._fatal);
    if (this._loading) return html`<p class="loading" part="loading" role="status">${t.loading}</p>`;
    const view = this._view;
    const shown = this.#shown;
    if (!view || !shown) return nothing;
    const localised = this.#localised(view, t);
    const ctx = this.#pageContext(t, shown);
    switch (localised.kind) {
      case 'step':
        return renderStep(ctx, localised, (fv, asHeading) => this.#fieldContext(fv, asHeading, t));
      case 'info':
        return renderInfo(ctx, localised);
      case 'review':
        return renderReview(ctx, localised);
      case 'outcome':
        return renderOutcome(ctx, localised);
      case 'stalled':
        return renderStalled(ctx, localised);
    }
  }

  /** The view in the reader's language. */
  #localised(view: View, t: UiStrings): View {
    const tr = this.#translation;
    if (!tr) return view;
    let answers: Record<string, AnswerValue> | undefined;
    return localiseView(view, tr, t, (fieldId) => (answers ??= this.#session?.state.answers ?? {})[fieldId]);
  }

  #renderFatal(t: UiStrings, fatal: CarewayErrorDetail): TemplateResult {
    // Whatever went wrong in fetching a file may be gone a moment later (a deploy, a flaky network, a cache).
    const fromSrc = this.pathway === undefined && Boolean(this.src);
    const retry = fromSrc && RETRYABLE.has(fatal.code);
    return html`<div class="error-panel" part="error" role="alert">
      <h2 class="page-heading" part="heading" tabindex="-1" data-heading>${t.errorTitle}</h2>
      <p>${t.fatal[fatal.code] ?? t.fatalFallback}</p>
      <p class="error-panel__detail">${t.errorCode}: <code>${fatal.code}</code></p>
      ${
        retry
          ? html`<button
              class="button button--secondary"
              part="secondary-button"
              type="button"
              @click=${() => this.restart()}
            >
              ${t.tryAgain}
            </button>`
          : nothing
      }
    </div>`;
  }

  #pageContext(t: UiStrings, shown: Pathway): PageContext {
    const view = this._view;
    let scores: PageContext['scores'] = [];
    if (view?.kind === 'outcome') scores = shownScores(shown, view.result.scores);
    else if (view?.kind === 'review') scores = shownScores(shown, this.#safeResult()?.scores ?? []);
    return {
      t,
      lang: this.#lang,
      pathway: shown,
      submitted: this._submitted,
      scores,
      back: () => this.back(),
      next: () => this.#next(),
      change: (item: ReviewItem) =>
        this.#backTo((s) => s.change(item.fieldId), { userAction: true, focus: { field: item.fieldId } }),
      goTo: (nodeId: string) => this.#backTo((s) => s.goTo(nodeId), { userAction: true }),
      restart: () => this.restart(),
      copySummary: (text: string) => void this.#copy(text),
      focusField: (fieldId: string) => {
        this.#focus = { field: fieldId };
        this.#applyFocus();
      },
    };
  }

  #fieldContext(view: FieldView, asHeading: boolean, t: UiStrings): FieldContext {
    const fieldId = view.field.id;
    return {
      view,
      t,
      lang: this.#lang,
      id: fieldDomId(fieldId),
      asHeading,
      raw: this.#raw,
      answer: (value) => this.#answer(fieldId, value),
      type: (key, text) => {
        this.#raw.set(key, text);
        this.#dirty.add(fieldId);
        // Every keystroke goes into the draft, so that a crash mid-word loses nothing.
        this.#save();
      },
      files: this.#files,
      attach: (files) => this.#attach(fieldId, files),
      detach: (ref) => this.#detach(fieldId, ref),
    };
  }

  #safeResult() {
    try {
      return this.#session?.result();
    } catch {
      return undefined;
    }
  }

  async #start(): Promise<void> {
    const generation = ++this.#generation;
    // Begun from updated(); state changes wait for the current update to finish.
    await Promise.resolve();
    if (generation !== this.#generation) return;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#session = undefined;
    this.#source = undefined;
    this.#shown = undefined;
    this.#translation = undefined;
    this._view = undefined;
    this._fatal = undefined;
    this._notice = undefined;
    this._submitted = false;
    this.#raw.clear();
    this.#dirty.clear();
    this.#files.clear();
    if (!this.pathway && !this.src) return;
    this._loading = !this.pathway;
    let started: Started;
    try {
      started = await startSession({
        pathway: this.pathway,
        src: this.src,
        integrity: this.integrity,
        context: this.context,
        today: this.today,
        draftKey: this.draftKey,
        draftStorage: this.draftStorage,
        signal: abort.signal,
      });
    } catch (error) {
      started = { ok: false, problem: problem('engine_error', describeThrown(error)), warnings: [] };
    }
    if (generation !== this.#generation) return;
    this._loading = false;
    for (const warning of started.warnings) this.#report(warning);
    if (!started.ok) {
      this.#fail(started.problem);
      return;
    }
    this.#session = started.session;
    this.#translate(started.source);
    this.#startUsage(started.source, started.draft === 'restored', started.session.state.trace);
    const t = this.#t;
    if (started.draft === 'restored') this._notice = { tone: 'info', text: t.draftRestored };
    if (started.draft && started.draft !== 'restored') {
      this._notice = { tone: 'warning', text: t.draftSetAside(t.draftReasons[started.draft]) };
    }
    this.#show(started.view, { userAction: false });
    if (started.typed) this.#restoreTyped(started.typed);
  }

  /** A new usage record for the session now starting (when the host opted in); an open one is abandoned. */
  #startUsage(pathway: Pathway, resumed: boolean, trace: Session['state']['trace']): void {
    if (!this.usage) {
      this.#usage.abandon();
      return;
    }
    this.#usage.start({
      pathway,
      resumed,
      language: this.#lang === 'cy' ? 'cy' : 'en',
      layout: this.layout,
      trace,
    });
  }

  #sendUsage(record: UsageRecord): void {
    this.#emit('careway-usage', { record });
    try {
      this.usageSink?.(record);
    } catch (error) {
      this.#report(problem('usage_sink_failed', `usageSink threw: ${describeThrown(error)}`, 'warning'));
    }
    if (this.usageUrl) {
      try {
        if (!navigator.sendBeacon(this.usageUrl, JSON.stringify(record)))
          this.#report(
            problem(
              'usage_sink_failed',
              `The browser refused to send the usage record to ${this.usageUrl}.`,
              'warning',
            ),
          );
      } catch (error) {
        this.#report(
          problem(
            'usage_sink_failed',
            `Sending the usage record failed: ${describeThrown(error)}`,
            'warning',
          ),
        );
      }
    }
  }

  /** Puts back what was typed on the restored page before the reload, as typed (not yet answered). */
  #restoreTyped(typed: TypedText): void {
    const view = this._view;
    if (view?.kind !== 'step') return;
    for (const [fieldId, inputs] of Object.entries(typed)) {
      if (!view.fields.some((f) => f.field.id === fieldId)) continue;
      for (const [key, text] of Object.entries(inputs)) this.#raw.set(key, text);
      this.#dirty.add(fieldId);
    }
    this.requestUpdate();
  }

  /** What is typed but not yet answered on this page, for the draft. */
  #typed(): TypedText {
    const typed: TypedText = {};
    for (const fieldId of this.#dirty) {
      const inputs: Record<string, string> = {};
      for (const [key, text] of this.#raw)
        if (key === fieldId || key.startsWith(`${fieldId}.`)) inputs[key] = text;
      typed[fieldId] = inputs;
    }
    return typed;
  }

  /** Shows the running pathway in the element's language; the session itself is untouched. */
  #translate(source: Pathway): void {
    const lang = this.#lang;
    try {
      this.#source = source;
      this.#shown = translatePathway(source, lang);
      this.#translation = translation(source, this.#shown, lang);
    } catch (error) {
      this.#shown = source;
      this.#translation = undefined;
      this.#report(
        problem('engine_error', `Translating the pathway failed: ${describeThrown(error)}`, 'warning'),
      );
    }
  }

  /** A move back to an earlier page (a change link), recorded as a back-track. */
  #backTo(operation: (session: Session) => View, options: { userAction: boolean; focus?: Focus }): void {
    const from = this.#usage.page;
    const view = this.#act(operation, options);
    if (view) this.#usage.back(from, view);
  }

  #act(
    operation: (session: Session) => View,
    options: { userAction: boolean; focus?: Focus },
  ): View | undefined {
    const session = this.#session;
    if (!session) return undefined;
    let view: View;
    try {
      view = operation(session);
    } catch (error) {
      this.#fail(problem('engine_error', `The engine failed: ${describeThrown(error)}`));
      return undefined;
    }
    this.#show(view, options);
    return view;
  }

  #show(view: View, options: { userAction: boolean; focus?: Focus }): void {
    const before = this._view;
    const changedPage = !before || pageKey(before) !== pageKey(view);
    this._view = view;
    this.#usage.view(view, this.#session?.state.trace ?? []);
    if (changedPage) {
      this.#raw.clear();
      this.#dirty.clear();
      this._submitted = false;
      if (options.userAction) {
        this.#focus = options.focus ?? 'heading';
        // The notice about saved progress belongs to the first page only.
        this._notice = undefined;
      }
      const t = this.#t;
      this.#emit('careway-step', {
        nodeId: pageKey(view).slice(view.kind.length + 1),
        kind: view.kind,
        title: pageTitle(this.#localised(view, t), t),
      });
      if (view.kind === 'stalled') {
        this.#report(problem('pathway_stalled', view.message, 'warning', { needs: view.needs }));
      }
    }
    if (view.kind === 'outcome') {
      if (changedPage) this.#complete(view);
    } else {
      this.#save();
    }
  }

  #complete(view: Extract<View, { kind: 'outcome' }>): void {
    const draftKey = this.draftKey;
    if (draftKey) {
      const storage = this.draftStorage;
      // After any save still in flight, so that it cannot bring the draft back.
      this.#saving = this.#saving
        .then(() => clearDraft(storage, draftKey))
        .then((failure) => {
          if (failure) this.#report(failure);
        });
    }
    this.#usage.complete(view.outcome.id);
    const fhir = this.#fhir(view.result);
    this.#emit('careway-complete', {
      outcome: view.outcome,
      answers: view.result.answers,
      summaryText: view.result.summaryText,
      result: view.result,
      attachments: this.attachments,
      ...(fhir ? { fhir } : {}),
    });
  }

  // The resources are built from the pathway as published (not as translated), like the record summary.
  #fhir(result: Extract<View, { kind: 'outcome' }>['result']): FhirResources | undefined {
    const pathway = this.#source;
    if (!pathway) return undefined;
    try {
      return fhirResources(pathway, result, { ...(this.fhirContext ?? {}) });
    } catch (error) {
      this.#report(
        problem('fhir_failed', `The FHIR resources could not be built: ${describeThrown(error)}`, 'warning'),
      );
      return undefined;
    }
  }

  #save(): void {
    const session = this.#session;
    const draftKey = this.draftKey;
    if (!session || !draftKey) return;
    const storage = this.draftStorage;
    const typed = this.#typed();
    let snapshot: string;
    try {
      snapshot = this.#snapshotJson(session);
    } catch (error) {
      this.#report(
        problem('draft_storage_failed', `Saving the draft failed: ${describeThrown(error)}`, 'warning'),
      );
      return;
    }
    // Writes are chained so that a slow asynchronous store never lets an older draft overwrite a newer one.
    this.#saving = this.#saving
      .then(() => saveDraft(storage, draftKey, snapshot, typed))
      .then((failure) => {
        if (failure) this.#report(failure);
      });
  }

  // Typing changes no session state, and every change of state shows a new view: one serialised
  // snapshot per view serves every keystroke saved on that page.
  #snapshotJson(session: Session): string {
    const cached = this.#draft;
    if (cached && cached.view === this._view) return cached.json;
    const json = JSON.stringify(session.snapshot());
    this.#draft = { view: this._view, json };
    return json;
  }

  #next(): void {
    this.#flush();
    const before = this._view;
    const after = this.#act((s) => s.next(), { userAction: true });
    if (before && after && after.kind === 'step' && pageKey(before) === pageKey(after)) {
      const hasErrors = after.errors.length > 0 || after.fields.some((f) => f.errors.length > 0);
      if (hasErrors) {
        this._submitted = true;
        this.#focus = 'error-summary';
      }
    }
  }

  /** Hands over what was typed but not yet answered (Enter pressed in a box, or Continue clicked). */
  #flush(): void {
    const view = this._view;
    if (view?.kind !== 'step') return;
    for (const fieldId of [...this.#dirty]) {
      const fv = view.fields.find((f) => f.field.id === fieldId);
      if (!fv) continue;
      const type = fv.field.type;
      if (type === 'integer' || type === 'decimal') {
        this.#answer(fieldId, numberFromText(this.#raw.get(fieldId) ?? ''));
      } else if (type === 'text' || type === 'long-text') {
        const text = this.#raw.get(fieldId) ?? '';
        this.#answer(fieldId, text.trim() === '' ? undefined : text);
      } else if (type === 'date') {
        const part = (p: 'day' | 'month' | 'year') => this.#raw.get(dateKey(fieldId, p));
        const current = typeof fv.value === 'string' ? fv.value.split('-') : [];
        this.#answer(
          fieldId,
          dateFromParts(
            part('day') ?? current[2] ?? '',
            part('month') ?? current[1] ?? '',
            part('year') ?? current[0] ?? '',
          ),
        );
      }
    }
  }

  #answer(fieldId: string, value: AnswerValue | undefined): void {
    this.#dirty.delete(fieldId);
    const beforeView = this._view;
    const before = fieldValue(beforeView, fieldId);
    const nodeId = this._view?.kind === 'step' ? this._view.node.id : '';
    const after = this.#act((s) => (value === undefined ? s.clear(fieldId) : s.answer(fieldId, value)), {
      userAction: true,
    });
    const now = fieldValue(after, fieldId);
    if (after && JSON.stringify(now) !== JSON.stringify(before)) {
      const overridden = (v: View | undefined) =>
        v?.kind === 'step' && v.fields.some((f) => f.field.id === fieldId && f.prefill?.changed === true);
      this.#usage.answered(fieldId, before, overridden(after) && !overridden(beforeView));
      this.#emit('careway-change', { fieldId, value: now, nodeId });
    }
  }

  #attach(fieldId: string, files: File[]): void {
    const current = fieldValue(this._view, fieldId);
    const kept = Array.isArray(current) ? (current as AttachmentRef[]) : [];
    const added = files.map((file) => this.#files.add(file));
    this.#answer(fieldId, [...kept, ...added]);
    const now = fieldValue(this._view, fieldId);
    const stored = new Set(Array.isArray(now) ? (now as AttachmentRef[]).map((r) => r.id) : []);
    for (const ref of added) if (!stored.has(ref.id)) this.#files.remove(ref);
    const accepted = added.filter((ref) => stored.has(ref.id));
    if (accepted.length) this.#announce(accepted.map((ref) => this.#t.fileAdded(ref.name)).join('. '));
  }

  #detach(fieldId: string, ref: AttachmentRef): void {
    const current = fieldValue(this._view, fieldId);
    const kept = (Array.isArray(current) ? (current as AttachmentRef[]) : []).filter((r) =>
      ref.id ? r.id !== ref.id : !(r.name === ref.name && r.size === ref.size),
    );
    this.#files.remove(ref);
    this.#answer(fieldId, kept.length ? kept : undefined);
    this.#announce(this.#t.fileRemoved(ref.name));
    this.#focus = { field: fieldId };
  }

  async #copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#announce(this.#t.summaryCopied);
    } catch {
      // Clipboard access is the host's to grant; the summary stays visible to copy by hand.
    }
  }

  #announce(text: string): void {
    // Cleared first, then set after a render, so that the same words twice are announced twice.
    this._announcement = '';
    void this.updateComplete.then(() => {
      this._announcement = text;
    });
  }

  #fail(detail: CarewayErrorDetail): void {
    this._fatal = detail;
    this._loading = false;
    this.#report(detail);
  }

  #report(detail: CarewayErrorDetail): void {
    if (detail.severity === 'error') console.error(`[careway] ${detail.code}: ${detail.message}`);
    else console.warn(`[careway] ${detail.code}: ${detail.message}`);
    this.#emit('careway-error', detail);
  }

  #emit<K extends keyof CarewayEventMap>(type: K, detail: CarewayEventMap[K]['detail']): void {
    try {
      this.dispatchEvent(carewayEvent(type, detail));
    } catch (error) {
      // A host listener that throws must not stop the pathway.
      console.error('[careway] an event listener failed', error);
    }
  }

  #syncForm(): void {
    const view = this._view;
    syncFormState(this.#internals, {
      result: view?.kind === 'outcome' ? view.result : undefined,
      attachments: this.attachments,
      name: this.name,
      anchor: this.renderRoot.querySelector<HTMLElement>('[data-heading]'),
      incomplete: this.#t.formIncomplete,
    });
  }

  #applyFocus(): void {
    const focus = this.#focus;
    if (!focus) return;
    this.#focus = undefined;
    const root = this.renderRoot as ShadowRoot;
    const heading = root.querySelector<HTMLElement>('[data-heading]');
    const target =
      focus === 'heading'
        ? heading
        : focus === 'error-summary'
          ? (root.querySelector<HTMLElement>('[data-error-summary]') ?? heading)
          : (root.getElementById(fieldDomId(focus.field)) ?? heading);
    target?.focus();
  }
}
