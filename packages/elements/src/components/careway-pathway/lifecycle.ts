/**
 * Getting a session running: the document (given, or fetched and verified),
 * validated by core, translated, the session created or resumed from a draft.
 * Every failure comes back as data; nothing here throws.
 */
import {
  createSession,
  restoreSession,
  validatePathway,
  type Pathway,
  type Session,
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
import { loadPathway } from '../../internal/loader.js';

/** What the element passes in. */
export interface StartOptions {
  pathway: Pathway | undefined;
  src: string | undefined;
  integrity: string | undefined;
  context: unknown;
  today: string | undefined;
  draftKey: string | undefined;
  draftStorage: DraftStorage | undefined;
  signal: AbortSignal;
}

/** A running session, or why there is none; warnings either way. */
export type Started =
  | {
      ok: true;
      session: Session;
      /** The pathway as published: the session runs on it. */
      source: Pathway;
      view: View;
      /** What happened to a stored draft, if there was one. */
      draft?: 'restored' | DraftRejection;
      /** Text typed on the restored page but not yet answered when the draft was saved. */
      typed?: TypedText;
      warnings: CarewayErrorDetail[];
    }
  | { ok: false; problem: CarewayErrorDetail; warnings: CarewayErrorDetail[] };

const DRAFT_CODES: Record<DraftRejection, CarewayErrorDetail['code']> = {
  corrupt: 'draft_corrupt',
  outdated: 'draft_outdated',
  other: 'draft_other_pathway',
};

/** Loads, checks and starts (or resumes) a session. */
export async function startSession(options: StartOptions): Promise<Started> {
  const warnings: CarewayErrorDetail[] = [];
  let document: unknown = options.pathway;
  if (document === undefined && options.src) {
    const loaded = await loadPathway(options.src, options.integrity || undefined, options.signal);
    if (!loaded.ok) return { ok: false, problem: loaded.problem, warnings };
    document = loaded.json;
  }
  const valid = validatePathway(document);
  if (!valid.ok) {
    const listed = valid.issues.slice(0, 5).map((i) => i.message);
    return {
      ok: false,
      problem: problem(
        'invalid_pathway',
        `The pathway is not valid: ${listed.join(' ')}${valid.issues.length > 5 ? ` (and ${valid.issues.length - 5} more)` : ''}`,
        'error',
        { issues: valid.issues },
      ),
      warnings,
    };
  }
  const context = options.context;
  if (context !== undefined && (typeof context !== 'object' || context === null || Array.isArray(context))) {
    return {
      ok: false,
      problem: problem(
        'invalid_context',
        `context must be an object of facts, e.g. { age: 67 }; got ${describeThrown(context)}.`,
      ),
      warnings,
    };
  }
  const source = valid.pathway;
  const sessionOptions = {
    ...(context ? { context: context as Record<string, unknown> } : {}),
    ...(options.today ? { today: options.today } : {}),
  };
  let session = createSession(source, sessionOptions);
  warnings.push(...contextWarnings(session.view()));

  let draft: 'restored' | DraftRejection | undefined;
  let typed: TypedText | undefined;
  if (options.draftKey) {
    const resumed = await resumeDraft(options.draftStorage, options.draftKey, source, warnings);
    if (options.signal.aborted)
      return { ok: false, problem: problem('fetch_failed', 'Superseded.'), warnings };
    if (resumed.session) session = resumed.session;
    draft = resumed.outcome;
    typed = resumed.typed;
  }
  return {
    ok: true,
    session,
    source,
    view: session.view(),
    ...(draft ? { draft } : {}),
    ...(typed ? { typed } : {}),
    warnings,
  };
}

/** Facts the engine set aside because they were not of the declared type. */
function contextWarnings(view: View): CarewayErrorDetail[] {
  const invalid = view.errors.filter((e) => e.code === 'context_invalid');
  return invalid.length
    ? [
        problem('invalid_context', invalid.map((e) => e.message).join(' '), 'warning', {
          issues: invalid,
        }),
      ]
    : [];
}

function storageOf(storage: DraftStorage | undefined): DraftStorage | undefined {
  return storage ?? defaultDraftStorage();
}

async function resumeDraft(
  given: DraftStorage | undefined,
  draftKey: string,
  pathway: Pathway,
  warnings: CarewayErrorDetail[],
): Promise<{ session?: Session; outcome?: 'restored' | DraftRejection; typed?: TypedText }> {
  const storage = storageOf(given);
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
    try {
      return { session: restoreSession(pathway, read.snapshot), outcome: 'restored', typed: read.typed };
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const reason: DraftRejection =
        code === 'snapshot_version_mismatch' || code === 'snapshot_fingerprint_mismatch'
          ? 'outdated'
          : code === 'snapshot_pathway_mismatch'
            ? 'other'
            : 'corrupt';
      return setAside(storage, draftKey, read.raw, reason, describeThrown(error), warnings);
    }
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
): Promise<{ outcome: DraftRejection }> {
  const aside = setAsideKey(draftKey);
  try {
    await storage.setItem(aside, raw);
    // Only once the copy is safely written is the original key freed.
    await storage.removeItem(draftStorageKey(draftKey));
    warnings.push(
      problem(
        DRAFT_CODES[reason],
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

/** Saves a session's snapshot (as JSON text); resolves to a problem when storage refused. */
export async function saveDraft(
  given: DraftStorage | undefined,
  draftKey: string,
  snapshotJson: string,
  typed: TypedText = {},
): Promise<CarewayErrorDetail | undefined> {
  const storage = storageOf(given);
  if (!storage) return undefined;
  try {
    await storage.setItem(draftStorageKey(draftKey), encodeDraft(snapshotJson, typed));
    return undefined;
  } catch (error) {
    return problem('draft_storage_failed', `Saving the draft failed: ${describeThrown(error)}`, 'warning');
  }
}

/** Removes the draft once the pathway is complete. */
export async function clearDraft(
  given: DraftStorage | undefined,
  draftKey: string,
): Promise<CarewayErrorDetail | undefined> {
  const storage = storageOf(given);
  if (!storage) return undefined;
  try {
    await storage.removeItem(draftStorageKey(draftKey));
    return undefined;
  } catch (error) {
    return problem('draft_storage_failed', `Clearing the draft failed: ${describeThrown(error)}`, 'warning');
  }
}
