/**
 * The path-sensitive exploration: a breadth-first walk over abstract states
 * from the start, routing with the engine's own `chooseEdge`, splitting on
 * answers only where a condition reads them, merging states that can no
 * longer behave differently, and stopping when the budget is spent.
 */
import type { PathwayModel } from '../model.js';
import { exploreContext, spend, type ExploreContext } from './context.js';
import { routeForked } from './fork.js';
import { checkOutcome } from './outcome.js';
import { emptyExploration, type Exploration } from './record.js';
import { recordStall } from './routing.js';
import { encode, forgetScope, initialState, moveTo, scopeOf, slotOf, stateKey, type State } from './state.js';
import { isUnknown } from '../../engine/expressions.js';
import { enterStep, type StepView } from './step.js';

/** Options of {@link explore}. */
export interface ExploreOptions {
  readonly today: string;
  readonly budget: number;
}

/** A variable's part of a state key: its value when known, else the slots of its inputs; `undefined` for names that are not variables. */
function variableKey(ctx: ExploreContext, state: State, name: string): string | undefined {
  if (!ctx.model.variables.has(name)) return undefined;
  const value = scopeOf(state, ctx.today).lookup(name);
  if (!isUnknown(value)) return JSON.stringify(value);
  return `?${ctx.inputs
    .ofName(name)
    .map((i) => encode(slotOf(state, i)))
    .join(',')}`;
}

/** Explores `model`'s routes; returns the record and the context (for follow-up checks). */
export function explore(
  model: PathwayModel,
  options: ExploreOptions,
): { record: Exploration; ctx: ExploreContext } {
  const ctx = exploreContext(model, options.today, options.budget);
  const record = emptyExploration();
  if (!model.hasStart) return { record, ctx };
  const seen = new Set<string>();
  const keys = new Map<string, number>();
  const start = model.pathway.start;
  const add = (state: State): number => {
    const key = stateKey(state, ctx.live.get(state.node) ?? new Map(), (s, name) =>
      variableKey(ctx, s, name),
    );
    const known = keys.get(key);
    if (known !== undefined) return known;
    const id = record.states.length;
    keys.set(key, id);
    record.states.push(state);
    record.transitions.push([]);
    const list = record.statesAt.get(state.node);
    if (list) list.push(id);
    else record.statesAt.set(state.node, [id]);
    return id;
  };
  add(initialState(ctx.compiled, start));
  for (let next = 0; next < record.states.length; next++) {
    if (!spend(ctx)) {
      record.complete = false;
      break;
    }
    const state = record.states[next] as State;
    const node = model.nodes.get(state.node);
    if (!node) continue;
    record.reachedNodes.add(node.id);
    if (node.kind === 'outcome') {
      checkOutcome(ctx, record, seen, state, node);
      continue;
    }
    // Many answers lead the same way: one transition per target, edge and question count.
    const made = new Set<string>();
    const views: StepView[] =
      node.kind === 'step' ? enterStep(ctx, record, seen, state, node) : [{ state, questions: 0 }];
    for (const view of views) {
      for (const branch of routeForked(ctx, view.state, node)) {
        if (branch.truncated) continue;
        const choice = branch.value;
        if (choice.kind === 'stall') {
          recordStall(ctx, record, seen, branch.state, node, choice.stall);
          continue;
        }
        const edge = choice.edge;
        if (!model.nodes.has(edge.to)) continue;
        record.takenEdges.add(edge.id);
        const arrived = moveTo(branch.state, edge.to);
        if (ctx.compiled.context.size > 0 && model.nodes.get(edge.to)?.kind === 'outcome')
          record.arrivals.push(arrived);
        const to = add(arrived);
        const key = `${to}|${edge.id}|${view.questions}`;
        if (made.has(key)) continue;
        made.add(key);
        record.transitions[next]?.push({ to, edge: edge.id, questions: view.questions });
      }
      forgetScope(view.state);
    }
    // Expanded: its scope (and the values it remembers) is not needed again while exploring.
    forgetScope(state);
  }
  if (ctx.spend.exhausted) record.complete = false;
  return { record, ctx };
}
