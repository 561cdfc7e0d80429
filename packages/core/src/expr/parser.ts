/**
 * Text → syntax tree. Never throws to its caller: every problem comes back as
 * an {@link ExprError} with the range to underline.
 */
import { nodeBeyondDepth, type ExprNode } from './ast.js';
import { exprError, type ExprError } from './errors.js';
import type { SourceRange } from '../issues/issue.js';
import { ParseFailure } from './cursor.js';
import { parseTokens } from './grammar.js';
import { lex } from './lexer.js';
import { MAX_DEPTH, MAX_EXPRESSION_LENGTH } from './limits.js';

/** The result of {@link parseExpression}: the tree and its source ranges, or the problems. */
export interface ParseResult {
  /** The syntax tree; present exactly when `errors` is empty. */
  readonly ast?: ExprNode;
  /** Where each node of `ast` sits in the text, keyed by node identity (brackets included). */
  readonly ranges: ReadonlyMap<ExprNode, SourceRange>;
  readonly errors: readonly ExprError[];
}

/**
 * Parses the text form of an expression. Never throws: problems (including
 * text over {@link MAX_EXPRESSION_LENGTH} or nesting over {@link MAX_DEPTH})
 * come back in `errors`, each with the range to underline.
 *
 * @example
 * const { ast, errors } = parseExpression("age >= 40 and 'haemoptysis' in symptoms");
 * // ast: { kind: 'logical', op: 'and', operands: [ { kind: 'binary', op: '>=', … }, … ] }
 */
export function parseExpression(text: string): ParseResult {
  const none = new Map<ExprNode, SourceRange>();
  try {
    if (text.length > MAX_EXPRESSION_LENGTH) {
      const message = `This expression is ${text.length} characters long; the limit is ${MAX_EXPRESSION_LENGTH}. Split it into variables.`;
      return {
        ranges: none,
        errors: [exprError('expression_too_long', message, { from: MAX_EXPRESSION_LENGTH, to: text.length })],
      };
    }
    const lexed = lex(text);
    if ('error' in lexed) return { ranges: none, errors: [lexed.error] };
    if (lexed.tokens.length === 1) {
      return {
        ranges: none,
        errors: [exprError('empty_expression', 'The expression is empty.', { from: 0, to: text.length })],
      };
    }
    const { ast, ranges } = parseTokens(lexed.tokens);
    const deep = nodeBeyondDepth(ast, MAX_DEPTH);
    if (deep) {
      const message = `This expression is nested more than ${MAX_DEPTH} levels deep; split it into variables, or use sum(…), any(…) or all(…) for long lists.`;
      return {
        ranges: none,
        errors: [exprError('expression_too_deep', message, ranges.get(deep) ?? { from: 0, to: text.length })],
      };
    }
    return { ast, ranges, errors: [] };
  } catch (e: unknown) {
    if (e instanceof ParseFailure) return { ranges: none, errors: [e.error] };
    const message = 'This expression could not be read (a defect in Careway: please report it).';
    return { ranges: none, errors: [exprError('internal_error', message, { from: 0, to: text.length })] };
  }
}
