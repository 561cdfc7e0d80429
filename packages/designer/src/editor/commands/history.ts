import type { Pathway } from '../../core.js';
import type { Command } from './command.js';

/** One applied command, with the documents before and after it (the audit entry). */
export interface HistoryEntry {
  readonly name: string;
  readonly label: string;
  readonly clinical: boolean;
  readonly coalesceKey?: string;
  /** When the edit was made (ms since the epoch); coalesced edits keep the latest time. */
  readonly at: number;
  readonly before: Pathway;
  readonly after: Pathway;
}

/** Undo and redo stacks: `past` oldest first, `future` next-to-redo first. */
export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

/** An empty history. */
export const emptyHistory: History = { past: [], future: [] };

/** Edits to the same thing closer together than this merge into one undo step. */
export const COALESCE_MS = 1200;
const LIMIT = 300;

/**
 * Applies `cmd` to `doc` and records it. Returns the same history and document
 * when the command changes nothing (a refused or empty edit is not an edit).
 */
export function execute(
  history: History,
  doc: Pathway,
  cmd: Command,
  now = Date.now(),
): { history: History; doc: Pathway } {
  const after = cmd.apply(doc);
  if (after === doc) return { history, doc };
  const last = history.past.at(-1);
  if (
    last &&
    cmd.coalesceKey &&
    last.coalesceKey === cmd.coalesceKey &&
    last.after === doc &&
    now - last.at < COALESCE_MS
  ) {
    return {
      history: { past: [...history.past.slice(0, -1), { ...last, after, at: now }], future: [] },
      doc: after,
    };
  }
  const entry: HistoryEntry = {
    name: cmd.name,
    label: cmd.label,
    clinical: cmd.clinical,
    at: now,
    before: doc,
    after,
    ...(cmd.coalesceKey ? { coalesceKey: cmd.coalesceKey } : {}),
  };
  return { history: { past: [...history.past, entry].slice(-LIMIT), future: [] }, doc: after };
}

/** Steps back one command; `undefined` when there is nothing to undo. */
export function undo(history: History): { history: History; doc: Pathway; entry: HistoryEntry } | undefined {
  const entry = history.past.at(-1);
  if (!entry) return undefined;
  return {
    history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
    doc: entry.before,
    entry,
  };
}

/** Re-applies the last undone command; `undefined` when there is nothing to redo. */
export function redo(history: History): { history: History; doc: Pathway; entry: HistoryEntry } | undefined {
  const entry = history.future[0];
  if (!entry) return undefined;
  return {
    history: { past: [...history.past, entry], future: history.future.slice(1) },
    doc: entry.after,
    entry,
  };
}
