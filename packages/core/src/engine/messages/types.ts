/**
 * The engine's message tables: one per language, keyed by the codes of
 * `ENGINE_ISSUE_CODES`. A table that lacks a code does not compile, so the
 * languages cannot drift apart.
 */
import type { IssueParams } from '../../issues/issue.js';
import type { AnswerIssueCode, EngineIssueCode } from '../codes.js';
import type { Field } from '../doc.js';

/** The values a message is worded from: an issue's `params`. */
export type MessageParams = IssueParams;

/** The question a message is about, as the reader sees it (translated in Welsh). */
export type MessageField = Pick<Field, 'label' | 'type'>;

/** One code's wording: the question it concerns (when it has one) and the issue's params. */
export type Wording = (field: MessageField | undefined, params: MessageParams) => string;

/**
 * The words for every code a clinician reads: an answer's checks, but for
 * `validation_failed`, whose message is the pathway's own (translated with
 * the pathway). Every language the runtime speaks has all of them.
 */
export type AnswerMessages = { readonly [C in Exclude<AnswerIssueCode, 'validation_failed'>]: Wording };

/** The English words for every engine code: the answers' checks and the developer's notices. */
export type EngineMessages = AnswerMessages & {
  readonly [C in Exclude<EngineIssueCode, AnswerIssueCode>]: Wording;
};

/** The question's label without its closing `?`, `:` or `.`. */
export function bareLabel(field: MessageField | undefined): string {
  return (field?.label ?? '')
    .trim()
    .replace(/[?:.]\s*$/, '')
    .trim();
}
