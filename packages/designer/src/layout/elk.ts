import ELK from 'elkjs/lib/elk-api.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { Pathway } from '../core.js';
import { defaultLayoutWorkerUrl } from './elk-worker-url.js';

export { defaultLayoutWorkerUrl };

type Size = { width: number; height: number };

const DEFAULT_SIZE: Size = { width: 220, height: 110 };
const engines = new Map<string, InstanceType<typeof ELK>>();

/**
 * ELK runs in a Web Worker loaded from its own file (no inline worker, no
 * eval), so a large pathway is arranged without freezing the page and the
 * app keeps `script-src 'self'`. One worker per worker address.
 */
function engine(workerUrl: string): InstanceType<typeof ELK> {
  let elk = engines.get(workerUrl);
  if (!elk) {
    elk = new ELK({ workerUrl });
    engines.set(workerUrl, elk);
  }
  return elk;
}

/** The ELK graph of a pathway: nodes with their drawn sizes, edges in document order. */
export function toElkGraph(doc: Pathway, sizes: ReadonlyMap<string, Size>): ElkNode {
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.spacing.nodeNode': '50',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.edgeRouting': 'ORTHOGONAL',
    },
    children: doc.nodes.map((n) => ({ id: n.id, ...(sizes.get(n.id) ?? DEFAULT_SIZE) })),
    edges: doc.edges
      .filter((e) => e.from !== e.to)
      .map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  };
}

/**
 * Arranges the pathway top-down in layers (start at the top, outcomes
 * below), in ELK's worker loaded from `workerUrl` (by default the copy of
 * `elk-worker.min.js` shipped beside the package's built files).
 */
export async function autoLayout(
  doc: Pathway,
  sizes: ReadonlyMap<string, Size>,
  workerUrl: string | URL = defaultLayoutWorkerUrl,
): Promise<Record<string, { x: number; y: number }>> {
  const result = await engine(String(workerUrl)).layout(toElkGraph(doc, sizes));
  const positions: Record<string, { x: number; y: number }> = {};
  for (const child of result.children ?? [])
    positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  return positions;
}
