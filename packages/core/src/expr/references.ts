/**
 * The names an expression refers to: what a condition needs answered, and
 * what a variable depends on.
 */
import { childrenOf, type ExprNode } from './ast.js';
import { MAX_DEPTH, nodeBudget } from './limits.js';

/** Names an expression reads, each listed once in order of first appearance. */
export interface References {
  /** Fields and variables of the pathway. */
  readonly names: readonly string[];
  /** Facts from the host, without the `context.` prefix. */
  readonly context: readonly string[];
  /** Functions called. */
  readonly functions: readonly string[];
}

/**
 * The fields, variables, context facts and functions an expression refers to
 * (all of them, whichever branch evaluation would take).
 *
 * @example
 * references(parseExpression('wells_score >= 2 and not context.previous_dvt').ast!);
 * // { names: ['wells_score'], context: ['previous_dvt'], functions: [] }
 */
export function references(ast: ExprNode): References {
  const names = new Set<string>();
  const context = new Set<string>();
  const functions = new Set<string>();
  const count = nodeBudget();
  const visit = (node: ExprNode, depth: number): void => {
    if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return;
    count();
    if (node.kind === 'ref') names.add(node.name);
    else if (node.kind === 'context') context.add(node.name);
    else if (node.kind === 'call') functions.add(node.name);
    for (const child of childrenOf(node)) visit(child, depth + 1);
  };
  try {
    visit(ast, 1);
  } catch {
    // a malformed or oversized tree yields the names found before the fault
  }
  return { names: [...names], context: [...context], functions: [...functions] };
}
