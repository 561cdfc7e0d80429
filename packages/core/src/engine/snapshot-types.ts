/** The saved form of a session and the errors of restoring one. */
import type { SessionState } from './types.js';

/** Which pathway (and exact content) a snapshot was taken on. */
export interface PathwayStamp {
  id: string;
  version: string;
  fingerprint: string;
}

/** A saved session: plain JSON, safe to store anywhere. */
export interface SessionSnapshot {
  format: 'careway-session';
  version: 1;
  pathway: PathwayStamp;
  state: SessionState;
  /** ISO timestamp of the snapshot. */
  savedAt: string;
}

/** Why a snapshot was refused. */
export type SnapshotErrorCode =
  | 'snapshot_invalid'
  | 'snapshot_pathway_mismatch'
  | 'snapshot_version_mismatch'
  | 'snapshot_fingerprint_mismatch';

/**
 * A refused restore. `code` is stable; `message` says what to do;
 * `problems` lists what was wrong with a malformed snapshot.
 */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
  readonly code: SnapshotErrorCode;
  readonly problems: string[];
  constructor(code: SnapshotErrorCode, message: string, problems: string[] = []) {
    super(message);
    this.code = code;
    this.problems = problems;
  }
}

/** What a restore across a pathway change kept and dropped. */
export interface MigrationReport {
  from: PathwayStamp;
  to: PathwayStamp;
  /** Field ids whose answers were kept. */
  kept: string[];
  /** Answers that could not be kept, and why. */
  dropped: { fieldId: string; reason: 'field_removed' | 'type_changed' }[];
}

/** Options of {@link restoreSession}. */
export interface RestoreOptions {
  /**
   * Accept a snapshot of another version (or content) of the same pathway:
   * answers to fields that still exist are kept, the rest reported in
   * `session.migration`, and the route is replayed from the start.
   */
  allowVersionChange?: boolean;
  /** The clock (default: `new Date()`). */
  now?: () => Date;
}

/** The outcome of {@link safeRestoreSession}. */
export type SafeRestoreResult<S> = { ok: true; session: S } | { ok: false; error: SnapshotError };
