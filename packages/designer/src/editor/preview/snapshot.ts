import { runPath, type AnswerValue, type Pathway, type SessionSnapshot } from '../../core.js';

/**
 * Where a clinician giving `answers` has got to in `doc`, as a session
 * snapshot: core's `runPath`, stopping at the first page none of whose
 * questions the answers give (or on arriving at `stopAt`). The preview hands
 * it to `<careway-pathway>` as a draft, so that editing the pathway keeps the
 * preview where it was, and "Preview from here" opens it at a chosen node.
 * `undefined` when the engine cannot run the pathway as it is.
 */
export function previewSnapshot(
  doc: Pathway,
  answers: Readonly<Record<string, AnswerValue>>,
  context: Readonly<Record<string, unknown>>,
  stopAt?: string,
): SessionSnapshot | undefined {
  try {
    return runPath(doc as never, {
      answers: { ...answers },
      context: { ...context },
      stopWhenUnanswered: true,
      ...(stopAt === undefined ? {} : { stopAt }),
    }).snapshot;
  } catch {
    return undefined;
  }
}
