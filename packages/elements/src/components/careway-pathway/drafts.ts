/**
 * The element's drafts (`draft-key`): the one place that decides when a
 * draft is saved (once the clinician has answered or typed something, on
 * every page shown but the outcome and every keystroke), and when it is
 * cleared (on reaching the outcome, on `restart()`, on a form reset, on
 * `purgeDraft()`). How a draft is sealed, bound to its patient, expired and
 * read back is the on-demand module's (internal/draft-store.ts).
 */
import type { Session, View } from '../../internal/core.js';
import type { DraftWriter } from '../../internal/draft-store.js';
import { describeThrown, problem, type CarewayErrorDetail } from '../../internal/errors.js';
import { report } from '../../internal/events.js';
import type { TypedInput } from './typed.js';

/**
 * Saves and clears the running session's draft as the clinician goes. The
 * element tells it what is shown and typed; it hooks no part of the host's
 * update, so it is not added to the host's controllers.
 */
export class DraftsController {
  readonly #host: EventTarget;
  readonly #typed: TypedInput;
  readonly #session: () => Session | undefined;
  /** Writes in order: a slow asynchronous store never lets an older draft overwrite a newer one. */
  #writes: Promise<void> = Promise.resolve();
  /** The running session's writer; none before a session starts, or when drafts are off for it. */
  #writer: DraftWriter | undefined;
  /** Whether the clinician has answered or typed anything (or the session was restored): only then is a draft written. */
  #dirty = false;
  #view: View | undefined;
  /** The snapshot of the view shown, serialised. */
  #json: string | undefined;

  readonly #track: (work: Promise<void>) => void;

  /**
   * `typed`: the page's typed text; `session`: the running session, when there is one; `track`: told
   * of every write, so that the element's `updateComplete` waits for it.
   */
  constructor(
    host: EventTarget,
    typed: TypedInput,
    session: () => Session | undefined,
    track: (work: Promise<void>) => void = () => undefined,
  ) {
    this.#host = host;
    this.#typed = typed;
    this.#session = session;
    this.#track = track;
  }

  /** A session begins (or none runs: `writer` undefined); a restored one is saved as it goes on. */
  begin(writer: DraftWriter | undefined, restored = false): void {
    this.#writer = writer;
    this.#dirty = restored;
    this.#view = undefined;
    this.#json = undefined;
  }

  /** The clinician answered: from now on the draft is saved. */
  answered(): void {
    this.#dirty = true;
  }

  /**
   * A view is shown (`arrived`: a page other than the last): the outcome
   * clears the draft when it is reached; every other view is saved.
   */
  shown(view: View, arrived: boolean): void {
    if (view !== this.#view) this.#json = undefined;
    this.#view = view;
    if (view.kind !== 'outcome') this.#save();
    else if (arrived) this.clear();
  }

  /** Something was typed: every keystroke goes into the draft, so that a crash mid-word loses nothing. */
  typed(): void {
    this.#dirty = true;
    this.#save();
  }

  /** Removes the draft (chained after any save in flight, so that it cannot bring the draft back); nothing is saved until the next answer. */
  clear(): Promise<void> {
    this.#dirty = false;
    const writer = this.#writer;
    return writer ? this.#write('Clearing', () => writer.clear()) : this.#writes;
  }

  /** Resolves once every write queued so far is done: a new session reads its draft only after them. */
  settled(): Promise<void> {
    return this.#writes;
  }

  /** Runs `work` once every write queued so far is done (a purge must come after them). */
  after(work: () => Promise<void>): Promise<void> {
    this.#dirty = false;
    return this.#write('Clearing', work);
  }

  #save(): void {
    const session = this.#session();
    const writer = this.#writer;
    if (!session || !writer || !this.#dirty) return;
    const typed = this.#typed.pending();
    let snapshot: string;
    try {
      snapshot = this.#snapshotJson(session);
    } catch (error) {
      report(this.#host, failure('Saving', error));
      return;
    }
    void this.#write('Saving', () => writer.save(snapshot, typed));
  }

  // Typing changes no session state, and every change of state shows a new view: one serialised
  // snapshot per view serves every keystroke saved on that page.
  #snapshotJson(session: Session): string {
    return (this.#json ??= JSON.stringify(session.snapshot()));
  }

  /** Queues a write; a refusal is reported. */
  #write(doing: 'Saving' | 'Clearing', write: () => Promise<void>): Promise<void> {
    this.#writes = this.#writes.then(async () => {
      try {
        await write();
      } catch (error) {
        report(this.#host, failure(doing, error));
      }
    });
    this.#track(this.#writes);
    return this.#writes;
  }
}

function failure(doing: 'Saving' | 'Clearing', error: unknown): CarewayErrorDetail {
  return problem('draft_storage_failed', `${doing} the draft failed: ${describeThrown(error)}`, 'warning');
}
