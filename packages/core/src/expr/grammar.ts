/**
 * The grammar: tokens → syntax tree and source ranges, by recursive descent.
 *
 * Precedence, loosest first: `or`; `and`; `not`; comparisons and `in`
 * (which do not chain); `+ -`; `* /`; unary `-`; then the primaries of
 * `primary.ts` (values, names, calls, lists and brackets).
 */
import type { BinaryOp, ExprNode } from './ast.js';
import { Cursor } from './cursor.js';
import type { SourceRange } from '../issues/issue.js';
import type { Token } from './lexer.js';
import { parsePrimary } from './primary.js';

const COMPARISONS = new Set(['=', '!=', '<', '<=', '>', '>=']);

/** Parses a token list that ends with an `end` token; throws `ParseFailure`. */
export function parseTokens(tokens: readonly Token[]): { ast: ExprNode; ranges: Map<ExprNode, SourceRange> } {
  const c = new Cursor(tokens);

  const parseOr = (): ExprNode => parseChain('or', parseAnd);
  const parseAnd = (): ExprNode => parseChain('and', parseNot);

  /** A run of one word operator is one node: `a and b and c`. */
  function parseChain(op: 'and' | 'or', operand: () => ExprNode): ExprNode {
    const operands = [operand()];
    while (c.isWord(c.peek(), op)) {
      c.advance();
      operands.push(operand());
    }
    const first = operands[0] as ExprNode;
    if (operands.length === 1) return first;
    const last = operands[operands.length - 1] as ExprNode;
    return c.at({ kind: 'logical', op, operands }, c.rangeOf(first).from, c.rangeOf(last).to);
  }

  function parseNot(): ExprNode {
    const token = c.peek();
    if (!c.isWord(token, 'not')) return parseComparison();
    c.advance();
    const operand = c.nested(token, parseNot);
    return c.at({ kind: 'unary', op: 'not', operand }, token.from, c.rangeOf(operand).to);
  }

  function comparisonOp(): { op: BinaryOp; width: number } | undefined {
    const token = c.peek();
    if (token.kind === 'symbol' && COMPARISONS.has(token.text))
      return { op: token.text as BinaryOp, width: 1 };
    if (c.isWord(token, 'in')) return { op: 'in', width: 1 };
    if (c.isWord(token, 'not') && c.isWord(c.peek(1), 'in')) return { op: 'not in', width: 2 };
    return undefined;
  }

  function parseComparison(): ExprNode {
    const left = parseAdditive();
    const found = comparisonOp();
    if (!found) return left;
    c.advance(found.width);
    const right = parseAdditive();
    const { from } = c.rangeOf(left);
    if (comparisonOp()) {
      c.fail(
        'chained_comparison',
        'Comparisons cannot be chained: write each one and join them with “and”, e.g. 18 <= age and age < 65.',
        { from, to: c.peek().to },
      );
    }
    return c.at({ kind: 'binary', op: found.op, left, right }, from, c.rangeOf(right).to);
  }

  /** A left-associative level of symbol operators: `a - b - c` is `(a - b) - c`. */
  function parseBinaryLevel(symbols: readonly string[], operand: () => ExprNode): ExprNode {
    let left = operand();
    for (let token = c.peek(); token.kind === 'symbol' && symbols.includes(token.text); token = c.peek()) {
      c.advance();
      const right = operand();
      const op = token.text as BinaryOp;
      left = c.at({ kind: 'binary', op, left, right }, c.rangeOf(left).from, c.rangeOf(right).to);
    }
    return left;
  }

  const parseAdditive = (): ExprNode => parseBinaryLevel(['+', '-'], parseMultiplicative);
  const parseMultiplicative = (): ExprNode => parseBinaryLevel(['*', '/'], parseUnary);

  function parseUnary(): ExprNode {
    const token = c.peek();
    if (!c.isSymbol(token, '-')) return parsePrimary(c, parseOr);
    c.advance();
    const operand = c.nested(token, parseUnary);
    return c.at({ kind: 'unary', op: '-', operand }, token.from, c.rangeOf(operand).to);
  }

  const ast = parseOr();
  const rest = c.peek();
  if (c.isSymbol(rest, ')') || c.isSymbol(rest, ']')) {
    c.fail('unexpected_token', `This “${rest.text}” closes a bracket that was never opened.`, rest);
  }
  if (rest.kind !== 'end') c.unexpected(rest, '“and”, “or” or an operator');
  return { ast, ranges: c.ranges };
}
