/**
 * Findings that need the whole exploration: nodes no answers can reach,
 * edges that can never be taken (shadowed by earlier edges, or with a
 * condition that never holds where they start), questions never shown, and
 * steps that always arrive with the same prefilled answers. Only reported
 * when the exploration covered every abstract route.
 */
import type { Edge, Node } from '../../engine/doc.js';
import { finding } from '../finding.js';
import type { ExploreContext } from '../explore/context.js';
import { answersText, counterExample, routeText } from '../explore/describe.js';
import { evaluateForked, routeForked } from '../explore/fork.js';
import { emptyExploration, type Exploration } from '../explore/record.js';
import type { State } from '../explore/state.js';
import { enterStep } from '../explore/step.js';
import { graphReachable, inputFields, nodeName } from '../model.js';
import type { Finding } from '../types.js';

/** Nodes the graph connects but no combination of answers reaches. */
export function infeasibleNodes(ctx: ExploreContext, record: Exploration): Finding[] {
  const reachable = graphReachable(ctx.model);
  const out: Finding[] = [];
  for (const [id, node] of ctx.model.nodes) {
    if (!reachable.has(id) || record.reachedNodes.has(id)) continue;
    const into = ctx.model.pathway.edges.filter((e) => e.to === id && record.reachedNodes.has(e.from));
    const why =
      into.length > 0
        ? `every edge into it (${into.map((e) => `${e.id}${e.when !== undefined ? ` “${e.when}”` : ''}`).join(', ')}) can never be taken on any route`
        : 'it is only reachable through nodes that no answers reach';
    out.push(
      finding(
        'unreachable_node',
        ctx.model.nodePath.get(id) ?? [],
        `Node ${nodeName(node, id)} can never be reached: ${why}. Fix the conditions on the way in, or delete the node.`,
        { nodeId: id },
      ),
    );
  }
  return out;
}

/** Arrival states at a node, after its step's fields are asked. */
export function arrivals(ctx: ExploreContext, record: Exploration, node: Node): State[] {
  const scratch = emptyExploration();
  const states = (record.statesAt.get(node.id) ?? []).map((i) => record.states[i] as State);
  return node.kind === 'step'
    ? states.flatMap((s) => enterStep(ctx, scratch, new Set(), s, node).map((v) => v.state))
    : states;
}

function untakenEdge(
  ctx: ExploreContext,
  node: Node,
  edge: Edge,
  states: readonly State[],
): Finding | undefined {
  const path = ctx.model.edgePath.get(edge) ?? [];
  const where = nodeName(node, node.id);
  if (edge.when === undefined) {
    return finding(
      'otherwise_never_taken',
      path,
      `The “otherwise” edge ${edge.id} out of ${where} is never taken: the edges before it cover every answer. It is harmless, but you may remove it.`,
      { nodeId: node.id, edgeId: edge.id },
    );
  }
  const order = ctx.compiled.out.get(node.id) ?? [];
  for (const state of states) {
    let witness: { state: State; first: Edge } | undefined;
    for (const branch of evaluateForked(ctx, state, edge.when)) {
      if (branch.truncated) return undefined;
      if (branch.value !== true) continue;
      // Earlier edges may read inputs this condition does not: route every way they can be answered.
      for (const routed of routeForked(ctx, branch.state, node)) {
        if (routed.truncated) return undefined;
        const choice = routed.value;
        if (choice.kind !== 'take' || choice.edge === edge) continue;
        // The latest earlier edge taken is the one that catches what would otherwise reach this edge.
        if (!witness || order.indexOf(choice.edge) > order.indexOf(witness.first))
          witness = { state: routed.state, first: choice.edge };
      }
    }
    if (!witness) continue;
    const { first } = witness;
    const example = counterExample(ctx, witness.state);
    return finding(
      'shadowed_edge',
      path,
      `Edge ${edge.id} (“${edge.when}”) out of ${where} is never taken: whenever its condition holds, an earlier edge, ${first.id}${first.when !== undefined ? ` (“${first.when}”)` : ''}, holds too and is taken first — e.g. when ${answersText(example, ctx.inputs.ofText(edge.when))}. Put the more specific edge first, or narrow the earlier condition.`,
      { nodeId: node.id, edgeId: edge.id, route: [...witness.state.route], counterExample: example },
    );
  }
  return finding(
    'edge_never_taken',
    path,
    `Edge ${edge.id} out of ${where} is never taken: its condition “${edge.when}” is false on every route that reaches ${where} (e.g. ${routeText(ctx, states[0]?.route ?? [])}). Fix the condition, or remove the edge.`,
    {
      nodeId: node.id,
      edgeId: edge.id,
    },
  );
}

/** Edges out of reached nodes that no explored route takes, with the reason. */
export function untakenEdges(ctx: ExploreContext, record: Exploration): Finding[] {
  const out: Finding[] = [];
  for (const [id, edges] of ctx.compiled.out) {
    const node = ctx.model.nodes.get(id);
    if (!node || !record.reachedNodes.has(id) || node.kind === 'outcome') continue;
    const otherwise = edges.findIndex((e) => e.when === undefined);
    const candidates = edges.filter(
      (e, i) =>
        !record.takenEdges.has(e.id) && ctx.model.nodes.has(e.to) && (otherwise < 0 || i <= otherwise),
    );
    if (candidates.length === 0) continue;
    const states = arrivals(ctx, record, node);
    for (const edge of candidates) {
      const f = untakenEdge(ctx, node, edge, states);
      if (f) out.push(f);
      if (ctx.spend.exhausted) return out;
    }
  }
  return out;
}

/** Questions on reached steps that no route ever shows, and steps that always arrive fully prefilled with the same answers. */
export function pageFriction(ctx: ExploreContext, record: Exploration): Finding[] {
  const out: Finding[] = [];
  for (const [id, node] of ctx.model.nodes) {
    if (node.kind !== 'step' || !record.reachedNodes.has(id)) continue;
    for (const field of inputFields(node)) {
      if (record.shownFields.has(field.id)) continue;
      const entry = ctx.model.fields.get(field.id);
      out.push(
        finding(
          'field_never_shown',
          [...(entry?.path ?? []), 'showWhen'],
          `The question “${field.label}” (${field.id}) is never shown: its showWhen “${field.showWhen ?? ''}” is false on every route through ${nodeName(node, id)}. Fix the condition, or remove the question.`,
          { nodeId: id, fieldId: field.id },
        ),
      );
    }
    const prefills = record.prefills.get(id);
    if (prefills && prefills.size === 1) {
      out.push(
        finding(
          'always_prefilled',
          ctx.model.nodePath.get(id) ?? [],
          `Every question on ${nodeName(node, id)} always arrives prefilled with the same answers (${[...prefills][0]}), yet the page is still shown. Consider removing the page and using those values directly, or prefilling from the patient's record.`,
          { nodeId: id },
        ),
      );
    }
  }
  return out;
}
