/**
 * Words for findings found on a route: the route by node titles, and the
 * answers that lead there as a concrete counter-example.
 */
import type { ExploreContext } from './context.js';
import { firstValue } from './fork.js';
import { ANY, isContextName, slotEntries, type State } from './state.js';

/**
 * Concrete answers (by field id) and context (`context.<id>`) that take the
 * engine along `state`'s route: every asked field gets a value, inputs that
 * never mattered get their first valid representative.
 */
export function counterExample(ctx: ExploreContext, state: State): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, slot] of slotEntries(state)) {
    if (typeof slot === 'object') out[name] = slot.v;
    else if (slot === ANY && !isContextName(name)) {
      const value = firstValue(ctx, state, name);
      if (value !== undefined) out[name] = value;
    }
  }
  return out;
}

/** A route as node titles: `Symptoms → Red flags → Refer urgently`. */
export function routeText(ctx: ExploreContext, route: readonly string[]): string {
  return route.map((id) => ctx.model.nodes.get(id)?.title ?? id).join(' → ');
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return `[${value.map(valueText).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** Answers as `id = value` pairs, only those the condition or route reads when `only` is given. */
export function answersText(example: Record<string, unknown>, only?: readonly string[]): string {
  const keys = Object.keys(example).filter((k) => !only || only.includes(k));
  if (keys.length === 0) return 'no answers at all';
  return keys.map((k) => `${k} = ${valueText(example[k])}`).join(', ');
}
