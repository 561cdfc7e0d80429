/**
 * The element's drafts (`draft-key`): the one place that decides when a
 * draft is saved (every page shown but the outcome, every keystroke), what it
 * holds (the session's snapshot and the text typed but not yet answered),
 * when it is cleared (on reaching the outcome), and how one is read back
 * when a session starts. The stored format is internal/drafts.ts's; whether
 * a snapshot still fits the pathway is core's call (`safeRestoreSession`).
 */
import {
  safeRestoreSession,
  type Pathway,
  type Session,
  type SnapshotErrorCode,
  type View,
} from '../../internal/core.js';
import {
  decodeDraft,
  defaultDraftStorage,
  draftStorageKey,
  encodeDraft,
  setAsideKey,
  type DraftRejection,
  type DraftStorage,
  type TypedText,
} from '../../internal/drafts.js';
import { describeThrown, problem, type CarewayErrorDetail } from '../../internal/errors.js';
import { report } from '../../internal/events.js';
import type { CarewayPathway } from './careway-pathway.js';
import type { TypedInput } from './typed.js';

/** What the controller needs of its element. */
export type DraftHost = EventTarget & Pick<CarewayPathway, 'draftKey' | 'draftStorage'>;

/**
 * Saves and clears the running session's draft as the clinician goes. The
 * element tells it what is shown and typed; it hooks no part of the host's
 * update, so it is not added to the host's controllers.
 */
export class DraftsController {
  readonly #host: DraftHost;
  readonly #typed: TypedInput;
  readonly #session: () => Session | undefined;
  /** Writes in order: a slow asynchronous store never lets an older draft overwrite a newer one. */
  #writes: Promise<void> = Promise.resolve();
  #view: View | undefined;
  /** The snapshot of the view shown, serialised. */
  #json: string | undefined;

  /** `typed`: the page's typed text; `session`: the running session, when there is one. */
  constructor(host: DraftHost, typed: TypedInput, session: () => Session | undefined) {
    this.#host = host;
    this.#typed = typed;
    this.#session = session;
  }

  /**
   * A view is shown (`arrived`: a page other than the last): the outcome
   * clears the draft when it is reached; every other view is saved.
   */
  shown(view: View, arrived: boolean): void {
    if (view !== this.#view) this.#json = undefined;
    this.#view = view;
    if (view.kind !== 'outcome') this.#save();
    else if (arrived) {
      const draftKey = this.#host.draftKey;
      // Chained after any save still in flight, so that it cannot bring the draft back.
      if (draftKey) this.#write('Clearing', (storage) => storage.removeItem(draftStorageKey(draftKey)));
    }
  }

  /** Something was typed: every keystroke goes into the draft, so that a crash mid-word loses nothing. */
  typed(): void {
    this.#save();
  }

  #save(): void {
    const session = this.#session();
    const draftKey = this.#host.draftKey;
    if (!session || !draftKey) return;
    const typed = this.#typed.pending();
    let snapshot: string;
    try {
      snapshot = this.#snapshotJson(session);
    } catch (error) {
      report(this.#host, failure('Saving', error));
      return;
    }
    this.#write('Saving', (storage) =>
      storage.setItem(draftStorageKey(draftKey), encodeDraft(snapshot, typed)),
    );
  }

  // Typing changes no session state, and every change of state shows a new view: one serialised
  // snapshot per view serves every keystroke saved on that page.
  #snapshotJson(session: Session): string {
    return (this.#json ??= JSON.stringify(session.snapshot()));
  }

  /** Queues a write to the host's storage as it is now (by default `localStorage`); a refusal is reported. */
  #write(doing: 'Saving' | 'Clearing', write: (storage: DraftStorage) => void | Promise<void>): void {
    const given = this.#host.draftStorage;
    this.#writes = this.#writes.then(async () => {
      const storage = given ?? defaultDraftStorage();
      if (!storage) return;
      try {
        await write(storage);
      } catch (error) {
        report(this.#host, failure(doing, error));
      }
    });
  }
}

function failure(doing: 'Saving' | 'Clearing', error: unknown): CarewayErrorDetail {
  return problem('draft_storage_failed', `${doing} the draft failed: ${describeThrown(error)}`, 'warning');
}

/** What reading the draft at the start of a session found. */
export interface Resumed {
  /** The session the draft resumes. */
  session?: Session;
  /** What happened to the stored draft, if there was one. */
  outcome?: 'restored' | DraftRejection;
  /** Text typed on the restored page but not yet answered when the draft was saved. */
  typed?: TypedText;
}

/** Why core refused a draft's snapshot, as the element words it. */
const REJECTIONS: Record<SnapshotErrorCode, DraftRejection> = {
  snapshot_invalid: 'corrupt',
  snapshot_pathway_mismatch: 'other_pathway',
  snapshot_version_mismatch: 'outdated',
  snapshot_fingerprint_mismatch: 'outdated',
};

/**
 * Reads the draft kept under `draftKey` for `pathway` and resumes its
 * session. A draft that cannot be resumed is set aside under its own key
 * (never deleted) and reported in `warnings`, as is a store that fails.
 */
export async function resumeDraft(
  given: DraftStorage | undefined,
  draftKey: string,
  pathway: Pathway,
  warnings: CarewayErrorDetail[],
): Promise<Resumed> {
  const storage = given ?? defaultDraftStorage();
  if (!storage) return {};
  const key = draftStorageKey(draftKey);
  let raw: string | null;
  try {
    raw = await storage.getItem(key);
  } catch (error) {
    warnings.push(
      problem(
        'draft_storage_failed',
        `Reading the draft "${key}" failed: ${describeThrown(error)}`,
        'warning',
      ),
    );
    return {};
  }
  const read = decodeDraft(raw, pathway.id);
  if (read.kind === 'none') return {};
  if (read.kind === 'ok') {
    const restored = safeRestoreSession(pathway, read.snapshot);
    if (restored.ok) return { session: restored.session, outcome: 'restored', typed: read.typed };
    const { code, message } = restored.error;
    return setAside(storage, draftKey, read.raw, REJECTIONS[code], message, warnings);
  }
  return setAside(storage, draftKey, read.raw, read.reason, read.detail, warnings);
}

async function setAside(
  storage: DraftStorage,
  draftKey: string,
  raw: string,
  reason: DraftRejection,
  detail: string,
  warnings: CarewayErrorDetail[],
): Promise<Resumed> {
  const aside = setAsideKey(draftKey);
  try {
    await storage.setItem(aside, raw);
    // Only once the copy is safely written is the original key freed.
    await storage.removeItem(draftStorageKey(draftKey));
    warnings.push(
      problem(
        `draft_${reason}`,
        `The saved draft could not be resumed (${detail}). It was kept under "${aside}".`,
        'warning',
        {
          setAsideKey: aside,
        },
      ),
    );
  } catch (error) {
    warnings.push(
      problem(
        'draft_storage_failed',
        `The saved draft could not be resumed (${detail}) and could not be set aside: ${describeThrown(error)}. It was left where it was.`,
        'warning',
      ),
    );
  }
  return { outcome: reason };
}
