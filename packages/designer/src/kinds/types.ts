import type { ComponentType } from 'react';
import type { Node as FlowNode, NodeProps } from '@xyflow/react';
import type { NodeBadge } from '../editor/checks/badges.js';
import type { CanvasMark } from '../editor/decorations.js';
import type { KindModel } from '../editor/kinds/types.js';
import type { Pathway, PathwayEdge, PathwayNode } from '../core.js';

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

/** How one node kind looks: on the canvas, and in the inspector. */
export interface KindViews<N extends PathwayNode = PathwayNode> {
  /** How it looks on the canvas. */
  readonly CanvasNode: ComponentType<CanvasNodeProps>;
  /** Its properties in the inspector. */
  readonly Inspector: ComponentType<InspectorProps<N>>;
}

/**
 * Everything the designer knows about one node kind: its model from the
 * editor core (`src/editor/kinds/`) and its React views. Adding a kind means
 * its model there, one folder of views under `src/kinds/`, and one line in
 * each registry.
 */
export type KindDefinition<N extends PathwayNode = PathwayNode> = KindModel<N> & KindViews<N>;
