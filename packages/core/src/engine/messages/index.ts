/**
 * Wording the engine's issues: the engine words every issue in English as
 * it makes it, keeping the values it was worded from (`params`), so that the
 * runtime can word the same issue again in the reader's language.
 */
import { issue, type Issue } from '../../issues/issue.js';
import type { EngineIssueCode } from '../codes.js';
import type { Field } from '../doc.js';
import { EN } from './en.js';
import type { AnswerMessages, MessageParams, Wording } from './types.js';

export { EN as ENGINE_MESSAGES_EN, subjectOf } from './en.js';
export type { AnswerMessages, EngineMessages, MessageField, MessageParams, Wording } from './types.js';

/** The engine's notices about how a session was set up; the rest stop an answer or a move. */
const WARNINGS: ReadonlySet<EngineIssueCode> = new Set([
  'context_ignored',
  'context_invalid',
  'invalid_today',
]);

/**
 * An engine issue about `field` (if any), worded in English from `params`.
 * `validation_failed` carries the pathway rule's own message instead.
 */
export function engineIssue(
  code: EngineIssueCode,
  field: Field | undefined,
  params: MessageParams = {},
  place: { nodeId?: string | undefined; rule?: string | undefined; message?: string } = {},
): Issue<EngineIssueCode> {
  const { message, ...where } = place;
  const words = message ?? (code === 'validation_failed' ? '' : EN[code](field, params));
  return issue(code, [], words, WARNINGS.has(code) ? 'warning' : 'error', {
    fieldId: field?.id,
    ...where,
    params: Object.keys(params).length > 0 ? params : undefined,
  });
}

/**
 * The issue worded from `table` (e.g. the Welsh one), about `field` as the
 * reader sees it; a code the table does not word (a developer's notice)
 * keeps its English. A failed validation rule takes the message of the same
 * rule (`params.index`) in `field`'s own validations: the pathway's
 * translation.
 *
 * @example
 * view.errors.map((e) => wordIssue(e, WELSH, translatedFields.get(e.fieldId ?? '')));
 */
export function wordIssue<I extends Issue>(issue: I, table: AnswerMessages, field?: Field): I {
  const params = issue.params ?? {};
  if (issue.code === 'validation_failed') {
    const at = params['index'];
    const own =
      typeof at === 'number' && field?.type !== 'display' ? field?.validations?.[at]?.message : undefined;
    return own ? { ...issue, message: own } : issue;
  }
  const words = (table as Partial<Record<string, Wording>>)[issue.code];
  return words ? { ...issue, message: words(field, params) } : issue;
}
