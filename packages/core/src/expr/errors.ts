/**
 * Problems with an expression, as data (STYLE §6): a stable snake_case code,
 * the character range to underline, a severity and a message for the person
 * who must act on it.
 */
import type { Issue, SourceRange } from '../issues/issue.js';

import { EXPR_ERROR_CODES } from './error-codes.js';

export { EXPR_ERROR_CODES };

/** A code from {@link EXPR_ERROR_CODES}. */
export type ExprErrorCode = (typeof EXPR_ERROR_CODES)[number];

/** One problem with an expression: the characters to underline are its `range`. */
export type ExprError = Issue<ExprErrorCode> & { readonly range: SourceRange };

/** Builds an {@link ExprError}. */
export function exprError(code: ExprErrorCode, message: string, range: SourceRange): ExprError {
  return { code, severity: 'error', path: [], message, range };
}
