import { useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Pathway } from '../core.js';
import { emptyHistory } from '../editor/commands/history.js';
import {
  createEditorStore,
  type EditorState,
  type EditorStore,
  type EditorStoreOptions,
} from '../editor/store.js';

/** The state of an editor store, kept current in React (`useSyncExternalStore`). */
export function useEditorState(store: EditorStore): EditorState {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** An editor store made once for the component's life, and its state. */
export function useOwnEditorStore(
  doc: Pathway,
  options?: EditorStoreOptions,
): { store: EditorStore; state: EditorState } {
  const [store] = useState(() => createEditorStore(doc, options));
  return { store, state: useEditorState(store) };
}

/**
 * An editor store over a controlled pathway value: every change the store
 * makes to the document (a command, an undo, a redo) is handed to
 * `onChange`, and a `value` that did not come from the store (another
 * pathway was opened, or the host kept the old one) is loaded into it with
 * a fresh history. The render that brings such a value already shows it.
 */
export function useControlledEditorStore(
  value: Pathway,
  onChange: (next: Pathway) => void,
): { store: EditorStore; state: EditorState } {
  const { store, state: held } = useOwnEditorStore(value);
  const latest = useRef({ value, onChange });
  useLayoutEffect(() => {
    let last = store.getSnapshot().doc;
    return store.subscribe(() => {
      const { doc } = store.getSnapshot();
      if (doc === last) return;
      last = doc;
      if (doc !== latest.current.value) latest.current.onChange(doc);
    });
  }, [store]);
  useLayoutEffect(() => {
    latest.current = { value, onChange };
    store.load(value);
  });
  const state = useMemo(
    () => (held.doc === value ? held : { ...held, doc: value, history: emptyHistory }),
    [held, value],
  );
  return { store, state };
}
