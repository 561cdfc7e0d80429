/**
 * The evaluation scope of one session state: what every name in an
 * expression means right now. Built per state and memoised; nothing in it is
 * computed before it is asked for.
 *
 * - a field is known only when its step is on the route taken so far, it is
 *   visible and it is answered; otherwise it is unknown;
 * - a field is visible when it has no `showWhen` or its `showWhen` is true
 *   (unknown hides it);
 * - a variable is computed on first use; a score is the sum of the points of
 *   its items whose `when` is true, and unknown if any item is unknown;
 * - variables or `showWhen` conditions that depend on themselves are unknown,
 *   never a hang;
 * - `context.<id>` is the host's fact, unknown when not given;
 * - `today()` is the session's date.
 */
import type { Variable } from './doc.js';
import type { Compiled } from './compiled.js';
import type { AnswerTable } from './state.js';
import { evaluateExpr, evaluateTraced, UNKNOWN, type Lookup } from './expressions.js';

/** The inputs of a scope: a session state's route, answers, context and date. */
export interface ScopeInput {
  readonly route: readonly string[];
  readonly answers: AnswerTable;
  readonly context: Readonly<Record<string, unknown>>;
  readonly today: string;
}

/** Name resolution and evaluation over one state. */
export interface Scope {
  readonly compiled: Compiled;
  readonly input: ScopeInput;
  /** The value of a name, or UNKNOWN. */
  readonly lookup: Lookup;
  /** Evaluates an expression text. */
  evaluate(text: string): unknown;
  /** Evaluates an expression text and returns the values read on the way. */
  trace(text: string): { value: unknown; values: Readonly<Record<string, unknown>> };
  /** Whether a field is on the route and its `showWhen` holds. */
  visible(fieldId: string): boolean;
  /** Whether a node is on the route taken so far. */
  onRoute(nodeId: string): boolean;
}

const PENDING = Symbol('pending');

// Routes are immutable arrays shared by successive states, so their node sets can be shared too.
const routeSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function routeSet(route: readonly string[]): ReadonlySet<string> {
  let set = routeSets.get(route);
  if (!set) {
    set = new Set(route);
    routeSets.set(route, set);
  }
  return set;
}

/** Builds the scope of a state. */
export function createScope(compiled: Compiled, input: ScopeInput): Scope {
  const route = routeSet(input.route);
  const visibleMemo = new Map<string, boolean | typeof PENDING>();
  const varMemo = new Map<string, unknown>();

  const visible = (fieldId: string): boolean => {
    const entry = compiled.fields.get(fieldId);
    if (!entry || !route.has(entry.node.id)) return false;
    const when = entry.field.showWhen;
    if (when === undefined) return true;
    const memo = visibleMemo.get(fieldId);
    if (memo === PENDING) return false;
    if (memo !== undefined) return memo;
    visibleMemo.set(fieldId, PENDING);
    const shown = evaluate(when) === true;
    visibleMemo.set(fieldId, shown);
    return shown;
  };

  const variable = (v: Variable): unknown => {
    const memo = varMemo.get(v.id);
    if (memo === PENDING) return UNKNOWN;
    if (varMemo.has(v.id)) return memo;
    varMemo.set(v.id, PENDING);
    const value = v.kind === 'expression' ? evaluate(v.expr) : scoreValue(v, evaluate);
    varMemo.set(v.id, value);
    return value;
  };

  const lookup: Lookup = (name) => {
    if (name.startsWith('context.')) return contextValue(input.context, name.slice(8));
    const entry = compiled.fields.get(name);
    if (entry) {
      const value = input.answers[entry.ordinal];
      return value === undefined || !visible(name) ? UNKNOWN : value;
    }
    const v = compiled.variables.get(name);
    if (v) return variable(v);
    return UNKNOWN;
  };

  function evaluate(text: string): unknown {
    return evaluateExpr(compiled.expr(text), lookup, input.today);
  }

  const trace = (text: string) => evaluateTraced(compiled.expr(text), lookup, input.today);

  return { compiled, input, lookup, evaluate, trace, visible, onRoute: (id) => route.has(id) };
}

function contextValue(context: Readonly<Record<string, unknown>>, id: string): unknown {
  const value = Object.prototype.hasOwnProperty.call(context, id) ? context[id] : undefined;
  return value === undefined || value === null ? UNKNOWN : value;
}

/** A score's value: the sum of its items' points, unknown if any item is unknown. */
export function scoreValue(
  v: Extract<Variable, { kind: 'score' }>,
  evaluate: (text: string) => unknown,
): number | typeof UNKNOWN {
  let total = 0;
  for (const item of v.items) {
    const held = evaluate(item.when);
    if (held === true) total += item.points;
    else if (held !== false) return UNKNOWN;
  }
  return total;
}
