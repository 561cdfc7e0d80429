/**
 * Edge order that lowers urgency: at a node, an earlier edge leading to a
 * less urgent outcome catches answers for which a later edge, leading to a
 * more urgent one, also holds. Edges are tried in order, so those patients
 * are sent to the less urgent outcome. Reported only when the earlier edge's
 * target can reach nothing as urgent as the least urgent outcome the later
 * edge's target leads to, so that branches that can still escalate further
 * on raise no alarm.
 */
import type { Edge, Node } from '../../engine/doc.js';
import { finding } from '../finding.js';
import type { ExploreContext } from '../explore/context.js';
import { answersText, counterExample } from '../explore/describe.js';
import { evaluateForked, routeForked } from '../explore/fork.js';
import { emptyExploration, type Exploration } from '../explore/record.js';
import { moveTo, type State } from '../explore/state.js';
import { enterStep } from '../explore/step.js';
import { nodeName, type PathwayModel } from '../model.js';
import type { Finding } from '../types.js';
import { arrivals } from './paths.js';
import { withOwnBudget } from './own-budget.js';
import { URGENCY_RANK } from './static-safety.js';

/** The least and most urgent ranks of the outcomes reachable from a node along edges (itself, for an outcome). */
export interface UrgencySpan {
  readonly least: number;
  readonly most: number;
}

const URGENCY_NAMES = Object.keys(URGENCY_RANK);

/** The {@link UrgencySpan} of every node that leads to some outcome. */
export function urgencySpans(model: PathwayModel): Map<string, UrgencySpan> {
  const spans = new Map<string, UrgencySpan>();
  for (const id of model.nodes.keys()) {
    let least = Infinity;
    let most = -Infinity;
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const at = stack.pop() as string;
      if (seen.has(at)) continue;
      seen.add(at);
      const node = model.nodes.get(at);
      if (node?.kind === 'outcome') {
        const rank = URGENCY_RANK[node.urgency] ?? 0;
        least = Math.min(least, rank);
        most = Math.max(most, rank);
      }
      for (const edge of model.out.get(at) ?? []) stack.push(edge.to);
    }
    if (most >= least) spans.set(id, { least, most });
  }
  return spans;
}

const urgencyName = (rank: number): string => URGENCY_NAMES[rank] ?? String(rank);

/** Answers at `node` for which `later` holds and the engine takes `earlier`, if any explored state has them. */
function caught(
  ctx: ExploreContext,
  node: Node,
  earlier: Edge,
  later: Edge,
  states: readonly State[],
): State | undefined {
  for (const state of states) {
    for (const branch of evaluateForked(ctx, state, later.when as string)) {
      if (branch.truncated) return undefined;
      if (branch.value !== true) continue;
      for (const routed of routeForked(ctx, branch.state, node)) {
        if (routed.truncated) return undefined;
        if (routed.value.kind === 'take' && routed.value.edge === earlier) return routed.state;
      }
    }
  }
  return undefined;
}

/**
 * Follows `state` on from `node` along `edge` to an outcome, taking the first
 * way the engine can go at each node, so that the counter-example's answers
 * carry a run all the way to the less urgent outcome. Gives the state where
 * it stopped (at the outcome, unless the route could not be completed).
 */
function followToOutcome(ctx: ExploreContext, state: State, edge: Edge): State {
  const scratch = emptyExploration();
  let at = moveTo(state, edge.to);
  for (let hops = 0; hops < ctx.model.nodes.size; hops++) {
    const node = ctx.model.nodes.get(at.node);
    if (!node || node.kind === 'outcome') return at;
    const view = node.kind === 'step' ? enterStep(ctx, scratch, new Set(), at, node)[0]?.state : at;
    let next: ReturnType<typeof routeForked> extends Iterable<infer B> ? B | undefined : never;
    if (view)
      for (const b of routeForked(ctx, view, node))
        if (!b.truncated && b.value.kind === 'take') {
          next = b;
          break;
        }
    if (!next || next.value.kind !== 'take') return at;
    at = moveTo(next.state, next.value.edge.to);
  }
  return at;
}

/** Earlier edges to less urgent outcomes that catch answers a later, more urgent edge was written for. */
export function urgencyLoweredByEdgeOrder(explored: ExploreContext, record: Exploration): Finding[] {
  const ctx = withOwnBudget(explored);
  const spans = urgencySpans(ctx.model);
  const out: Finding[] = [];
  for (const [id, edges] of ctx.compiled.out) {
    const node = ctx.model.nodes.get(id);
    if (!node || node.kind === 'outcome' || !record.reachedNodes.has(id) || edges.length < 2) continue;
    let states: State[] | undefined;
    edges.forEach((earlier, i) => {
      const low = spans.get(earlier.to);
      if (earlier.when === undefined || !low || !record.takenEdges.has(earlier.id)) return;
      for (const later of edges.slice(i + 1)) {
        const high = spans.get(later.to);
        if (later.when === undefined || !high || low.most >= high.least) continue;
        states ??= arrivals(ctx, record, node);
        const witness = caught(ctx, node, earlier, later, states);
        if (!witness) continue;
        const ending = followToOutcome(ctx, witness, earlier);
        const example = counterExample(ctx, ending);
        const reads = [
          ...new Set([...ctx.inputs.ofText(earlier.when ?? ''), ...ctx.inputs.ofText(later.when)]),
        ];
        const to = (edge: Edge) => nodeName(ctx.model.nodes.get(edge.to), edge.to);
        out.push(
          finding(
            'urgency_lowered_by_edge_order',
            ctx.model.edgePath.get(earlier) ?? [],
            `Out of ${nodeName(node, id)}, edge ${earlier.id} (“${earlier.when}”) to ${to(earlier)}, at most ${urgencyName(low.most)}, comes before edge ${later.id} (“${later.when}”) to ${to(later)}, at least ${urgencyName(high.least)}, and catches answers for which both hold: with ${answersText(example, reads)} the patient is sent to the less urgent outcome. Put edge ${later.id} first, or narrow the condition of ${earlier.id} so that it leaves those answers to ${later.id}.`,
            { nodeId: id, edgeId: earlier.id, route: [...ending.route], counterExample: example },
          ),
        );
      }
    });
    if (ctx.spend.exhausted) break;
  }
  return out;
}
