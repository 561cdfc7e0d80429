import type { PathwayNode } from '../core.js';
import type { NodeBadge } from './checks/badges.js';

/** A figure written on a node or a connection, so that colour is never the only carrier of it. */
export interface CanvasMark {
  /** Shown on the canvas, e.g. `Abandoned 1 of 2 (50%)`. */
  readonly text: string;
  /** Added to the element's accessible name: the figures in full. */
  readonly description: string;
}

/** A mark on a connection, with the stroke width it is drawn with. */
export interface EdgeMark extends CanvasMark {
  /** Stroke width in pixels. */
  readonly width: number;
}

/** What the colours and widths of a decoration mean, drawn as a key on the canvas. */
export interface CanvasLegend {
  readonly title: string;
  /** Each colour: the class that paints its swatch, and what it means. */
  readonly items: readonly { readonly className: string; readonly label: string }[];
  /** A further line, e.g. what the line thickness means. */
  readonly note?: string;
}

/**
 * What the designer paints over the projection of the document: problem
 * badges, the preview's route, uncovered edges and outcomes, diff colours,
 * usage figures. Decorations never change the document.
 */
export interface Decorations {
  readonly badges: ReadonlyMap<string, NodeBadge>;
  /** Extra CSS classes per node id, e.g. `cw-current cw-visited`. */
  readonly nodeClasses: ReadonlyMap<string, string>;
  /** Extra CSS classes per edge id. */
  readonly edgeClasses: ReadonlyMap<string, string>;
  /** Nodes that are not in the document but are drawn greyed out (removed since a compared version). */
  readonly ghosts?: readonly { node: PathwayNode; position: { x: number; y: number } }[];
  /** Figures written on nodes and connections (the usage overlay), by id. */
  readonly marks?: {
    readonly nodes: ReadonlyMap<string, CanvasMark>;
    readonly edges: ReadonlyMap<string, EdgeMark>;
  };
  /** The key to the colours, drawn in a corner of the canvas. */
  readonly legend?: CanvasLegend;
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
