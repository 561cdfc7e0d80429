import type { NodeTypes } from '@xyflow/react';
import type { PathwayNode } from '../core.js';
import { kindModels } from '../editor/kinds/registry.js';
import { decisionViews } from './decision/index.js';
import { infoViews } from './info/index.js';
import { outcomeViews } from './outcome/index.js';
import { stepViews } from './step/index.js';
import type { KindDefinition, KindViews } from './types.js';

/** The React views of each node kind, by kind. One line per kind. */
export const kindViews: {
  readonly [K in PathwayNode['kind']]: KindViews<Extract<PathwayNode, { kind: K }>>;
} = {
  step: stepViews,
  decision: decisionViews,
  info: infoViews,
  outcome: outcomeViews,
};

/** The views of a node's kind, typed for any node. */
export function viewsOf(kind: PathwayNode['kind']): KindViews {
  return kindViews[kind] as unknown as KindViews;
}

/** Every node kind with its model and its views, in palette order (the package's public list). */
export const kinds: readonly KindDefinition[] = kindModels.map((model) => ({
  ...model,
  ...viewsOf(model.kind),
}));

/** The canvas components by kind, for React Flow's `nodeTypes` (a stable object). */
export const nodeTypes: NodeTypes = Object.fromEntries(
  kindModels.map((k) => [k.kind, viewsOf(k.kind).CanvasNode]),
);
