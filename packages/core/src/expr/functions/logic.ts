/**
 * Logic functions: if, any, all, coalesce, answered.
 */
import { isKind, show, type Checked } from '../checker.js';
import { isUnknown, UNKNOWN, type ExprValue } from '../values.js';
import { commonType, expectArgs } from './shared.js';
import type { FunctionDef, FunctionDoc, Thunk } from './types.js';

const BOOLEAN: Checked = { kind: 'boolean' };

/** Kleene `and` (`stop` = false) or `or` (`stop` = true) over lazily evaluated parts. */
function kleene(args: readonly Thunk[], stop: boolean): ExprValue {
  let unknown = false;
  for (const arg of args) {
    const value = arg();
    if (value === stop) return stop;
    if (typeof value !== 'boolean') unknown = true;
  }
  return unknown ? UNKNOWN : !stop;
}

export const logicFunctions: readonly FunctionDef[] = [
  {
    name: 'if',
    signatures: ['if(condition, then, else) → the type of then/else'],
    minArgs: 3,
    maxArgs: 3,
    check(cx, [condition, ...branches], call) {
      if (condition && !isKind(condition.type, 'boolean')) {
        cx.error(
          'type_mismatch',
          `The first part of if(…) must be true or false; ${show(condition.node)} is not.`,
          condition.node,
        );
      }
      return commonType(cx, 'if', branches, call);
    },
    run([condition, then, otherwise]) {
      const c = condition?.();
      if (c === true) return then?.() ?? UNKNOWN;
      if (c === false) return otherwise?.() ?? UNKNOWN;
      return UNKNOWN;
    },
  },
  {
    name: 'any',
    signatures: ['any(condition, …) → boolean'],
    minArgs: 1,
    check(cx, args) {
      expectArgs(cx, 'any', args, ['boolean'], 'conditions (true/false)');
      return BOOLEAN;
    },
    run: (args) => kleene(args, true),
  },
  {
    name: 'all',
    signatures: ['all(condition, …) → boolean'],
    minArgs: 1,
    check(cx, args) {
      expectArgs(cx, 'all', args, ['boolean'], 'conditions (true/false)');
      return BOOLEAN;
    },
    run: (args) => kleene(args, false),
  },
  {
    name: 'coalesce',
    signatures: ['coalesce(value, fallback, …) → the type of the values'],
    minArgs: 2,
    check: (cx, args, call) => commonType(cx, 'coalesce', args, call),
    run(args) {
      for (const arg of args) {
        const value = arg();
        if (!isUnknown(value)) return value;
      }
      return UNKNOWN;
    },
  },
  {
    name: 'answered',
    signatures: ['answered(field) → boolean'],
    minArgs: 1,
    maxArgs: 1,
    check(cx, [arg]) {
      if (arg && arg.node.kind !== 'ref' && arg.node.kind !== 'context') {
        cx.error(
          'answered_needs_name',
          `answered(…) takes the name of a question, e.g. answered(weight); ${show(arg.node)} is not a name.`,
          arg.node,
        );
      }
      return BOOLEAN;
    },
    run: ([arg]) => (arg ? !isUnknown(arg()) : UNKNOWN),
  },
];

/** What each of these functions does, with examples, for the documentation and autocompletion. */
export const logicFunctionDocs: Readonly<Record<string, FunctionDoc>> = {
  if: {
    summary:
      'The second argument when the condition is true, the third when it is false; unknown when the condition is unknown. Only the chosen branch is evaluated.',
    examples: ["if(age < 1, 'infant', 'child')", 'if(previous_dvt, 1, 0)'],
  },
  any: {
    summary:
      'True when at least one condition is true; false when all are false; otherwise unknown. Same as joining them with “or”.',
    examples: ['any(fever, rigors, confusion)'],
  },
  all: {
    summary:
      'True when every condition is true; false when at least one is false; otherwise unknown. Same as joining them with “and”.',
    examples: ['all(age >= 40, smoker)'],
  },
  coalesce: {
    summary: 'The first argument that is known (answered). Unknown only when all are.',
    examples: ['coalesce(weight_today, context.last_weight)', "coalesce(smoking_status, 'not_asked')"],
  },
  answered: {
    summary: 'Whether a question (or variable, or context fact) has a value. Never unknown.',
    examples: ['answered(weight)', 'not answered(context.nhs_number)'],
  },
};
