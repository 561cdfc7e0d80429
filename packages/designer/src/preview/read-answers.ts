import type { CarewayChangeDetail, CarewayCompleteDetail, CarewayPathway } from '@careway/elements';
import type { AnswerValue } from '../core.js';

/** Answers by field id. */
export type Answers = Record<string, AnswerValue>;

/**
 * The answers in the preview element's session now, from its snapshot;
 * `undefined` while it has no session (still loading, or refused the pathway).
 */
export function sessionAnswers(el: CarewayPathway | null): Answers | undefined {
  const answers = el?.snapshot()?.state.answers;
  return answers ? { ...answers } : undefined;
}

/** The answers after a `careway-change`: the field's new value, or none when it was cleared. */
export function answersAfterChange(previous: Readonly<Answers>, detail: CarewayChangeDetail): Answers {
  const { [detail.fieldId]: _old, ...rest } = previous;
  return detail.value === undefined ? rest : { ...rest, [detail.fieldId]: detail.value };
}

/** The answers a `careway-complete` reports: every answer on the route taken. */
export function completedAnswers(detail: CarewayCompleteDetail): Answers {
  return Object.fromEntries(detail.answers.map((a) => [a.fieldId, a.value]));
}
