import { createContext, useContext } from 'react';
import type { Pathway } from '../core.js';
import type { Command } from '../editor/commands/command.js';
import type { History } from '../editor/commands/history.js';
import type { Selection } from '../editor/selection.js';

/** The document and the one way to change it. */
export interface DocApi {
  readonly doc: Pathway;
  /** Applies a named command through the command stack. */
  run(cmd: Command): void;
}

/** Undo, redo and the audit list. */
export interface HistoryApi {
  readonly history: History;
  undo(): void;
  redo(): void;
}

/** What is selected, and asking the canvas to show a node. */
export interface SelectionApi {
  readonly selection: Selection;
  select(selection: Selection | ((previous: Selection) => Selection)): void;
  /** Selects a node and frames it on the canvas. */
  reveal(nodeId: string): void;
}

/** @internal */
export const DocContext = createContext<DocApi | null>(null);
/** @internal */
export const HistoryContext = createContext<HistoryApi | null>(null);
/** @internal */
export const SelectionContext = createContext<SelectionApi | null>(null);
/** @internal The `select` function alone: stable, so that canvas edges can use it without re-rendering. */
export const SelectContext = createContext<SelectionApi['select'] | null>(null);

function need<T>(value: T | null, name: string): T {
  if (value === null) throw new Error(`${name} is only available inside <PathwayDesigner>.`);
  return value;
}

/** The pathway document and `run(command)`. */
export function useDoc(): DocApi {
  return need(useContext(DocContext), 'useDoc');
}

/** Undo, redo and the history of commands. */
export function useHistory(): HistoryApi {
  return need(useContext(HistoryContext), 'useHistory');
}

/** The selection of the canvas. */
export function useSelection(): SelectionApi {
  return need(useContext(SelectionContext), 'useSelection');
}

/** Only the stable `select` function (for components drawn many times, such as edges). */
export function useSelect(): SelectionApi['select'] {
  return need(useContext(SelectContext), 'useSelect');
}
