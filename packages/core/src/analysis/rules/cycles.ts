/**
 * Cycles: a route that can come back to a node it has passed. The engine
 * would ask the same questions again and again, so every cycle is an error.
 */
import { finding } from '../finding.js';
import { nodeName, type PathwayModel } from '../model.js';
import type { Edge } from '../provisional.js';
import type { Finding } from '../types.js';

/** Strongly connected components (Tarjan, iterative), each as a set of node ids. */
export function stronglyConnected(model: PathwayModel): Set<string>[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: Set<string>[] = [];
  let next = 0;
  for (const root of model.nodes.keys()) {
    if (index.has(root)) continue;
    const work: { id: string; i: number }[] = [{ id: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; i: number };
      const edges = model.out.get(frame.id) ?? [];
      if (frame.i < edges.length) {
        const to = (edges[frame.i++] as Edge).to;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, i: 0 });
        } else if (onStack.has(to))
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(to) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component = new Set<string>();
        let id: string;
        do {
          id = stack.pop() as string;
          onStack.delete(id);
          component.add(id);
        } while (id !== frame.id);
        components.push(component);
      }
    }
  }
  return components;
}

/** Each node's rank: breadth-first from the start, then the nodes no route reaches, in document order. */
function entryOrder(model: PathwayModel): Map<string, number> {
  const rank = new Map<string, number>();
  const queue = model.hasStart ? [model.pathway.start] : [];
  for (let q = 0; q < queue.length; q++) {
    const id = queue[q] as string;
    if (rank.has(id)) continue;
    rank.set(id, rank.size);
    for (const edge of model.out.get(id) ?? []) if (!rank.has(edge.to)) queue.push(edge.to);
  }
  for (const id of model.nodes.keys()) if (!rank.has(id)) rank.set(id, rank.size);
  return rank;
}

/** The shortest cycle through `first`, as the route and the edge that closes it. */
function cycleIn(
  model: PathwayModel,
  component: Set<string>,
  first: string,
): { route: string[]; closing: Edge } | undefined {
  const via = new Map<string, Edge>();
  const queue = [first];
  for (let q = 0; q < queue.length; q++) {
    const at = queue[q] as string;
    for (const edge of model.out.get(at) ?? []) {
      if (!component.has(edge.to)) continue;
      if (edge.to === first) {
        const route = [first];
        for (let id = at; id !== first; id = (via.get(id) as Edge).from) route.splice(1, 0, id);
        return { route: [...route, first], closing: edge };
      }
      if (!via.has(edge.to)) {
        via.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
  }
  return undefined;
}

/** A finding for every cycle in the graph (one per strongly connected group of nodes). */
export function cycles(model: PathwayModel): Finding[] {
  const out: Finding[] = [];
  const rank = entryOrder(model);
  for (const component of stronglyConnected(model)) {
    const only = [...component][0] as string;
    const selfLoop = component.size === 1 && (model.out.get(only) ?? []).some((e) => e.to === only);
    if (component.size === 1 && !selfLoop) continue;
    // Start from where the route first enters the loop, so that the closing edge is the one that goes back.
    const entry = [...component].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))[0] as string;
    const cycle = cycleIn(model, component, entry);
    if (!cycle) continue;
    const names = cycle.route.map((id) => nodeName(model.nodes.get(id), id));
    out.push(
      finding(
        'cycle',
        model.edgePath.get(cycle.closing) as (string | number)[],
        `The route can loop: ${names.join(' → ')}. A pathway must always move forward, or the clinician is asked the same questions again and again. Point edge ${cycle.closing.id} at a later node.`,
        { nodeId: cycle.closing.from, edgeId: cycle.closing.id, route: cycle.route },
      ),
    );
  }
  return out;
}
