import type { AnswerValue } from '../core.js';

interface Snapshotting {
  snapshot?: () => { state?: { answers?: Record<string, AnswerValue> } } | undefined;
  value?: unknown;
}

/**
 * The answers given so far in the preview element: from its snapshot when it
 * offers one, otherwise gathered from the `careway-change` and
 * `careway-complete` event details.
 */
export function readAnswers(
  el: HTMLElement,
  event: Event,
  previous: Record<string, AnswerValue>,
): Record<string, AnswerValue> {
  try {
    const snap = (el as Snapshotting).snapshot?.();
    const answers = snap?.state?.answers;
    if (answers && typeof answers === 'object') return { ...answers };
  } catch {
    // an element that cannot snapshot yet: read the events instead
  }
  const detail = (event as CustomEvent<Record<string, unknown> | undefined>).detail;
  if (!detail) return previous;
  if (typeof detail['fieldId'] === 'string') {
    const id = detail['fieldId'];
    const rest = Object.fromEntries(Object.entries(previous).filter(([key]) => key !== id));
    return detail['value'] === undefined ? rest : { ...rest, [id]: detail['value'] as AnswerValue };
  }
  const answers = detail['answers'];
  if (Array.isArray(answers)) {
    const next: Record<string, AnswerValue> = {};
    for (const a of answers as { fieldId?: string; value?: AnswerValue }[])
      if (a.fieldId && a.value !== undefined) next[a.fieldId] = a.value;
    return next;
  }
  if (answers && typeof answers === 'object') return { ...(answers as Record<string, AnswerValue>) };
  return previous;
}
