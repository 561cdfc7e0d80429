import type { NodeTypes } from '@xyflow/react';
import type { Pathway, PathwayNode } from '../core.js';
import { decisionKind } from './decision/index.js';
import { infoKind } from './info/index.js';
import { outcomeKind } from './outcome/index.js';
import { stepKind } from './step/index.js';
import type { KindDefinition } from './types.js';

/** Every node kind the designer knows, in palette order. One line per kind. */
export const kinds = [stepKind, decisionKind, infoKind, outcomeKind] as unknown as readonly KindDefinition[];

/** The definition of a kind. */
export function kindOf(kind: PathwayNode['kind']): KindDefinition {
  const found = kinds.find((k) => k.kind === kind);
  if (!found) throw new Error(`No node kind "${kind}" is registered in the designer.`);
  return found;
}

/** The canvas components by kind, for React Flow's `nodeTypes` (a stable object). */
export const nodeTypes: NodeTypes = Object.fromEntries(kinds.map((k) => [k.kind, k.CanvasNode]));

/** The accessible description of a node (canvas and outline). */
export function describeNode(node: PathwayNode, doc: Pathway): string {
  return kindOf(node.kind).describe(node, doc);
}
