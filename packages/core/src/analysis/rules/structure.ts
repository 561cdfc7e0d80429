/**
 * Structure rules of the graph, before any expression is read: nodes no
 * route reaches and non-outcome nodes with no way on. (Duplicate ids,
 * unknown references, a missing start and edges out of outcomes are the
 * schema's rules, reported through `checkPathwayRules`; cycles are in
 * `cycles.ts`.)
 */
import { finding } from '../finding.js';
import { graphReachable, nodeName, type PathwayModel } from '../model.js';
import type { Finding } from '../types.js';

/** Nodes no edge path from the start reaches, and non-outcome nodes with no way on. */
export function reachabilityAndDeadEnds(model: PathwayModel): Finding[] {
  const out: Finding[] = [];
  const reachable = graphReachable(model);
  for (const [id, node] of model.nodes) {
    const path = model.nodePath.get(id) as (string | number)[];
    if (model.hasStart && !reachable.has(id)) {
      out.push(
        finding(
          'unreachable_node',
          path,
          `Node ${nodeName(node, id)} cannot be reached from the start: no route leads to it. Connect it with an edge or delete it.`,
          { nodeId: id },
        ),
      );
    }
    const edges = model.out.get(id) ?? [];
    if (node.kind !== 'outcome' && edges.length === 0) {
      out.push(
        finding(
          'dead_end',
          path,
          `Node ${nodeName(node, id)} is a dead end: it is not an outcome and has no edge out, so the clinician would be stuck. Add an edge to the next node or make it an outcome.`,
          { nodeId: id },
        ),
      );
    }
  }
  return out;
}
