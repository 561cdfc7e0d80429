/**
 * List functions: contains.
 */
import type { BinaryNode } from '../ast.js';
import type { Checked } from '../checker.js';
import { member } from '../operators.js';
import { checkMembership } from '../membership.js';
import { UNKNOWN } from '../values.js';
import type { FunctionDef, FunctionDoc } from './types.js';

export const collectionFunctions: readonly FunctionDef[] = [
  {
    name: 'contains',
    signatures: ['contains(list, value) → boolean'],
    minArgs: 2,
    maxArgs: 2,
    check(cx, [list, item]): Checked {
      if (!list || !item) return { kind: 'boolean' };
      // the same rule as `item in list`, reported against the arguments
      const as: BinaryNode = { kind: 'binary', op: 'in', left: item.node, right: list.node };
      return checkMembership(cx, as, item.type, list.type);
    },
    run: ([list, item]) => (list && item ? member(item(), list()) : UNKNOWN),
  },
];

/** What each of these functions does, with examples, for the documentation and autocompletion. */
export const collectionFunctionDocs: Readonly<Record<string, FunctionDoc>> = {
  contains: {
    summary: 'Whether a multiple-choice answer (or list) includes the value. Same as value in list.',
    examples: ["contains(symptoms, 'haemoptysis')"],
  },
};
