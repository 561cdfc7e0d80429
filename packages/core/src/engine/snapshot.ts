/**
 * Resuming saved sessions. A snapshot resumes only on the pathway, version
 * and content it was taken on — a resumed session keeps the pathway it
 * began with — unless the caller asks to migrate it, in which case the
 * answers to fields that still exist are replayed from the start.
 */
import { currentNode, type EngineContext } from './advance.js';
import { stateProblems } from './check-state.js';
import type { Pathway } from './doc.js';
import * as op from './operations.js';
import { clonePlain, contextOf, initialState, restoredSession, sessionOf, type Session } from './session.js';
import {
  SnapshotError,
  type MigrationReport,
  type PathwayStamp,
  type RestoreOptions,
  type SafeRestoreResult,
} from './snapshot-types.js';
import type { SessionState } from './types.js';
import type { EngineState } from './state.js';
import { hasAnswerShape, parseIsoDate } from './values.js';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Resumes a saved session. Throws a {@link SnapshotError} (with a stable
 * `code`) when the snapshot is malformed or belongs to another pathway,
 * version or content; see {@link safeRestoreSession} for a non-throwing form.
 */
export function restoreSession(pathway: Pathway, snapshot: unknown, options: RestoreOptions = {}): Session {
  const ctx = contextOf(pathway, options.now);
  const c = ctx.compiled;
  if (!isRec(snapshot) || snapshot.format !== 'careway-session') {
    throw new SnapshotError('snapshot_invalid', 'This is not a saved Careway session.');
  }
  if (snapshot.version !== 1) {
    throw new SnapshotError(
      'snapshot_invalid',
      `Saved sessions of format version ${String(snapshot.version)} cannot be read.`,
    );
  }
  const stamp = snapshot.pathway;
  if (
    !isRec(stamp) ||
    typeof stamp.id !== 'string' ||
    typeof stamp.version !== 'string' ||
    typeof stamp.fingerprint !== 'string'
  ) {
    throw new SnapshotError(
      'snapshot_invalid',
      'The saved session does not say which pathway it belongs to.',
    );
  }
  const from: PathwayStamp = { id: stamp.id, version: stamp.version, fingerprint: stamp.fingerprint };
  const to: PathwayStamp = { id: pathway.id, version: pathway.version, fingerprint: c.fingerprint() };
  if (from.id !== to.id) {
    throw new SnapshotError(
      'snapshot_pathway_mismatch',
      `This saved session belongs to the pathway “${from.id}”, not “${to.id}”.`,
    );
  }
  const migrate = options.allowVersionChange === true;
  if (from.version !== to.version && !migrate) {
    throw new SnapshotError(
      'snapshot_version_mismatch',
      `This saved session was started on version ${from.version} of “${to.id}”; this is version ${to.version}. Resume it with version ${from.version}, or allow the version change to carry the answers over.`,
    );
  }
  if (from.version === to.version && from.fingerprint !== to.fingerprint && !migrate) {
    throw new SnapshotError(
      'snapshot_fingerprint_mismatch',
      `The content of “${to.id}” version ${to.version} has changed since this session was saved (its fingerprint differs). Resume it with the original document, or allow the change to carry the answers over.`,
    );
  }
  if (from.fingerprint === to.fingerprint) {
    const problems = stateProblems(c, snapshot.state);
    if (problems.length > 0) {
      throw new SnapshotError(
        'snapshot_invalid',
        'The saved session is damaged and cannot be resumed.',
        problems,
      );
    }
    return restoredSession(ctx, clonePlain(snapshot.state) as SessionState);
  }
  return migrated(ctx, snapshot.state, from, to);
}

/** {@link restoreSession} without throwing. */
export function safeRestoreSession(
  pathway: Pathway,
  snapshot: unknown,
  options: RestoreOptions = {},
): SafeRestoreResult<Session> {
  try {
    return { ok: true, session: restoreSession(pathway, snapshot, options) };
  } catch (error) {
    if (error instanceof SnapshotError) return { ok: false, error };
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: new SnapshotError('snapshot_invalid', `The saved session cannot be resumed: ${message}`),
    };
  }
}

/** Carries the answers of an old session over to another version and replays the route. */
function migrated(ctx: EngineContext, old: unknown, from: PathwayStamp, to: PathwayStamp): Session {
  const c = ctx.compiled;
  if (!isRec(old) || !isRec(old.answers)) {
    throw new SnapshotError('snapshot_invalid', 'The saved session has no answers to carry over.', [
      'state.answers',
    ]);
  }
  const report: MigrationReport = { from, to, kept: [], dropped: [] };
  const answers: SessionState['answers'] = {};
  for (const [fieldId, value] of Object.entries(old.answers)) {
    const entry = c.fields.get(fieldId);
    if (!entry) report.dropped.push({ fieldId, reason: 'field_removed' });
    else if (!hasAnswerShape(entry.field, value)) report.dropped.push({ fieldId, reason: 'type_changed' });
    else {
      answers[fieldId] = clonePlain(value);
      report.kept.push(fieldId);
    }
  }
  const today =
    typeof old.today === 'string' && old.todayFixed === true && parseIsoDate(old.today)
      ? old.today
      : undefined;
  const context = isRec(old.context) ? old.context : {};
  let s = initialState(ctx, today === undefined ? { context } : { context, today }, answers);
  if (typeof old.startedAt === 'string') s = { ...s, startedAt: old.startedAt };
  s = replay(ctx, s);
  return sessionOf(ctx, s, report);
}

/** Passes every page whose answers are complete and valid, stopping at the first that is not. */
function replay(ctx: EngineContext, start: EngineState): EngineState {
  let s = start;
  for (let guard = ctx.compiled.nodes.size * 2 + 2; guard > 0 && s.phase === 'page'; guard--) {
    const before = s.route.length;
    const moved = op.next(ctx, s);
    if (moved.phase === 'page' && moved.route.length === before) return { ...s, notices: [] };
    if (moved.phase !== 'page' && currentNode(ctx.compiled, moved)?.kind !== 'outcome')
      return { ...s, notices: [] };
    s = moved;
  }
  return s;
}
