/**
 * The editor store: the one place that holds the pathway being edited, its
 * history and the selection. Every change of the document goes through a
 * named command (or undo and redo of one). It is a plain store —
 * `subscribe` and `getSnapshot` — so React reads it with
 * `useSyncExternalStore`, and anything else (a test, a script) can drive it
 * with no framework at all.
 */
import type { Pathway } from '../core.js';
import type { Command } from './commands/command.js';
import { emptyHistory, execute, redo, undo, type History } from './commands/history.js';
import { noSelection, type Selection } from './selection.js';

/** What the store holds. Each change gives a new snapshot; parts that did not change keep their identity. */
export interface EditorState {
  readonly doc: Pathway;
  readonly history: History;
  readonly selection: Selection;
}

/** A new selection, or a function of the previous one. */
export type SelectionUpdate = Selection | ((previous: Selection) => Selection);

/** The editor store. Its methods need no `this`: pass them around as they are. */
export interface EditorStore {
  /** The current state (the same object until something changes). */
  getSnapshot(): EditorState;
  /** Calls `listener` after every change; returns the way to stop. */
  subscribe(listener: () => void): () => void;
  /** Applies a named command to the document and records it for undo; a command that changes nothing is not recorded. */
  run(cmd: Command): void;
  /** Steps back one command. */
  undo(): void;
  /** Re-applies the last undone command. */
  redo(): void;
  select(update: SelectionUpdate): void;
  /**
   * Opens another document (one that did not come from this store's
   * commands): its history starts afresh. Nothing happens for the document
   * the store already holds.
   */
  load(doc: Pathway): void;
}

/** Options of {@link createEditorStore}. */
export interface EditorStoreOptions {
  /** What is selected at first. */
  readonly selection?: Selection;
  /** The clock of the history (ms since the epoch), for coalescing edits. */
  readonly now?: () => number;
}

/**
 * Creates an editor store over `doc`.
 *
 * @example
 * ```ts
 * const store = createEditorStore(pathway);
 * store.subscribe(() => save(store.getSnapshot().doc));
 * store.run(addNode(stepModel.create(pathway), { x: 0, y: 0 }));
 * store.undo();
 * ```
 */
export function createEditorStore(doc: Pathway, options: EditorStoreOptions = {}): EditorStore {
  let state: EditorState = { doc, history: emptyHistory, selection: options.selection ?? noSelection };
  const listeners = new Set<() => void>();
  const now = options.now ?? Date.now;
  const set = (next: EditorState) => {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const step = (moved: { doc: Pathway; history: History } | undefined) => {
    if (moved && (moved.doc !== state.doc || moved.history !== state.history))
      set({ ...state, doc: moved.doc, history: moved.history });
  };
  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    run: (cmd) => step(execute(state.history, state.doc, cmd, now())),
    undo: () => step(undo(state.history)),
    redo: () => step(redo(state.history)),
    select(update) {
      const selection = typeof update === 'function' ? update(state.selection) : update;
      if (selection !== state.selection) set({ ...state, selection });
    },
    load(next) {
      if (next !== state.doc) set({ ...state, doc: next, history: emptyHistory });
    },
  };
}
