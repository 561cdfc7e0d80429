import {
  clinicalContent,
  fingerprint,
  NON_CLINICAL_PROPERTIES,
  type Pathway,
  type PathwayEdge,
  type PathwayNode,
} from '../../core.js';
import { addedEdge, edgeChanges, nodeChanges, routeWords } from '../words/node-words.js';
import { documentChanges, otherChanges } from '../words/document-words.js';
import { differs, matchBy, nodeWords, q } from '../words/words.js';

/** How a node differs between two versions. */
export type NodeChange = 'added' | 'removed' | 'changed';

/** The differences between two versions of a pathway. Layout is never a clinical change. */
export interface PathwayDiff {
  readonly nodes: ReadonlyMap<string, NodeChange>;
  readonly edges: ReadonlyMap<string, NodeChange>;
  /** The clinical changes, in words, in document order. */
  readonly changes: readonly string[];
  /** Changes that are not clinical content (core's `NON_CLINICAL_PROPERTIES`): version, status, sign-off, translations. */
  readonly otherChanges: readonly string[];
  /** Nodes of the older version that the newer one removed (to draw them as ghosts). */
  readonly removedNodes: readonly PathwayNode[];
  /** Whether the clinical content is the same (core's fingerprint) and only the layout moved. */
  readonly layoutOnly: boolean;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function routeOrder(before: Pathway, after: Pathway, kept: readonly [PathwayEdge, PathwayEdge][]): string[] {
  const ids = new Set(kept.map(([, e]) => e.id));
  const order = (doc: Pathway, from: string) =>
    doc.edges
      .filter((e) => e.from === from && ids.has(e.id))
      .map((e) => e.id)
      .join();
  return after.nodes
    .filter((n) => order(before, n.id) !== order(after, n.id))
    .map((n) => `The routes from ${q(n.title)} are tried in a new order`);
}

/**
 * Compares two versions of a pathway and says what changed in words a
 * clinical lead reads ("Question “Temperature” now has a maximum of 42 °C").
 * What counts as clinical is core's rule: everything but
 * `NON_CLINICAL_PROPERTIES`, so a changed scenario is a clinical change and
 * moving a box is not.
 */
export function diffPathways(before: Pathway, after: Pathway): PathwayDiff {
  const nodes = new Map<string, NodeChange>();
  const edges = new Map<string, NodeChange>();
  const changes: string[] = [];
  const n = matchBy(before.nodes, after.nodes, (x) => x.id);
  for (const node of n.added) {
    nodes.set(node.id, 'added');
    changes.push(`Added ${nodeWords(node)}`);
  }
  for (const [was, node] of n.kept)
    if (differs(was, node)) {
      nodes.set(node.id, 'changed');
      changes.push(...nodeChanges(before, after, was, node));
    }
  for (const node of n.removed) {
    nodes.set(node.id, 'removed');
    changes.push(`Removed ${nodeWords(node)}`);
  }
  const e = matchBy(before.edges, after.edges, (x) => x.id);
  for (const edge of e.added) {
    edges.set(edge.id, 'added');
    changes.push(addedEdge(after, edge));
  }
  for (const [was, edge] of e.kept)
    if (differs(was, edge)) {
      edges.set(edge.id, 'changed');
      changes.push(...edgeChanges(before, after, was, edge));
    }
  for (const edge of e.removed) {
    edges.set(edge.id, 'removed');
    changes.push(`Removed ${routeWords(before, edge)}`);
  }
  changes.push(...routeOrder(before, after, e.kept), ...documentChanges(before, after));
  const same = fingerprint(before) === fingerprint(after);
  if (!same && changes.length === 0) changes.push(`${cap(clinicalKeysChanged(before, after))} changed`);
  return {
    nodes,
    edges,
    changes,
    otherChanges: otherChanges(before, after),
    removedNodes: n.removed,
    layoutOnly: same && differs(before.layout, after.layout),
  };
}

/** The clinical parts that differ, when nothing more precise could be said. */
function clinicalKeysChanged(before: Pathway, after: Pathway): string {
  const a = clinicalContent(before) as Record<string, unknown>;
  const b = clinicalContent(after) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (k) => !(NON_CLINICAL_PROPERTIES as readonly string[]).includes(k) && differs(a[k], b[k]),
  );
  return `the pathway’s ${keys.join(', ') || 'content'}`;
}
