/**
 * Branching on demand. An input that has been asked but not read yet is
 * `ANY`; the moment an evaluation comes out unknown because of it, the state
 * is split into one state per representative value that passes the field's
 * own checks and validation rules. Inputs nothing reads are never split, so
 * the explored space stays small.
 */
import { isUnknown } from '../../engine/expressions.js';
import { chooseEdge, type RouteChoice } from '../../engine/route.js';
import { checkValue, isAnswered, isRequired } from '../../engine/validate.js';
import type { AnswerValue, Node } from '../../engine/doc.js';
import { candidates, spend, type ExploreContext } from './context.js';
import { ANY, BLANK, scopeOf, slotOf, withSlot, type State } from './state.js';

/** The state with `name` set to `value`, or `undefined` when the question would refuse it (or needs an answer). */
function assign(ctx: ExploreContext, state: State, name: string, value: unknown): State | undefined {
  const field = ctx.model.fields.get(name)?.field;
  if (value === undefined) return !field || !isRequired(field) ? withSlot(state, name, BLANK) : undefined;
  const next = withSlot(state, name, { v: value });
  if (field) {
    const v = value as AnswerValue;
    if (!isAnswered(field, v) || checkValue(field, v, ctx.today).length > 0) return undefined;
    const scope = scopeOf(next, ctx.today);
    if ((field.validations ?? []).some((rule) => scope.evaluate(rule.when) === false)) return undefined;
  }
  return next;
}

/** The first value of `name` the question accepts in `state` (blank not counted), without spending the budget. */
export function firstValue(ctx: ExploreContext, state: State, name: string): unknown {
  for (const value of candidates(ctx, name)) {
    if (value !== undefined && assign(ctx, state, name, value)) return value;
  }
  return undefined;
}

/**
 * Every state `state` splits into when `name` is given each of its
 * representative values. Each value tried is charged to the budget; when it
 * runs out, the states made so far are returned and the budget is marked
 * exhausted.
 */
export function forkInput(ctx: ExploreContext, state: State, name: string): State[] {
  const out: State[] = [];
  for (const value of candidates(ctx, name)) {
    if (!spend(ctx)) break;
    const next = assign(ctx, state, name, value);
    if (next) out.push(next);
  }
  return out;
}

/** The first input of `names` that is `ANY` in `state`. */
export function firstAny(state: State, names: readonly string[]): string | undefined {
  return names.find((n) => slotOf(state, n) === ANY);
}

/**
 * Splits `state` on every `ANY` input among `names` (for conditions that look
 * at whether a value is known), each name once. `truncated` when the budget
 * ran out part way: the states are then not every combination.
 */
export function forkAll(
  ctx: ExploreContext,
  state: State,
  names: readonly string[],
): { states: State[]; truncated: boolean } {
  let states = [state];
  for (const name of new Set(names)) {
    const next: State[] = [];
    for (const s of states) {
      if (slotOf(s, name) === ANY) next.push(...forkInput(ctx, s, name));
      else next.push(s);
      if (ctx.spend.exhausted) return { states: next, truncated: true };
    }
    states = next;
  }
  return { states, truncated: false };
}

/** One outcome of a forked evaluation. */
export interface Forked<T> {
  readonly state: State;
  readonly value: T;
  /** True when the budget ran out before the value could be decided. */
  readonly truncated?: boolean;
}

/**
 * Evaluates `text` in `state`, splitting on `ANY` inputs until every branch
 * has a value that no further answer could change.
 */
export function evaluateForked(ctx: ExploreContext, state: State, text: string): Forked<unknown>[] {
  const names = ctx.inputs.ofText(text);
  const observed = ctx.inputs.observedInputs(text);
  const first = observed.length > 0 ? forkAll(ctx, state, observed) : { states: [state], truncated: false };
  const work = first.states;
  const out: Forked<unknown>[] = [];
  while (work.length > 0) {
    const s = work.pop() as State;
    if (first.truncated || !spend(ctx)) {
      out.push({ state: s, value: undefined, truncated: true });
      continue;
    }
    const value = scopeOf(s, ctx.today).evaluate(text);
    const any = isUnknown(value) ? firstAny(s, names) : undefined;
    if (any === undefined) out.push({ state: s, value });
    else {
      const forks = forkInput(ctx, s, any);
      if (ctx.spend.exhausted) out.push({ state: s, value: undefined, truncated: true });
      else work.push(...forks.reverse());
    }
  }
  return out;
}

/**
 * The first input whose being answered an edge out of the node looks at
 * (through `answered(…)` or `coalesce(…)`) and that is still `ANY`, taking the
 * edges in order and stopping at the first whose condition is not false:
 * later edges' inputs only matter where the earlier ones all fail.
 */
function pendingObserved(ctx: ExploreContext, state: State, node: Node): string | undefined {
  const scope = scopeOf(state, ctx.today);
  for (const edge of ctx.compiled.out.get(node.id) ?? []) {
    if (edge.when === undefined) return undefined;
    const any = firstAny(state, ctx.inputs.observedInputs(edge.when));
    if (any !== undefined) return any;
    if (scope.evaluate(edge.when) !== false) return undefined;
  }
  return undefined;
}

/**
 * Routes out of `node` with the engine's own `chooseEdge`, splitting on
 * `ANY` inputs whenever the engine would stall on them, and beforehand on
 * those whose being answered a condition looks at. Branches are yielded as
 * they are found, so that a caller that merges them never holds them all.
 */
export function* routeForked(ctx: ExploreContext, state: State, node: Node): Generator<Forked<RouteChoice>> {
  const edges = ctx.compiled.out.get(node.id) ?? [];
  const allNames = [
    ...new Set(edges.flatMap((e) => (e.when !== undefined ? ctx.inputs.ofText(e.when) : []))),
  ];
  const work = [state];
  const cut = (s: State): Forked<RouteChoice> => ({
    state: s,
    value: { kind: 'stall', stall: { node: node.id, code: 'no_route', needs: [], message: '' } },
    truncated: true,
  });
  while (work.length > 0) {
    const s = work.pop() as State;
    if (!spend(ctx)) {
      yield cut(s);
      continue;
    }
    let any = pendingObserved(ctx, s, node);
    const choice = any === undefined ? chooseEdge(scopeOf(s, ctx.today), node) : undefined;
    if (choice?.kind === 'stall' && choice.stall.code === 'unknown_condition') {
      const needs = choice.stall.needs.map((n) => (n.kind === 'context' ? `context.${n.id}` : n.id));
      any = firstAny(s, needs) ?? firstAny(s, allNames);
    }
    if (any === undefined && choice) yield { state: s, value: choice };
    else if (any !== undefined) {
      const forks = forkInput(ctx, s, any);
      if (ctx.spend.exhausted) yield cut(s);
      else work.push(...forks.reverse());
    }
  }
}
