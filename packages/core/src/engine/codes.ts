/**
 * The engine's codes. Codes are stable; the words come from the message
 * tables in `messages/`.
 */

/** An answer's own checks, worded for the clinician. */
const ANSWER_CODES = {
  required: 'A required question shown on the page has no answer.',
  invalid_type: 'An answer of the wrong kind, e.g. text for a number.',
  invalid_option: 'A choice that is not one of the question’s options.',
  not_integer: 'A number with a fraction where a whole number is asked for.',
  out_of_range: 'A number outside the question’s minimum and maximum.',
  too_long: 'Text longer than the question allows.',
  exclusive_option: 'An option that cannot be chosen with others (e.g. “None of these”) chosen with others.',
  invalid_date: 'A date that does not exist.',
  date_in_future: 'A date in the future where only today or the past makes sense.',
  too_few_files: 'Fewer files attached than the question needs.',
  too_many_files: 'More files attached than the question allows.',
  file_type: 'A file of a type the question does not accept.',
  file_too_large: 'A file larger than the question allows.',
  answer_too_large: 'An answer beyond what Careway keeps (very long text, too many files).',
  not_answerable: 'An answer given to a display item, which is not a question.',
  validation_failed: 'A pathway validation rule is false; the message is the rule’s own.',
} as const;

/** The engine's refusals and notices, worded for the developer. */
const NOTICE_CODES = {
  session_complete: 'An answer or move after the pathway was completed and confirmed.',
  unknown_field: 'An answer to a field the pathway does not have.',
  not_on_current_step: 'An answer to a field that is not on the current page.',
  no_previous_page: 'back() on the first page.',
  unknown_node: 'goTo() a node the pathway does not have.',
  not_on_route: 'goTo() a page that is not on the route taken so far.',
  context_invalid: 'A context value that is not of its declared type, or context that cannot be read.',
  context_ignored: 'A context fact the pathway does not declare.',
  invalid_today: 'A `today` option that is not a YYYY-MM-DD date; the clock is used.',
  internal_error: 'Careway failed while working out a page; a bug to report.',
} as const;

/**
 * Every code the engine puts on a view: an answer's own checks, which the
 * clinician reads beside the question in their language, and the engine's
 * refusals and notices, which the developer driving a session reads in
 * English, like the console.
 */
export const ENGINE_ISSUE_CODES = { ...ANSWER_CODES, ...NOTICE_CODES } as const;

/** A code of {@link ENGINE_ISSUE_CODES}. */
export type EngineIssueCode = keyof typeof ENGINE_ISSUE_CODES;

/** A code of an answer's own checks: worded for the clinician, in every language the runtime speaks. */
export type AnswerIssueCode = keyof typeof ANSWER_CODES;
