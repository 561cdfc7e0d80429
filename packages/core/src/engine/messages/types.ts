/**
 * The engine's message tables: one per language, keyed by the codes of
 * `ENGINE_ISSUE_CODES`. A table that lacks a code does not compile, so the
 * languages cannot drift apart.
 */
import type { IssueParams } from '../../issues/issue.js';
import type { EngineIssueCode } from '../codes.js';
import type { Field } from '../doc.js';

/** The values a message is worded from: an issue's `params`. */
export type MessageParams = IssueParams;

/** The question a message is about, as the reader sees it (translated in Welsh). */
export type MessageField = Pick<Field, 'label' | 'type'>;

/** One code's wording: the question it concerns (when it has one) and the issue's params. */
export type Wording = (field: MessageField | undefined, params: MessageParams) => string;

/**
 * A language's words for every engine code but `validation_failed`, whose
 * message is the pathway's own (translated with the pathway).
 */
export type EngineMessages = { readonly [C in Exclude<EngineIssueCode, 'validation_failed'>]: Wording };

/** The question's label without its closing `?`, `:` or `.`. */
export function bareLabel(field: MessageField | undefined): string {
  return (field?.label ?? '')
    .trim()
    .replace(/[?:.]\s*$/, '')
    .trim();
}
