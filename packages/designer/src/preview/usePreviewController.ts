import { useCallback, useMemo, useState } from 'react';
import type { AnswerValue, Pathway } from '../core.js';
import type { RunTrace } from '../editor/checks/types.js';
import { emptyRun, type PreviewRun } from '../editor/preview/run.js';
import type { PreviewApi } from './preview-state.js';
import { previewStart } from '../editor/preview/witness.js';

/** A restart of the preview: bumped key, the answers and context to replay, and the node to stop at. */
interface Restart {
  readonly key: number;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly context: Readonly<Record<string, unknown>>;
  readonly at?: string;
}

type Trace = (
  doc: Pathway,
  answers: Readonly<Record<string, AnswerValue>>,
  context: Readonly<Record<string, unknown>>,
) => RunTrace;

/**
 * The preview's state and the way to restart it, optionally at a node: with
 * the answers of the preview's own run or a scenario that passes through it,
 * else answers core finds; when none reach the node, the preview stays as it
 * is and `notice` says why. `onStarted` runs when the preview restarts.
 */
export function usePreviewController(doc: Pathway, trace: Trace, onStarted: () => void): PreviewApi {
  const [run, setRun] = useState<PreviewRun>(emptyRun);
  const [restart, setRestart] = useState<Restart>({ key: 0, answers: {}, context: {} });
  const [notice, setNotice] = useState<PreviewApi['notice']>();
  const restartAt = useCallback(
    (nodeId?: string) => {
      const runs = [
        run,
        ...doc.scenarios.map((s) => ({
          answers: s.answers,
          context: s.context ?? {},
          route: trace(doc, s.answers, s.context ?? {}).route,
        })),
      ];
      const start = nodeId ? previewStart(doc, nodeId, runs) : { answers: {}, context: {} };
      if ('refusal' in start) {
        setNotice(nodeId ? { nodeId, message: start.refusal } : undefined);
        return;
      }
      setNotice(undefined);
      setRestart((r) => ({ key: r.key + 1, ...start, ...(nodeId ? { at: nodeId } : {}) }));
      setRun(emptyRun);
      onStarted();
    },
    [doc, run, trace, onStarted],
  );
  return useMemo<PreviewApi>(
    () => ({
      run,
      setRun,
      restartAt,
      restartKey: restart.key,
      startAnswers: restart.answers,
      startContext: restart.context,
      startAt: restart.at,
      notice,
    }),
    [run, restartAt, restart, notice],
  );
}
