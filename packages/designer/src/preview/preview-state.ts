import { createContext, useContext } from 'react';
import type { AnswerValue } from '../core.js';

/** What the live preview has done so far: the answers given and where they led. */
export interface PreviewRun {
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly context: Readonly<Record<string, unknown>>;
  /** Node ids visited, in order (the route so far). */
  readonly route: readonly string[];
  /** The node on screen now, if any. */
  readonly current?: string;
  /** The outcome reached, if any. */
  readonly outcome?: string;
}

/** An empty run. */
export const emptyRun: PreviewRun = { answers: {}, context: {}, route: [] };

/** The preview run and the way to start the preview afresh (optionally at a node). */
export interface PreviewApi {
  readonly run: PreviewRun;
  setRun(run: PreviewRun): void;
  /**
   * Asks the preview to restart, with answers that reach `nodeId` if given;
   * when no answers reach it, leaves the preview alone and sets `notice`.
   */
  restartAt(nodeId?: string): void;
  /** Bumped to restart the preview. */
  readonly restartKey: number;
  /** Answers to start the next preview with (empty for a plain restart). */
  readonly startAnswers: Readonly<Record<string, AnswerValue>>;
  /** Context facts to start the next preview with (none for a plain restart). */
  readonly startContext?: Readonly<Record<string, unknown>> | undefined;
  /** Why the last "Preview from here" could not start, for the author (absent when it could). */
  readonly notice?: { readonly nodeId: string; readonly message: string } | undefined;
  /** The node the next preview starts at, if one was chosen. */
  readonly startAt?: string | undefined;
}

/** @internal */
export const PreviewContext = createContext<PreviewApi | null>(null);

/** The live preview's run. */
export function usePreview(): PreviewApi {
  const api = useContext(PreviewContext);
  if (!api) throw new Error('usePreview is only available inside <PathwayDesigner>.');
  return api;
}

/** Canvas classes for the preview: the current node and the route taken (nodes and the edges between them). */
export function routeClasses(run: PreviewRun, edges: readonly { id: string; from: string; to: string }[]) {
  const nodes = new Map<string, string>();
  const edgeClasses = new Map<string, string>();
  run.route.forEach((id, i) => {
    nodes.set(id, id === run.current ? 'cw-current cw-visited' : 'cw-visited');
    const next = run.route[i + 1];
    if (next) {
      const edge = edges.find((e) => e.from === id && e.to === next);
      if (edge) edgeClasses.set(edge.id, 'cw-visited');
    }
  });
  if (run.current && !nodes.has(run.current)) nodes.set(run.current, 'cw-current');
  return { nodes, edges: edgeClasses };
}
