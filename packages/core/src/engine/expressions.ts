/**
 * The engine's one door to the expression language (`../expr/`): compile a
 * condition's text once, list the names it references, evaluate it against a
 * lazy lookup. A text that does not parse evaluates to *unknown*, so a broken
 * expression can stall a route but never throw.
 */
import {
  evaluate,
  evaluateWithTrace,
  isUnknown,
  parseExpression,
  references,
  UNKNOWN,
  type ExprNode,
} from '../expr/index.js';

export { isUnknown, UNKNOWN };

/** An expression compiled once per pathway. */
export interface CompiledExpr {
  readonly text: string;
  readonly ast?: ExprNode;
  /** Names referenced: field and variable ids, and `context.<id>`. */
  readonly refs: readonly string[];
  /** Why the text could not be parsed, if it could not. */
  readonly error?: string;
}

/**
 * Resolves a name to its value, or {@link UNKNOWN}: a field or variable id,
 * or `context.<id>` for a fact from the host.
 */
export type Lookup = (name: string) => unknown;

/** Compiles an expression's text; never throws. */
export function compileExpr(text: string): CompiledExpr {
  const parsed = parseExpression(typeof text === 'string' ? text : '');
  if (!parsed.ast) {
    return {
      text,
      refs: [],
      error: parsed.errors.map((e) => e.message).join(' ') || 'unreadable expression',
    };
  }
  const refs = references(parsed.ast);
  return { text, ast: parsed.ast, refs: [...refs.names, ...refs.context.map((id) => `context.${id}`)] };
}

function scopeFor(lookup: Lookup, today: string) {
  return { values: lookup, context: (id: string) => lookup(`context.${id}`), today };
}

/** Evaluates a compiled expression; never throws (errors are unknown). */
export function evaluateExpr(expr: CompiledExpr, lookup: Lookup, today: string): unknown {
  return expr.ast ? evaluate(expr.ast, scopeFor(lookup, today)) : UNKNOWN;
}

/** Evaluates and returns the values that were read (keyed as written, e.g. `context.age`). */
export function evaluateTraced(
  expr: CompiledExpr,
  lookup: Lookup,
  today: string,
): { value: unknown; values: Readonly<Record<string, unknown>> } {
  if (!expr.ast) return { value: UNKNOWN, values: {} };
  const traced = evaluateWithTrace(expr.ast, scopeFor(lookup, today));
  return { value: traced.value, values: traced.values };
}
