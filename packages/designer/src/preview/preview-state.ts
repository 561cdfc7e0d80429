import { createContext, useContext } from 'react';
import type { AnswerValue } from '../core.js';
import type { PreviewRun } from '../editor/preview/run.js';

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
