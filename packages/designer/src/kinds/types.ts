import type { ComponentType } from 'react';
import type { Node as FlowNode, NodeProps } from '@xyflow/react';
import type { CanvasMark } from '../editor/decorations.js';
import type { Pathway, PathwayEdge, PathwayNode } from '../core.js';

/** Problems found on one node, for its badge. */
export interface NodeBadge {
  readonly errors: number;
  readonly warnings: number;
  readonly messages: readonly string[];
}

/** What a canvas node shows: its pathway node plus what the designer knows about it. */
export interface CanvasNodeData extends Record<string, unknown> {
  readonly node: PathwayNode;
  readonly isStart: boolean;
  /** Edges leaving the node, in evaluation order, with the titles of their targets. */
  readonly branches: readonly { edge: PathwayEdge; targetTitle: string }[];
  readonly badge?: NodeBadge;
  /** A figure written on the node by a decoration (the usage overlay). */
  readonly mark?: CanvasMark;
}

/** A React Flow node of the designer canvas. */
export type CanvasNode = FlowNode<CanvasNodeData>;

/** The props of a kind's canvas component. */
export type CanvasNodeProps = NodeProps<CanvasNode>;

/** The props of a kind's inspector. */
export interface InspectorProps<N extends PathwayNode = PathwayNode> {
  readonly node: N;
  readonly doc: Pathway;
}

/**
 * Everything the designer knows about one node kind. Adding a kind means one
 * folder under `src/kinds/` and one line in the registry.
 */
export interface KindDefinition<N extends PathwayNode = PathwayNode> {
  readonly kind: N['kind'];
  /** Its name in the palette, e.g. "Step". */
  readonly label: string;
  /** One line for the palette, in the clinical lead's words. */
  readonly description: string;
  /** Whether edges may leave it (false for outcomes). */
  readonly hasExits: boolean;
  /** A new node of this kind with sensible defaults and a fresh id. */
  create(doc: Pathway): N;
  /** How it looks on the canvas. */
  readonly CanvasNode: ComponentType<CanvasNodeProps>;
  /** Its properties in the inspector. */
  readonly Inspector: ComponentType<InspectorProps<N>>;
  /** Its accessible name on the canvas and in the outline. */
  describe(node: N, doc: Pathway): string;
}
