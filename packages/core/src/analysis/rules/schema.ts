/**
 * The schema's own consistency rules (duplicate ids, unknown references, a
 * start that names no node, edges out of outcomes, …) as findings, so that
 * the analysis reports them with the node, edge or field they concern
 * rather than checking them a second time.
 */
import type { Issue } from '../../schema/issues.js';
import type { PathwayModel } from '../model.js';
import type { Finding } from '../types.js';

/** The schema issues with the ids they concern filled in from their paths. */
export function schemaFindings(model: PathwayModel, issues: readonly Issue[]): Finding[] {
  const { pathway } = model;
  return issues.map((issue) => {
    const [top, index, sub, subIndex] = issue.path;
    const extras: { nodeId?: string; edgeId?: string; fieldId?: string } = {};
    if (top === 'nodes' && typeof index === 'number') {
      const node = pathway.nodes[index];
      if (node) extras.nodeId = node.id;
      if (node?.kind === 'step' && sub === 'fields' && typeof subIndex === 'number') {
        const field = node.fields[subIndex];
        if (field) extras.fieldId = field.id;
      }
    } else if (top === 'edges' && typeof index === 'number') {
      const edge = pathway.edges[index];
      if (edge) {
        extras.edgeId = edge.id;
        extras.nodeId = edge.from;
      }
    } else if (top === 'variables' && typeof index === 'number') {
      const v = pathway.variables[index];
      if (v) extras.fieldId = v.id;
    }
    return { ...issue, ...extras };
  });
}
