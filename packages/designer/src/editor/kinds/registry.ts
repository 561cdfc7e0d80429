import type { Pathway, PathwayNode } from '../../core.js';
import { decisionModel } from './decision.js';
import { infoModel } from './info.js';
import { outcomeModel } from './outcome.js';
import { stepModel } from './step.js';
import type { KindModel } from './types.js';

/** The model of each node kind, by kind. */
export type KindModels = {
  readonly [K in PathwayNode['kind']]: KindModel<Extract<PathwayNode, { kind: K }>>;
};

const byKind: KindModels = {
  step: stepModel,
  decision: decisionModel,
  info: infoModel,
  outcome: outcomeModel,
};

/** Every node kind the designer knows, in palette order. One line per kind in `byKind`. */
export const kindModels = Object.values(byKind) as readonly KindModel[];

/** The model of a kind. */
export function kindModelOf(kind: PathwayNode['kind']): KindModel {
  const found = (byKind as Partial<Record<string, KindModel>>)[kind];
  if (!found) throw new Error(`No node kind "${kind}" is registered in the designer.`);
  return found;
}

/** The accessible description of a node (canvas and outline). */
export function describeNode(node: PathwayNode, doc: Pathway): string {
  return kindModelOf(node.kind).describe(node, doc);
}

/** The nodes a route may leave: every kind but outcomes. */
export function routeSources(doc: Pathway): PathwayNode[] {
  return doc.nodes.filter((n) => kindModelOf(n.kind).hasExits);
}
