/**
 * Small pieces the library's type rules and implementations share.
 */
import type { ExprNode } from '../ast.js';
import { ANY, isKind, show, type Arg, type CheckContext, type Checked } from '../checker.js';
import { describeType, unify, type ExprType, type TypeName } from '../types.js';
import { isUnknown, UNKNOWN, type ExprValue } from '../values.js';
import type { Thunk } from './types.js';

/**
 * Checks that every argument is one of `kinds`, reporting each that is not;
 * returns whether all were.
 */
export function expectArgs(
  cx: CheckContext,
  name: string,
  args: readonly Arg[],
  kinds: TypeName[],
  what: string,
): boolean {
  let ok = true;
  for (const arg of args) {
    if (isKind(arg.type, ...kinds)) continue;
    ok = false;
    const given = arg.type.kind === 'any' ? '' : ` (${describeType(arg.type)})`;
    cx.error('type_mismatch', `${name}(…) needs ${what}; ${show(arg.node)}${given} is not.`, arg.node);
  }
  return ok;
}

/** A text literal's own option, so that `if(x, 'a', 'b')` is a choice between 'a' and 'b'. */
function asChoice(node: ExprNode, type: Checked): Checked {
  return node.kind === 'string' ? { kind: 'string', options: [node.value] } : type;
}

/**
 * The common type of arguments that may each be the result (`if`, `coalesce`),
 * or a reported mismatch.
 */
export function commonType(cx: CheckContext, name: string, args: readonly Arg[], at: ExprNode): Checked {
  const known = args.map((a) => asChoice(a.node, a.type)).filter((t): t is ExprType => t.kind !== 'any');
  if (known.length === 0) return ANY;
  const common = unify(known);
  if (common) return common;
  const kinds = args.map(
    (a) => `${show(a.node)} is ${a.type.kind === 'any' ? 'unclear' : describeType(a.type)}`,
  );
  cx.error(
    'type_mismatch',
    `The possible results of ${name}(…) must be of one kind, but ${kinds.join(' and ')}.`,
    at,
  );
  return ANY;
}

/** The type all arguments share, when it is one of `kinds` (`min`, `max`, `sum`); else reported. */
export function sameKindOf(
  cx: CheckContext,
  name: string,
  args: readonly Arg[],
  kinds: TypeName[],
  what: string,
  at: ExprNode,
): Checked {
  if (!expectArgs(cx, name, args, kinds, what)) return ANY;
  const known = args.filter((a) => a.type.kind !== 'any').map((a) => a.type as ExprType);
  const common = unify(known.map((t) => ({ kind: t.kind })));
  if (known.length === 0) return ANY;
  if (common) return common;
  cx.error('type_mismatch', `${name}(…) needs arguments of one kind: ${what}.`, at);
  return ANY;
}

/** Evaluates every argument; unknown if any is. */
export function evaluateAll(args: readonly Thunk[]): ExprValue[] | typeof UNKNOWN {
  const values: ExprValue[] = [];
  for (const arg of args) {
    const value = arg();
    if (isUnknown(value)) return UNKNOWN;
    values.push(value);
  }
  return values;
}
