/**
 * A route to a node, as answers: what the designer's "Preview from here"
 * needs when no earlier run goes through the node. Built on the same
 * symbolic exploration as the analysis, so the answers are ones the
 * engine's own routing takes to the node.
 */
import type { AnswerValue, Pathway } from '../engine/doc.js';
import { DEFAULT_BUDGET } from './analyze.js';
import { counterExample } from './explore/describe.js';
import { explore } from './explore/explorer.js';
import { buildModel } from './model.js';

/** Answers and context that take the engine from the start to a node. */
export interface RouteWitness {
  /** Node ids from the start to the node, both included. */
  readonly route: string[];
  /** Answers by field id, for the questions asked on the way (the node's own are not included). */
  readonly answers: Record<string, AnswerValue>;
  /** Context facts by id (without the `context.` prefix) that the route depends on. */
  readonly context: Record<string, unknown>;
}

/** What {@link routeTo} found. */
export interface RouteSearch {
  /** The shortest route the exploration found to the node, with its answers; absent when none was found. */
  readonly witness?: RouteWitness;
  /**
   * True when the exploration saw every abstract route: without a witness,
   * no answers at all reach the node. False when the budget ran out first.
   */
  readonly complete: boolean;
}

/**
 * Finds answers that reach `nodeId` from the start, with the engine's routing.
 *
 * @example
 * const { witness, complete } = routeTo(pathway, 'refer');
 * if (witness) runPath(pathway, { answers: witness.answers, context: witness.context }); // passes through 'refer'
 * else if (complete) console.log('No answers reach this node.');
 */
export function routeTo(
  pathway: Pathway,
  nodeId: string,
  options: { readonly today?: string; readonly budget?: number } = {},
): RouteSearch {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { record, ctx } = explore(buildModel(pathway), { today, budget: options.budget ?? DEFAULT_BUDGET });
  const complete = record.complete && !ctx.spend.exhausted;
  const first = record.statesAt.get(nodeId)?.[0];
  const state = first === undefined ? undefined : record.states[first];
  if (!state) return { complete };
  const answers: Record<string, AnswerValue> = {};
  const context: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(counterExample(ctx, state))) {
    if (name.startsWith('context.')) context[name.slice('context.'.length)] = value;
    else answers[name] = value as AnswerValue;
  }
  return { witness: { route: [...state.route], answers, context }, complete };
}
