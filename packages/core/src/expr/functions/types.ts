/**
 * The shape of an entry in the function library: what the checker and the
 * interpreter need, and, apart from it, what the documentation and the
 * designer's autocompletion say about it.
 */
import type { CallNode } from '../ast.js';
import type { Arg, CheckContext, Checked } from '../checker.js';
import type { ExprValue } from '../values.js';

/** What a function may know at run time besides its arguments. */
export interface RunContext {
  /** Today as a day number (days since 1970-01-01), or `undefined` if the scope gave no valid date. */
  readonly today: number | undefined;
}

/** An argument at run time, evaluated only when the function asks for it (so `if` and `coalesce` can skip parts). */
export type Thunk = () => ExprValue;

/** One function of the library. */
export interface FunctionDef {
  readonly name: string;
  /** How to call it, e.g. `round(number, digits?) → number`; also quoted by the checker's messages. */
  readonly signatures: readonly string[];
  readonly minArgs: number;
  /** Omitted when the function takes any number of arguments. */
  readonly maxArgs?: number;
  /** The type rule: the result type, reporting problems with the arguments. */
  readonly check: (cx: CheckContext, args: readonly Arg[], call: CallNode) => Checked;
  /** The implementation. Never throws; gives unknown for unknown or unsuitable arguments. */
  readonly run: (args: readonly Thunk[], cx: RunContext) => ExprValue;
}

/**
 * What a function does, for the documentation and autocompletion (`listFunctions`). Kept apart from
 * its {@link FunctionDef} because nothing that checks or runs an expression reads it: the runtime
 * bundle, which never lists the functions, leaves these texts out.
 */
export interface FunctionDoc {
  /** What it does, for clinical leads. */
  readonly summary: string;
  readonly examples: readonly string[];
}
