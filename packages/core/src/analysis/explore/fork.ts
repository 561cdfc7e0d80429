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

/** Every state `state` splits into when `name` is given each of its representative values. */
export function forkInput(ctx: ExploreContext, state: State, name: string): State[] {
  const out: State[] = [];
  const field = ctx.model.fields.get(name)?.field;
  for (const value of candidates(ctx, name)) {
    if (value === undefined) {
      if (!field || !isRequired(field)) out.push(withSlot(state, name, BLANK));
      continue;
    }
    const next = withSlot(state, name, { v: value });
    if (field) {
      const v = value as AnswerValue;
      if (!isAnswered(field, v) || checkValue(field, v, ctx.today).length > 0) continue;
      const scope = scopeOf(next, ctx.today);
      if ((field.validations ?? []).some((rule) => scope.evaluate(rule.when) === false)) continue;
    }
    out.push(next);
  }
  return out;
}

/** The first input of `names` that is `ANY` in `state`. */
export function firstAny(state: State, names: readonly string[]): string | undefined {
  return names.find((n) => slotOf(state, n) === ANY);
}

/** Splits `state` on every `ANY` input among `names` (for conditions that look at whether a value is known). */
export function forkAll(ctx: ExploreContext, state: State, names: readonly string[]): State[] {
  let states = [state];
  for (const name of names) {
    if (slotOf(state, name) !== ANY) continue;
    states = states.flatMap((s) => forkInput(ctx, s, name));
  }
  return states;
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
  const work = ctx.inputs.observesUnknown(text) ? forkAll(ctx, state, names) : [state];
  const out: Forked<unknown>[] = [];
  while (work.length > 0) {
    const s = work.pop() as State;
    if (!spend(ctx)) {
      out.push({ state: s, value: undefined, truncated: true });
      continue;
    }
    const value = scopeOf(s, ctx.today).evaluate(text);
    const any = isUnknown(value) ? firstAny(s, names) : undefined;
    if (any === undefined) out.push({ state: s, value });
    else work.push(...forkInput(ctx, s, any).reverse());
  }
  return out;
}

/**
 * Routes out of `node` with the engine's own `chooseEdge`, splitting on
 * `ANY` inputs whenever the engine would stall on them.
 */
export function routeForked(ctx: ExploreContext, state: State, node: Node): Forked<RouteChoice>[] {
  const edges = ctx.compiled.out.get(node.id) ?? [];
  const allNames = [
    ...new Set(edges.flatMap((e) => (e.when !== undefined ? ctx.inputs.ofText(e.when) : []))),
  ];
  const observing = edges.filter((e) => e.when !== undefined && ctx.inputs.observesUnknown(e.when));
  const work =
    observing.length > 0
      ? forkAll(
          ctx,
          state,
          observing.flatMap((e) => ctx.inputs.ofText(e.when as string)),
        )
      : [state];
  const out: Forked<RouteChoice>[] = [];
  while (work.length > 0) {
    const s = work.pop() as State;
    if (!spend(ctx)) {
      out.push({
        state: s,
        value: { kind: 'stall', stall: { node: node.id, code: 'no_route', needs: [], message: '' } },
        truncated: true,
      });
      continue;
    }
    const choice = chooseEdge(scopeOf(s, ctx.today), node);
    let any: string | undefined;
    if (choice.kind === 'stall' && choice.stall.code === 'unknown_condition') {
      const needs = choice.stall.needs.map((n) => (n.kind === 'context' ? `context.${n.id}` : n.id));
      any = firstAny(s, needs) ?? firstAny(s, allNames);
    }
    if (any === undefined) out.push({ state: s, value: choice });
    else work.push(...forkInput(ctx, s, any).reverse());
  }
  return out;
}
