/**
 * Sizes and friction figures. Per outcome: the fewest and most questions a
 * clinician is shown on the way (over the explored state graph) and the
 * number of distinct node routes to it (states grouped by node, so that two
 * answer combinations taking the same route count once).
 */
import type { Exploration } from './explore/record.js';
import { inputFields, type PathwayModel } from './model.js';
import type { Metrics, OutcomeMetrics } from './types.js';

const MAX_ROUTE_GROUPS = 50_000;

/** State ids in reverse postorder from the root (a topological order when there is no cycle). */
function reversePostorder(succ: (id: number) => readonly number[], root: number): number[] {
  const order: number[] = [];
  const seen = new Set<number>([root]);
  const stack: { id: number; i: number }[] = [{ id: root, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { id: number; i: number };
    const next = succ(top.id);
    if (top.i < next.length) {
      const to = next[top.i++] as number;
      if (!seen.has(to)) {
        seen.add(to);
        stack.push({ id: to, i: 0 });
      }
    } else {
      order.push(top.id);
      stack.pop();
    }
  }
  return order.reverse();
}

interface Figures {
  fewest: Map<string, number>;
  most: Map<string, number>;
  longest: number;
}

function questionFigures(record: Exploration): Figures {
  const n = record.states.length;
  const lo = new Array<number>(n).fill(Infinity);
  const hi = new Array<number>(n).fill(-Infinity);
  const len = new Array<number>(n).fill(0);
  const fewest = new Map<string, number>();
  const most = new Map<string, number>();
  if (n === 0) return { fewest, most, longest: 0 };
  const order = reversePostorder((id) => (record.transitions[id] ?? []).map((t) => t.to), 0);
  const pos = new Map(order.map((id, i) => [id, i]));
  lo[0] = 0;
  hi[0] = 0;
  len[0] = 1;
  let longest = 0;
  for (const id of order) {
    const state = record.states[id];
    const transitions = record.transitions[id] ?? [];
    if (state && transitions.length === 0 && record.reachedNodes.has(state.node)) {
      fewest.set(state.node, Math.min(fewest.get(state.node) ?? Infinity, lo[id] as number));
      most.set(state.node, Math.max(most.get(state.node) ?? -Infinity, hi[id] as number));
      longest = Math.max(longest, len[id] as number);
    }
    for (const t of transitions) {
      // Edges back to an earlier state close a cycle (reported elsewhere); routes do not follow them.
      if ((pos.get(t.to) ?? 0) <= (pos.get(id) ?? 0)) continue;
      lo[t.to] = Math.min(lo[t.to] as number, (lo[id] as number) + t.questions);
      hi[t.to] = Math.max(hi[t.to] as number, (hi[id] as number) + t.questions);
      len[t.to] = Math.max(len[t.to] as number, (len[id] as number) + 1);
    }
  }
  return { fewest, most, longest };
}

/** Distinct node routes per outcome node id; `exact` is false when the count was cut short. */
export function countRoutes(record: Exploration): { routes: Map<string, number>; exact: boolean } {
  const routes = new Map<string, number>();
  if (record.states.length === 0) return { routes, exact: true };
  const groups: number[][] = [];
  const index = new Map<string, number>();
  const succ: number[][] = [];
  let exact = true;
  const group = (ids: number[]): number => {
    const key = ids.sort((a, b) => a - b).join(',');
    const known = index.get(key);
    if (known !== undefined) return known;
    const id = groups.length;
    index.set(key, id);
    groups.push(ids);
    succ.push([]);
    return id;
  };
  group([0]);
  for (let g = 0; g < groups.length; g++) {
    if (groups.length > MAX_ROUTE_GROUPS) {
      exact = false;
      break;
    }
    const byNode = new Map<string, Set<number>>();
    for (const id of groups[g] as number[]) {
      for (const t of record.transitions[id] ?? []) {
        const node = (record.states[t.to] as { node: string }).node;
        const set = byNode.get(node) ?? new Set<number>();
        set.add(t.to);
        byNode.set(node, set);
      }
    }
    for (const ids of byNode.values()) succ[g]?.push(group([...ids]));
  }
  const order = reversePostorder((g) => succ[g] ?? [], 0);
  const pos = new Map(order.map((g, i) => [g, i]));
  const count = new Array<number>(groups.length).fill(0);
  count[0] = 1;
  for (const g of order) {
    const next = succ[g] ?? [];
    if (next.length === 0) {
      const first = (groups[g] as number[])[0] as number;
      const node = (record.states[first] as { node: string }).node;
      if ((record.transitions[first] ?? []).length === 0)
        routes.set(node, (routes.get(node) ?? 0) + (count[g] as number));
    }
    for (const to of next)
      if ((pos.get(to) ?? 0) > (pos.get(g) ?? 0)) count[to] = (count[to] as number) + (count[g] as number);
  }
  return { routes, exact };
}

/** The metrics of a pathway from its model and its exploration. */
export function computeMetrics(model: PathwayModel, record: Exploration): Metrics {
  const nodes = [...model.nodes.values()];
  const kinds = { step: 0, decision: 0, info: 0, outcome: 0 };
  for (const node of nodes) kinds[node.kind] += 1;
  const figures = questionFigures(record);
  const { routes } = countRoutes(record);
  const outcomes: OutcomeMetrics[] = model.outcomes.map((o) => {
    const reachable = record.reachedNodes.has(o.id);
    return {
      nodeId: o.id,
      title: o.title,
      disposition: o.disposition,
      urgency: o.urgency,
      reachable,
      fewestQuestions: reachable ? (figures.fewest.get(o.id) ?? null) : null,
      mostQuestions: reachable ? (figures.most.get(o.id) ?? null) : null,
      routes: routes.get(o.id) ?? 0,
    };
  });
  return {
    nodes: { total: nodes.length, ...kinds },
    edges: model.pathway.edges.length,
    questions: nodes.reduce((n, node) => n + (node.kind === 'step' ? inputFields(node).length : 0), 0),
    variables: model.pathway.variables.length,
    scenarios: model.pathway.scenarios.length,
    redFlags: [...model.fields.values()].filter((f) => f.field.redFlag !== undefined).length,
    longestRoute: figures.longest,
    outcomes,
  };
}
