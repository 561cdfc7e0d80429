import type { Pathway, PathwayNode } from '../core.js';

/** The nodes in reading order: breadth-first from the start along edge order, then any not reached. */
export function readingOrder(doc: Pathway): PathwayNode[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const order: PathwayNode[] = [];
  const queue = byId.has(doc.start) ? [doc.start] : [];
  while (queue.length) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = byId.get(id);
    if (!node) continue;
    order.push(node);
    for (const edge of doc.edges) if (edge.from === id && !seen.has(edge.to)) queue.push(edge.to);
  }
  for (const node of doc.nodes) if (!seen.has(node.id)) order.push(node);
  return order;
}
