import type { PathwayNode } from '../core.js';
import type { NodeBadge } from '../kinds/types.js';

/**
 * What the designer paints over the projection of the document: problem
 * badges, the preview's route, uncovered edges and outcomes, diff colours.
 */
export interface Decorations {
  readonly badges: ReadonlyMap<string, NodeBadge>;
  /** Extra CSS classes per node id, e.g. `cw-current cw-visited`. */
  readonly nodeClasses: ReadonlyMap<string, string>;
  /** Extra CSS classes per edge id. */
  readonly edgeClasses: ReadonlyMap<string, string>;
  /** Nodes that are not in the document but are drawn greyed out (removed since a compared version). */
  readonly ghosts?: readonly { node: PathwayNode; position: { x: number; y: number } }[];
}

/** No decorations. */
export const noDecorations: Decorations = {
  badges: new Map(),
  nodeClasses: new Map(),
  edgeClasses: new Map(),
};

/** Merges several class maps into one, joining the classes of the same id. */
export function mergeClasses(...maps: ReadonlyMap<string, string>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const map of maps)
    for (const [id, cls] of map) out.set(id, out.has(id) ? `${out.get(id)} ${cls}` : cls);
  return out;
}
