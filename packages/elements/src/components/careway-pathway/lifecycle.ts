/**
 * Getting a session running: the document (given, or fetched and verified),
 * validated by core, translated, the session created or resumed from a draft.
 * Every failure comes back as data; nothing here throws.
 */
import {
  andMore,
  createSession,
  safeParsePathway,
  shortlist,
  type Pathway,
  type SafeParseResult,
  type Session,
  type View,
} from '../../internal/core.js';
import type { DraftWriter } from '../../internal/draft-store.js';
import {
  loadDrafts,
  type DraftRejection,
  type DraftSecret,
  type DraftStorage,
  type TypedText,
} from '../../internal/drafts.js';
import { describeThrown, problem, type CarewayErrorDetail } from '../../internal/errors.js';
import { expressionProblem } from '../../internal/expressions.js';
import { loadPathway } from '../../internal/loader.js';

/** What the element passes in: its own properties, read when the start begins. */
export interface StartOptions {
  pathway: Pathway | undefined;
  src: string | undefined;
  integrity: string | undefined;
  context: unknown;
  today: string | undefined;
  draftKey: string | undefined;
  draftStorage: DraftStorage | undefined;
  draftSecret: DraftSecret | undefined;
  draftTtl: unknown;
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
      /** Saves this session's draft; none without `draft-key` or when drafts are off for this session. */
      writer?: DraftWriter;
      /** Text typed on the restored page but not yet answered when the draft was saved. */
      typed?: TypedText;
      warnings: CarewayErrorDetail[];
    }
  | { ok: false; problem: CarewayErrorDetail; warnings: CarewayErrorDetail[] };

/** Loads, checks and starts (or resumes) a session; `signal` aborts the fetch. */
export async function startSession(options: StartOptions, signal: AbortSignal): Promise<Started> {
  // Read now: what changes while the pathway loads starts another session (or, for the storage, is
  // read by the next save).
  const { src, context, today, draftKey, draftStorage, draftSecret, draftTtl } = options;
  const warnings: CarewayErrorDetail[] = [];
  let valid: SafeParseResult;
  if (options.pathway === undefined && src) {
    const loaded = await loadPathway(src, options.integrity || undefined, signal);
    if (!loaded.ok) return { ok: false, problem: loaded.problem, warnings };
    valid = loaded.read;
  } else valid = safeParsePathway(options.pathway);
  if (!valid.ok) {
    const { shown, more } = shortlist(valid.issues, 5);
    const listed = [...shown.map((i) => i.message), ...(more > 0 ? [andMore(more)] : [])];
    return {
      ok: false,
      problem: problem('invalid_pathway', `The pathway is not valid: ${listed.join(' ')}`, 'error', {
        issues: valid.issues,
      }),
      warnings,
    };
  }
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
  // A document pinned by integrity is the one `careway publish` wrote, and publish refuses any with an
  // expression that cannot be read; every other document is read here, before anything runs.
  if (options.pathway || !options.integrity) {
    const unreadable = await expressionProblem(source);
    if (unreadable) return { ok: false, problem: unreadable, warnings };
  }
  const sessionOptions = {
    ...(context ? { context: context as Record<string, unknown> } : {}),
    ...(today ? { today } : {}),
  };
  let session = createSession(source, sessionOptions);
  warnings.push(...contextWarnings(session.view()));

  let draft: 'restored' | DraftRejection | undefined;
  let typed: TypedText | undefined;
  let writer: DraftWriter | undefined;
  if (draftKey) {
    let drafts: Awaited<ReturnType<typeof loadDrafts>> | undefined;
    try {
      drafts = await loadDrafts();
    } catch (error) {
      warnings.push(
        problem(
          'draft_unavailable',
          `Drafts are off: their module could not be loaded from beside careway.js (${describeThrown(error)}); serve every file of dist/ together.`,
          'warning',
        ),
      );
    }
    const opened = await drafts?.openDraft({
      storage: draftStorage,
      draftKey,
      secret: draftSecret,
      ttl: draftTtl,
      context,
      pathway: source,
      warnings,
    });
    if (signal.aborted) return { ok: false, problem: problem('fetch_failed', 'Superseded.'), warnings };
    if (opened?.session) session = opened.session;
    draft = opened?.outcome;
    typed = opened?.typed;
    writer = opened?.writer;
  }
  return {
    ok: true,
    session,
    source,
    view: session.view(),
    ...(draft ? { draft } : {}),
    ...(typed ? { typed } : {}),
    ...(writer ? { writer } : {}),
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
