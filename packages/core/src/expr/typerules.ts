/**
 * Type rules of the operators. Each returns the type of the result, or
 * reports a problem (with a hint at the likely intent) and returns `any`.
 */
import type { BinaryNode, ExprNode, UnaryNode } from './ast.js';
import { ANY, checkListOptions, checkOption, isKind, type CheckContext, type Checked } from './checker.js';
import { BOOLEAN, described } from './membership.js';

export { checkMembership } from './membership.js';

/** `not x`, `-x`. */
export function checkUnary(cx: CheckContext, node: UnaryNode, operand: Checked): Checked {
  if (node.op === 'not') {
    if (isKind(operand, 'boolean')) return BOOLEAN;
    cx.error(
      'type_mismatch',
      `“not” needs something true or false, but ${described(node.operand, operand)} is not.`,
      node,
    );
    return BOOLEAN;
  }
  if (isKind(operand, 'number', 'duration')) return operand;
  cx.error(
    'type_mismatch',
    `Only numbers and durations can be negated; ${described(node.operand, operand)} cannot.`,
    node,
  );
  return ANY;
}

function arithmeticResult(op: string, a: string, b: string): Checked | undefined {
  const pair = `${a} ${op} ${b}`;
  if (a === 'number' && b === 'number') return { kind: 'number' };
  switch (pair) {
    case 'date + duration':
    case 'duration + date':
    case 'date - duration':
      return { kind: 'date' };
    case 'date - date':
    case 'duration + duration':
    case 'duration - duration':
    case 'duration * number':
    case 'number * duration':
    case 'duration / number':
      return { kind: 'duration' };
    case 'duration / duration':
      return { kind: 'number' };
    default:
      return undefined;
  }
}

/** `a + b`, `a - b`, `a * b`, `a / b`. */
export function checkArithmetic(cx: CheckContext, node: BinaryNode, left: Checked, right: Checked): Checked {
  if (left.kind === 'any' || right.kind === 'any') return ANY;
  const result = arithmeticResult(node.op, left.kind, right.kind);
  if (result) return result;
  const dateAndNumber =
    [left.kind, right.kind].includes('date') && [left.kind, right.kind].includes('number');
  const hint = dateAndNumber
    ? ' To move a date, add or subtract a duration, e.g. date_of_birth + 18 years.'
    : ' Arithmetic works on numbers; dates and durations can be added and subtracted, and durations multiplied by a number.';
  cx.error(
    'type_mismatch',
    `Cannot use “${node.op}” on ${described(node.left, left)} and ${described(node.right, right)}.${hint}`,
    node,
  );
  return ANY;
}

function comparisonHint(left: Checked, right: Checked, rightNode: ExprNode): string {
  const kinds = [left.kind, right.kind];
  if (rightNode.kind === 'string') {
    if (left.kind === 'date') return ` Write a date as date('YYYY-MM-DD').`;
    if (left.kind === 'number') return ' Write a number without quotes.';
    if (left.kind === 'boolean')
      return ' A yes/no question is true or false: compare it with true, or use it on its own.';
  }
  if (kinds.includes('duration') && kinds.includes('number'))
    return ' Give the number a unit, e.g. 12 weeks.';
  if (kinds.includes('date') && kinds.includes('number'))
    return ' To compare an age, use age(date_of_birth).';
  return '';
}

/** `= != < <= > >=`. */
export function checkComparison(cx: CheckContext, node: BinaryNode, left: Checked, right: Checked): Checked {
  if (left.kind === 'any' || right.kind === 'any') return BOOLEAN;
  const ordering = node.op !== '=' && node.op !== '!=';
  if (left.kind !== right.kind) {
    const hint = comparisonHint(left, right, node.right) || comparisonHint(right, left, node.left);
    cx.error(
      'type_mismatch',
      `Cannot compare ${described(node.left, left)} with ${described(node.right, right)}.${hint}`,
      node,
    );
    return BOOLEAN;
  }
  if (ordering && !isKind(left, 'number', 'date', 'duration')) {
    cx.error(
      'type_mismatch',
      `“${node.op}” compares numbers, dates and durations; ${described(node.left, left)} is not one. Use = or != for text and choices.`,
      node,
    );
    return BOOLEAN;
  }
  if (left.kind === 'string' || left.kind === 'list') {
    const check = left.kind === 'string' ? checkOption : checkListOptions;
    check(cx, node.right, left.options, node.left);
    check(cx, node.left, right.options, node.right);
  }
  return BOOLEAN;
}
