import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type AnswerValue,
  type ReferralContext,
  type FieldView,
  type Pathway,
  type ReviewItem,
  type Session,
  type View,
} from '../../internal/core.js';
import { attachmentsOf, type CarewayAttachment } from '../../internal/attachments.js';
import { loadDrafts, type DraftSecret, type DraftStorage } from '../../internal/drafts.js';
import { describeThrown, problem, type CarewayErrorDetail } from '../../internal/errors.js';
import { emit, report, type CarewayEventMap } from '../../internal/events.js';
import { elementLang, strings, type UiStrings } from '../../internal/i18n.js';
import { loadLanguage } from '../../internal/language.js';
import { refuseUnrendered } from '../../internal/trusted-types-refusal.js';
import { VERSION } from '../../version.js';
import { AttachmentsController } from './attachments.js';
import { carewayPathwayStyles } from './careway-pathway.styles.js';
import { completeDetail } from './complete.js';
import { DraftsController } from './drafts.js';
import type { FieldContext } from './fields/types.js';
import { FocusController, type FocusTarget } from './focus.js';
import { FormController } from './form.js';
import { startSession, type Started } from './lifecycle.js';
import { Localisation } from './localise.js';
import { PressHold } from './press.js';
import { TypedInput } from './typed.js';
import { UsageTracker, type UsageSink } from './usage.js';
import { fieldDomId } from './views/chrome.js';
import { renderFatal } from './views/fatal.js';
import { renderInfo } from './views/info.js';
import { renderOutcome } from './views/outcome.js';
import { fieldOf, pageKey, pageNode, pageTitle } from './views/page.js';
import { renderReview } from './views/review.js';
import { shownScores } from './views/scores.js';
import { renderStalled } from './views/stalled.js';
import { renderStep } from './views/step.js';
import type { PageContext } from './views/types.js';

/** Changing any of these starts the pathway again. */
const RESTARTS = [
  'pathway',
  'src',
  'integrity',
  'context',
  'draftKey',
  'draftSecret',
  'draftTtl',
  'today',
] as const;

