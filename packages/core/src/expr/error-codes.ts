/**
 * The codes of problems with an expression, in a module of their own so that
 * the runtime, which never lists them, does not carry the list.
 */

/** Every code a problem with an expression can carry. The codes are stable; the messages may improve. */
export const EXPR_ERROR_CODES = [
  // refused before or while parsing
  'expression_too_long',
  'expression_too_deep',
  'expression_too_large',
  // parse errors
  'empty_expression',
  'unexpected_character',
  'use_word_operator',
  'unterminated_string',
  'invalid_escape',
  'invalid_number',
  'invalid_name',
  'invalid_date',
  'date_needs_text',
  'context_needs_name',
  'unexpected_token',
  'unexpected_end',
  'missing_closing_bracket',
  'chained_comparison',
  // type errors
  'unknown_name',
  'unknown_context',
  'unknown_function',
  'wrong_arity',
  'type_mismatch',
  'not_a_list',
  'unknown_option',
  'answered_needs_name',
  'wrong_result_type',
  // the checker met something it could not handle (a defect in Careway, reported rather than thrown)
  'internal_error',
] as const;
