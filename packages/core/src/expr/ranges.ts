/**
 * Ranges in an expression's canonical text, for a checker given a tree
 * without its text. Apart from the printer, which the runtime carries,
 * because only checking needs it.
 */
import { childrenOf, type ExprNode } from './ast.js';
import type { SourceRange } from '../issues/issue.js';
import { MAX_DEPTH } from './limits.js';
import { parseExpression } from './parser.js';
import { printExpression } from './print.js';

/**
 * Where each node of `ast` appears in its canonical text: the ranges a
 * checker reports against when the original text is not at hand.
 * Empty when `ast` is not a tree the parser could produce.
 */
export function canonicalRanges(ast: ExprNode): { text: string; ranges: ReadonlyMap<ExprNode, SourceRange> } {
  const text = printExpression(ast);
  const parsed = parseExpression(text);
  const ranges = new Map<ExprNode, SourceRange>();
  if (!parsed.ast) return { text, ranges };
  const pair = (mine: ExprNode, theirs: ExprNode, depth: number): void => {
    const range = parsed.ranges.get(theirs);
    if (range) ranges.set(mine, range);
    const a = childrenOf(mine);
    const b = childrenOf(theirs);
    if (depth > MAX_DEPTH || a.length !== b.length) return;
    a.forEach((child, i) => pair(child, b[i] as ExprNode, depth + 1));
  };
  pair(ast, parsed.ast, 1);
  return { text, ranges };
}
