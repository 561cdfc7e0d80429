/**
 * Abstract states of the exploration. A state is a node, the route that led
 * there, and a slot per input asked so far: `ANY` (asked, value not yet
 * chosen because nothing has read it), `BLANK` (left blank / not provided)
 * or a concrete representative value. Inputs never asked have no slot and
 * are unknown to the engine, exactly as in a real session.
 *
 * Field slots live in a small map by the engine's field ordinal, holding only
 * the fields asked on the route, so a state costs what its route asked and a
 * fork copies only that; the engine's answer table is built from it when a
 * scope is needed, and let go with the scope.
 */
import type { Compiled } from '../../engine/compiled.js';
import type { AnswerValue } from '../../engine/doc.js';
import { createScope, type Scope } from '../../engine/scope.js';

/** Asked, but its value has not mattered yet. */
export const ANY = 'any';
/** Asked and left blank (optional field), or a context fact not provided. */
export const BLANK = 'blank';

/** What is known about one input on a route. */
export type Slot = typeof ANY | typeof BLANK | { readonly v: unknown };

/** One abstract state. Immutable: forks copy. */
export interface State {
  readonly node: string;
  readonly route: readonly string[];
  readonly compiled: Compiled;
  /** Field slots by the engine's field ordinal: the fields asked on the route. */
  readonly fields: ReadonlyMap<number, Slot>;
  /** Context slots by `context.<id>`. */
  readonly context: ReadonlyMap<string, Slot>;
}

/** Whether `name` is a context fact (`context.<id>`). */
export function isContextName(name: string): boolean {
  return name.startsWith('context.');
}

/** The slot of an input (field id or `context.<id>`). */
export function slotOf(state: State, name: string): Slot | undefined {
  if (isContextName(name)) return state.context.get(name);
  const entry = state.compiled.fields.get(name);
  return entry === undefined ? undefined : state.fields.get(entry.ordinal);
}

/** A copy of `state` with one slot set (or removed with `undefined`). */
export function withSlot(state: State, name: string, slot: Slot | undefined): State {
  if (isContextName(name)) {
    const context = new Map(state.context);
    if (slot === undefined) context.delete(name);
    else context.set(name, slot);
    return { ...state, context };
  }
  const entry = state.compiled.fields.get(name);
  if (entry === undefined) return state;
  const fields = new Map(state.fields);
  if (slot === undefined) fields.delete(entry.ordinal);
  else fields.set(entry.ordinal, slot);
  return { ...state, fields };
}

/** The same slots at another node. */
export function moveTo(state: State, node: string): State {
  return { ...state, node, route: [...state.route, node] };
}

/** Every slot of a state, fields in document order then context. */
export function* slotEntries(state: State): Iterable<[string, Slot]> {
  const order = [...state.fields.keys()].sort((a, b) => a - b);
  for (const ordinal of order) {
    const entry = state.compiled.fieldOrder[ordinal];
    const slot = state.fields.get(ordinal);
    if (slot !== undefined && entry) yield [entry.field.id, slot];
  }
  yield* state.context;
}

/** The first state: at `node`, with every context fact `ANY`. */
export function initialState(compiled: Compiled, node: string): State {
  const context = new Map<string, Slot>();
  for (const id of compiled.context.keys()) context.set(`context.${id}`, ANY);
  return { node, route: [node], compiled, fields: new Map(), context };
}

const scopes = new WeakMap<State, Scope>();

/** The engine's evaluation scope of a state (cached per state object). */
export function scopeOf(state: State, today: string): Scope {
  let scope = scopes.get(state);
  if (!scope) {
    const context: Record<string, unknown> = {};
    for (const [name, slot] of state.context) if (typeof slot === 'object') context[name.slice(8)] = slot.v;
    const answers: (AnswerValue | undefined)[] = [];
    for (const [ordinal, slot] of state.fields)
      if (typeof slot === 'object') answers[ordinal] = slot.v as AnswerValue;
    scope = createScope(state.compiled, { route: state.route, answers, context, today });
    scopes.set(state, scope);
  }
  return scope;
}

/** Lets go of a state's cached scope (the state stays usable; its scope is built again if asked for). */
export function forgetScope(state: State): void {
  scopes.delete(state);
}

/** A slot as key text. */
export function encode(slot: Slot | undefined): string {
  if (slot === undefined) return '';
  if (slot === ANY) return '*';
  if (slot === BLANK) return '_';
  return JSON.stringify(slot.v);
}

/**
 * The merge key of a state: its node and the values of the names that can
 * still be read from there on (`live`: name → 2 for its value, 1 for whether
 * it was answered). A field or context fact is its slot; a variable is its
 * value when known, else the slots of its inputs. Two states with the same
 * key behave the same from here on, so the second is not explored again.
 */
export function stateKey(
  state: State,
  live: ReadonlyMap<string, number>,
  variableValue: (state: State, name: string) => string | undefined,
): string {
  // The live names come in a fixed order per node, so a value's place says whose it is.
  const parts: string[] = [];
  for (const [name, how] of live) {
    const slot = slotOf(state, name);
    // Read only for "was it answered?": any concrete value will do.
    if (slot !== undefined) parts.push(how === 1 && typeof slot === 'object' ? 'v' : encode(slot));
    else parts.push(variableValue(state, name) ?? '');
  }
  return `${state.node}\u0001${parts.join('\u0002')}`;
}
