/**
 * What the type rules share: the checked type of a sub-expression (which may
 * be "any" after an error, so that one mistake is reported once), and the
 * reporting of problems against the node at fault.
 */
import type { ExprNode } from './ast.js';
import type { ExprErrorCode } from './errors.js';
import { printExpression, quote } from './print.js';
import { didYouMean } from './suggest.js';
import type { ExprType, TypeName } from './types.js';

/** A checked type; `any` stands for a part already reported as wrong. */
export type Checked = ExprType | { readonly kind: 'any' };

/** The type of a part already reported as wrong: accepted everywhere, to avoid repeated errors. */
export const ANY: Checked = { kind: 'any' };

/** An argument of a function call, with its checked type. */
export interface Arg {
  readonly node: ExprNode;
  readonly type: Checked;
}

/** Where type rules report problems. */
export interface CheckContext {
  error(code: ExprErrorCode, message: string, at: ExprNode): void;
}

/** Whether `type` is of `kind` (or already reported). */
export function isKind(type: Checked, ...kinds: TypeName[]): boolean {
  return type.kind === 'any' || (kinds as string[]).includes(type.kind);
}

/** A part of an expression as text for a message: “age”, “count(red_flags)”. */
export function show(node: ExprNode): string {
  const text = printExpression(node);
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
}

/**
 * Reports `literal` when it is a text value that is not among the `options`
 * of the choice it is compared with (`owner`).
 */
export function checkOption(
  cx: CheckContext,
  literal: ExprNode,
  options: readonly string[] | undefined,
  owner: ExprNode,
): void {
  if (!options || literal.kind !== 'string' || options.includes(literal.value)) return;
  const listed = options.length > 15 ? `${options.slice(0, 15).join(', ')}, …` : options.join(', ');
  const hint = didYouMean(literal.value, options, quote);
  const known = options.length === 0 ? 'It has no options.' : `Its options are: ${listed}.`;
  cx.error(
    'unknown_option',
    `${show(owner)} has no option ${quote(literal.value)}.${hint} ${known}`,
    literal,
  );
}

/** Reports every text value in a list literal that is not among `options`. */
export function checkListOptions(
  cx: CheckContext,
  list: ExprNode,
  options: readonly string[] | undefined,
  owner: ExprNode,
): void {
  if (list.kind === 'list') for (const item of list.items) checkOption(cx, item, options, owner);
}
