import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Pathway } from '../core.js';
import type { Command } from '../editor/commands/command.js';
import {
  emptyHistory,
  execute,
  redo as redoStep,
  undo as undoStep,
  type History,
} from '../editor/commands/history.js';

interface StackState {
  readonly history: History;
  readonly doc: Pathway;
}

/**
 * Runs commands over a controlled pathway value: each command is applied to
 * the latest document, recorded for undo/redo, and the result handed to
 * `onChange`. A `value` that did not come from this stack (another pathway
 * was opened) starts a fresh history.
 */
export function useCommandStack(value: Pathway, onChange: (next: Pathway) => void) {
  const [state, setState] = useState<StackState>({ history: emptyHistory, doc: value });
  let current = state;
  if (value !== state.doc) {
    current = { history: emptyHistory, doc: value };
    setState(current);
  }
  const ref = useRef(current);
  useLayoutEffect(() => {
    ref.current = current;
  });
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  const commit = useCallback((next: StackState) => {
    const changed = next.doc !== ref.current.doc;
    ref.current = next;
    setState(next);
    if (changed) onChangeRef.current(next.doc);
  }, []);

  const run = useCallback(
    (cmd: Command) => {
      const next = execute(ref.current.history, ref.current.doc, cmd);
      if (next.doc !== ref.current.doc) commit(next);
    },
    [commit],
  );
  const undo = useCallback(() => {
    const step = undoStep(ref.current.history);
    if (step) commit(step);
  }, [commit]);
  const redo = useCallback(() => {
    const step = redoStep(ref.current.history);
    if (step) commit(step);
  }, [commit]);

  return { doc: current.doc, history: current.history, run, undo, redo };
}
