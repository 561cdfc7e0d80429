/**
 * What the usage layer derives from a pathway, computed once per pathway
 * object: the engine and the parser treat a pathway as immutable too.
 */
import { fingerprint } from '../schema/fingerprint.js';
import type { Pathway } from '../schema/pathway.js';
import { indexPathway, type PathwayIndex } from '../schema/pathway-index.js';

/** A pathway's look-ups, with its edges by id and its fingerprint. */
export interface UsageIndex extends PathwayIndex {
  edges: ReadonlyMap<string, Pathway['edges'][number]>;
  fingerprint: string;
}

const cache = new WeakMap<Pathway, UsageIndex>();

/** The look-ups of `pathway`, built on first use. */
export function usageIndex(pathway: Pathway): UsageIndex {
  let index = cache.get(pathway);
  if (index === undefined) {
    const edges = new Map<string, Pathway['edges'][number]>();
    for (const edge of pathway.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
    index = { ...indexPathway(pathway), edges, fingerprint: fingerprint(pathway) };
    cache.set(pathway, index);
  }
  return index;
}
