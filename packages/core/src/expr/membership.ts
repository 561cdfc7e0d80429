/**
 * The type rule of `in` and `not in`, which the list functions share with the
 * operator, and the helpers every type rule words its messages with. Apart
 * from the other operators' rules (typerules.ts), which only the type
 * checker needs.
 */
import type { BinaryNode, ExprNode } from './ast.js';
import { checkListOptions, checkOption, isKind, show, type CheckContext, type Checked } from './checker.js';
import { describeType } from './types.js';

/** The type of a condition. */
export const BOOLEAN: Checked = { kind: 'boolean' };

export function described(node: ExprNode, type: Checked): string {
  return type.kind === 'any' ? show(node) : `${show(node)} (${describeType(type)})`;
}

/** `x in list`, `x not in list`. */
export function checkMembership(cx: CheckContext, node: BinaryNode, item: Checked, list: Checked): Checked {
  if (!isKind(list, 'list')) {
    const single = list.kind === 'string' && list.options;
    const message = single
      ? `${show(node.right)} is a single choice, so “${node.op}” cannot look inside it: write ${printSuggestion(node)}.`
      : `“${node.op}” looks for a value in a list (a multiple-choice answer or [a, b, …]); ${described(node.right, list)} is not a list.`;
    cx.error('not_a_list', message, node.right);
    return BOOLEAN;
  }
  if (!isKind(item, 'string')) {
    cx.error(
      'type_mismatch',
      `Only option values (text) can be looked for in a list; ${described(node.left, item)} is not text.`,
      node.left,
    );
    return BOOLEAN;
  }
  if (list.kind === 'list') checkOption(cx, node.left, list.options, node.right);
  if (item.kind === 'string') checkListOptions(cx, node.right, item.options, node.left);
  return BOOLEAN;
}

function printSuggestion(node: BinaryNode): string {
  const choice = show(node.right).slice(1, -1);
  const value = show(node.left).slice(1, -1);
  return `${choice} ${node.op === 'in' ? '=' : '!='} ${value}`;
}
