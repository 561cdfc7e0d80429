/** The selected canvas elements: node ids and edge ids. */
export interface Selection {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/** An empty selection. */
export const noSelection: Selection = { nodes: [], edges: [] };

/** A selection of one node. */
export function selectNode(nodeId: string): Selection {
  return { nodes: [nodeId], edges: [] };
}