function fieldValue(view: View | undefined, fieldId: string): AnswerValue | undefined {
  return fieldOf(view, fieldId)?.value;
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
 * @csspart red-flags - The red-flag answers behind the outcome, each with its reason.
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

  /**
   * Saves progress, encrypted, under this key once the clinician has answered, and restores it for
   * the same patient `context` after a reload; cleared on completion, `restart()` and form reset.
   * Use an opaque encounter id, never a patient identifier.
   */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined;

  /** Where drafts are kept. Default: `localStorage`. Any `{ getItem, setItem, removeItem }`, sync or async, optionally listing its keys. */
  @property({ attribute: false }) draftStorage: DraftStorage | undefined;

  /**
   * The secret drafts are encrypted with (an AES-GCM `CryptoKey`, or at least 16 bytes of key material,
   * e.g. handed out by the EPR for the log-in session). Without one, a key of the tab's own is used:
   * a draft then survives a reload of the tab, not its closing. Set it before `draft-key`.
   */
  @property({ attribute: false }) draftSecret: DraftSecret | undefined;

  /** Minutes a draft is kept after it was last saved (above 0, at most 10080). Default: 720 (12 hours). */
  @property({ attribute: 'draft-ttl' }) draftTtl: string | number | undefined;

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

  // One controller per concern, each with its own state. The form's comes before focus's: both act
  // after an update, in the order they were added.
  readonly #typed = new TypedInput(this);
  readonly #drafts = new DraftsController(
    this,
    this.#typed,
    () => this.#session,
    (work) => this.#track(work),
  );
  readonly #usage = new UsageTracker(this);
  // The controller keeps the form state in step; the element answers the form's questions from it.
  readonly #internals = new FormController(this).internals;
  readonly #focus = new FocusController(this);
  readonly #files = new AttachmentsController(
    this,
    {
      value: (fieldId) => fieldValue(this._view, fieldId),
      answer: (fieldId, value) => this.#answer(fieldId, value),
      announce: (text) => this.#announce(text),
    },
    this.#focus,
  );
  // What an answer changes waits to be drawn while a pointer is pressed (see press.ts).
  readonly #press = new PressHold(this, ['_view', '_submitted', '_announcement']);
  readonly #language = new Localisation(this);
  #session: Session | undefined;
  #generation = 0;
  #abort: AbortController | undefined;
  /** Work updateComplete waits for: starting (fetch, integrity, draft) and loading a language. */
  readonly #pending = new Set<Promise<void>>();
  #needsStart = false;

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
   * Starts again from the first page, and removes the saved draft; earlier answers are kept aside
   * and offered back. After a load failure, tries loading again.
   */
  restart(): void {
    if (this._fatal || !this.#session) {
      this.#needsStart = true;
      this.requestUpdate();
      return;
    }
    // Starting again ends this session's record (abandoned) and begins a new one.
    const source = this.#language.source;
    if (source) this.#usage.begin(source, false, []);
    this.#act((s) => s.restart(), 'heading');
    void this.#drafts.clear();
  }

  /**
   * Removes this element's saved draft (and its set-aside copies, where the store lists its keys).
   * The running session saves again at the clinician's next answer.
   */
  purgeDraft(): Promise<void> {
    const { draftKey, draftStorage } = this;
    if (!draftKey) return this.#drafts.clear();
    return this.#drafts.after(async () => (await loadDrafts()).purgeDraft(draftStorage, draftKey));
  }

  /**
   * Removes every Careway draft and set-aside copy from `storage` (default `localStorage`) and this
   * tab's own draft key: for the host's log-out. `complete` is false when the store cannot list its
   * keys; the host must then clear it itself, or discard the `draftSecret` it gave.
   */
  static async purgeDrafts(storage?: DraftStorage): Promise<{ removed: number; complete: boolean }> {
    return (await loadDrafts()).purgeDrafts(storage);
  }

  /** Goes back one page, as the back link does. */
  back(): void {
    if (this._view?.nav.canGoBack) this.#backTo((s) => s.back(), 'heading');
  }

  /**
   * The session as plain JSON (`{ format, version, pathway, state, savedAt }`), to keep anywhere;
   * `null` before a pathway runs.
   */
  snapshot(): ReturnType<Session['snapshot']> | null {
    try {
      return this.#session ? this.#session.snapshot() : null;
    } catch (error) {
      report(this, problem('engine_error', `snapshot() failed: ${describeThrown(error)}`, 'warning'));
      return null;
    }
  }

  /** Waits for loading (fetch, integrity, draft) and for draft writes, as well as rendering. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#pending.size > 0) {
      await Promise.all(this.#pending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** @internal Form reset starts the pathway again (answers are kept aside, not lost) and removes the draft. */
  formResetCallback(): void {
    if (this.#session && !this._fatal) {
      this.#act((s) => s.restart());
      void this.#drafts.clear();
    }
  }

  /**
   * While a pointer is pressed, what an answer changed waits to be drawn until the press ends (see
   * press.ts): a question it shows must not move the button being clicked. Anything else (a new
   * pathway, context or language, loading, a failure) is drawn at once. Nothing is drawn with Lit when
   * the page refused Careway's Trusted Types policy: the element says so instead.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return !refuseUnrendered(this) && !this.#press.holds(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (RESTARTS.some((key) => changed.has(key))) {
      this.#needsStart = true;
    } else if (changed.has('lang') && this.#language.source) {
      this.#language.set(this.#language.source);
      this.#track(this.#speak(loadLanguage(elementLang(this))));
    }
  }

  protected override updated(): void {
    if (!this.#needsStart) return;
    this.#needsStart = false;
    this.#track(
      this.#start().catch((error: unknown) =>
        this.#fail(problem('engine_error', `Starting failed: ${describeThrown(error)}`)),
      ),
    );
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
    return html`<div class="root base" part="base" lang=${elementLang(this)}>
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

  get #t(): UiStrings {
    return strings(elementLang(this));
  }

  #renderBody(t: UiStrings): TemplateResult | typeof nothing {
    if (this._fatal)
      return renderFatal(t, this._fatal, this.pathway === undefined && Boolean(this.src), () =>
        this.restart(),
      );
    if (this._loading) return html`<p class="loading" part="loading" role="status">${t.loading}</p>`;
    const view = this._view;
    const shown = this.#language.shown;
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
    return this.#language.view(view, t, () => this.#session?.state.answers ?? {});
  }

  #pageContext(t: UiStrings, shown: Pathway): PageContext {
    const view = this._view;
    let scores: PageContext['scores'] = [];
    if (view?.kind === 'outcome') scores = shownScores(shown, view.result.scores);
    else if (view?.kind === 'review') scores = shownScores(shown, this.#safeResult()?.scores ?? []);
    scores = this.#language.scores(scores);
    return {
      t,
      lang: elementLang(this),
      pathway: shown,
      submitted: this._submitted,
      scores,
      redFlags: view?.kind === 'outcome' ? this.#language.redFlags(view.result, t) : [],
      back: () => this.back(),
      next: () => this.#next(),
      change: (item: ReviewItem) => this.#backTo((s) => s.change(item.fieldId), { field: item.fieldId }),
      goTo: (nodeId: string) => this.#backTo((s) => s.goTo(nodeId), 'heading'),
      restart: () => this.restart(),
      copySummary: (text: string) => void this.#copy(text),
      focusField: (fieldId: string) => this.#focus.now({ field: fieldId }),
    };
  }

  #fieldContext(view: FieldView, asHeading: boolean, t: UiStrings): FieldContext {
    const fieldId = view.field.id;
    return {
      view,
      t,
      lang: elementLang(this),
      id: fieldDomId(fieldId),
      asHeading,
      raw: this.#typed.raw,
      answer: (value) => this.#answer(fieldId, value),
      type: (key, text) => {
        this.#typed.type(fieldId, key, text);
        this.#drafts.typed();
      },
      files: this.#files,
      attach: (files) => this.#files.attach(fieldId, files),
      detach: (ref) => this.#files.detach(fieldId, ref),
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
    this.#drafts.begin(undefined);
    this.#language.set(undefined);
    this._view = undefined;
    this._fatal = undefined;
    this._notice = undefined;
    this._submitted = false;
    this.#typed.clear();
    this.#files.clear();
    // `pathway = null` is refused (invalid_pathway) like any other value that is not a pathway.
    if (this.pathway === undefined && !this.src) return;
    // The language loads while the pathway does; the first page is drawn in it.
    const speaking = loadLanguage(elementLang(this));
    this._loading = !this.pathway;
    let started: Started;
    try {
      // The last session's draft writes land first, so that this one reads what they left.
      await this.#drafts.settled();
      started = await startSession(this, abort.signal);
    } catch (error) {
      started = { ok: false, problem: problem('engine_error', describeThrown(error)), warnings: [] };
    }
    if (generation !== this.#generation) return;
    this._loading = false;
    for (const warning of started.warnings) report(this, warning);
    if (!started.ok) {
      // The panel speaks the element's language too.
      await speaking;
      if (generation === this.#generation) this.#fail(started.problem);
      return;
    }
    this.#session = started.session;
    this.#drafts.begin(started.writer, started.draft === 'restored');
    this.#language.set(started.source);
    // The language asked for now: `lang` may have changed while the pathway was loaded, checked and its draft read.
    await this.#speak(loadLanguage(elementLang(this)));
    if (generation !== this.#generation) return;
    this.#usage.begin(started.source, started.draft === 'restored', started.session.state.trace);
    const t = this.#t;
    const draft = started.draft;
    if (draft)
      this._notice =
        draft === 'restored'
          ? { tone: 'info', text: t.draftRestored }
          : { tone: 'warning', text: t.draftSetAside(t.draftReasons[draft]) };
    this.#show(started.view);
    if (started.typed) this.#typed.restore(started.typed, this._view);
  }

  /** Work updateComplete waits for; it never rejects. */
  #track(work: Promise<void>): void {
    this.#pending.add(work);
    void work.finally(() => this.#pending.delete(work));
  }

  /** Once the element's language has loaded (or could not be), shows the pathway in it. */
  async #speak(loading: Promise<boolean>): Promise<void> {
    const lang = elementLang(this);
    if (!(await loading)) {
      report(
        this,
        problem(
          'language_unavailable',
          `The element's words in "${lang}" could not be loaded from beside careway.js, so it speaks English: serve every file of dist/ together.`,
          'warning',
        ),
      );
      return;
    }
    if (this.#language.source) this.#language.set(this.#language.source);
    this.requestUpdate();
  }

  /** A move back to an earlier page (the back link, a change link), recorded as a back-track. */
  #backTo(operation: (session: Session) => View, focus: FocusTarget): void {
    const from = this.#usage.page;
    const view = this.#act(operation, focus);
    if (view) this.#usage.back(from, view);
  }

  /**
   * Runs an engine operation and shows its view. `focus`, for what the clinician did: where focus
   * goes if the page changes; without it (a form reset) focus and the notice stay as they are.
   */
  #act(operation: (session: Session) => View, focus?: FocusTarget): View | undefined {
    const session = this.#session;
    if (!session) return undefined;
    let view: View;
    try {
      view = operation(session);
    } catch (error) {
      this.#fail(problem('engine_error', `The engine failed: ${describeThrown(error)}`));
      return undefined;
    }
    this.#show(view, focus);
    return view;
  }

  #show(view: View, focus?: FocusTarget): void {
    const before = this._view;
    const changedPage = !before || pageKey(before) !== pageKey(view);
    this._view = view;
    this.#usage.view(view, this.#session?.state.trace ?? []);
    if (changedPage) {
      this.#typed.clear();
      this._submitted = false;
      if (focus) {
        this.#focus.set(focus);
        // The notice about saved progress belongs to the first page only.
        this._notice = undefined;
      }
      const t = this.#t;
      emit(this, 'careway-step', {
        nodeId: pageNode(view),
        kind: view.kind,
        title: pageTitle(this.#localised(view, t), t),
      });
      if (view.kind === 'stalled') {
        report(this, problem('pathway_stalled', view.message, 'warning', { needs: view.needs }));
      }
    }
    this.#drafts.shown(view, changedPage);
    if (view.kind === 'outcome' && changedPage) {
      this.#usage.complete(view.outcome.id);
      emit(this, 'careway-complete', completeDetail(this, view, this.#language.source));
    }
  }

  #next(): void {
    // What is typed but not yet answered goes first (Enter pressed in a box, or Continue clicked).
    this.#typed.flush(this._view, (fieldId, value) => this.#answer(fieldId, value));
    const before = this._view;
    const after = this.#act((s) => s.next(), 'heading');
    if (before && after && after.kind === 'step' && pageKey(before) === pageKey(after)) {
      const hasErrors = after.errors.length > 0 || after.fields.some((f) => f.errors.length > 0);
      if (hasErrors) {
        this._submitted = true;
        this.#focus.set('error-summary');
      }
    }
  }

  #answer(fieldId: string, value: AnswerValue | undefined): void {
    this.#typed.answered(fieldId);
    this.#drafts.answered();
    const beforeView = this._view;
    const before = fieldValue(beforeView, fieldId);
    const nodeId = this._view?.kind === 'step' ? this._view.node.id : '';
    const after = this.#act(
      (s) => (value === undefined ? s.clear(fieldId) : s.answer(fieldId, value)),
      'heading',
    );
    const now = fieldValue(after, fieldId);
    if (after && JSON.stringify(now) !== JSON.stringify(before)) {
      const overridden = (v: View | undefined) => fieldOf(v, fieldId)?.prefill?.changed === true;
      this.#usage.answered(fieldId, before, overridden(after) && !overridden(beforeView));
      emit(this, 'careway-change', { fieldId, value: now, nodeId });
    }
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
    report(this, detail);
  }
}
