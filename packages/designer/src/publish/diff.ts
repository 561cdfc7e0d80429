import { fingerprint, type Pathway, type PathwayEdge, type PathwayNode } from '../core.js';

/** How a node differs between two versions. */
export type NodeChange = 'added' | 'removed' | 'changed';

/** The differences between two versions of a pathway. Layout is never a clinical change. */
export interface PathwayDiff {
  readonly nodes: ReadonlyMap<string, NodeChange>;
  readonly edges: ReadonlyMap<string, NodeChange>;
  /** The clinical changes, in words, in document order. */
  readonly changes: readonly string[];
  /** Nodes of the older version that the newer one removed (to draw them as ghosts). */
  readonly removedNodes: readonly PathwayNode[];
  /** Whether only the layout changed. */
  readonly layoutOnly: boolean;
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );

const short = (value: unknown): string => {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? `“${value}”` : stable(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function propertyChanges(before: object, after: object, skip: readonly string[] = []): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: string[] = [];
  for (const key of keys) {
    if (skip.includes(key)) continue;
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (stable(a) !== stable(b)) out.push(`${key}: ${short(a)} → ${short(b)}`);
  }
  return out;
}

function fieldChanges(before: PathwayNode, after: PathwayNode): string[] {
  if (before.kind !== 'step' || after.kind !== 'step') return [];
  const out: string[] = [];
  const old = new Map(before.fields.map((f) => [f.id, f]));
  const now = new Map(after.fields.map((f) => [f.id, f]));
  for (const f of after.fields) {
    const o = old.get(f.id);
    if (!o) out.push(`added question “${f.label}”`);
    else for (const c of propertyChanges(o, f)) out.push(`question “${f.label}” ${c}`);
  }
  for (const f of before.fields) if (!now.has(f.id)) out.push(`removed question “${f.label}”`);
  if (out.length === 0 && before.fields.map((f) => f.id).join() !== after.fields.map((f) => f.id).join())
    out.push('questions reordered');
  return out;
}

const edgeKey = (e: PathwayEdge) => e.id;

/**
 * Compares two versions of a pathway: which nodes and edges were added,
 * removed or changed, and the clinical changes in words. Positions on the
 * canvas are ignored: moving a box is not a clinical change.
 */
export function diffPathways(before: Pathway, after: Pathway): PathwayDiff {
  const nodes = new Map<string, NodeChange>();
  const edges = new Map<string, NodeChange>();
  const changes: string[] = [];
  const title = (doc: Pathway, id: string) => doc.nodes.find((n) => n.id === id)?.title ?? id;
  for (const c of propertyChanges(before, after, [
    'nodes',
    'edges',
    'layout',
    'version',
    'scenarios',
    'status',
    'approvals',
    'variables',
  ]))
    changes.push(`Pathway ${c}`);
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  const now = new Map(after.nodes.map((n) => [n.id, n]));
  for (const node of after.nodes) {
    const was = old.get(node.id);
    if (!was) {
      nodes.set(node.id, 'added');
      changes.push(`Added ${node.kind} “${node.title}”`);
    } else if (stable(was) !== stable(node)) {
      nodes.set(node.id, 'changed');
      const details = [...propertyChanges(was, node, ['fields']), ...fieldChanges(was, node)];
      changes.push(`Changed ${node.kind} “${node.title}”: ${details.join('; ')}`);
    }
  }
  const removedNodes = before.nodes.filter((n) => !now.has(n.id));
  for (const node of removedNodes) {
    nodes.set(node.id, 'removed');
    changes.push(`Removed ${node.kind} “${node.title}”`);
  }
  const oldEdges = new Map(before.edges.map((e) => [edgeKey(e), e]));
  const newEdges = new Map(after.edges.map((e) => [edgeKey(e), e]));
  const route = (doc: Pathway, e: PathwayEdge) =>
    `route from “${title(doc, e.from)}” to “${title(doc, e.to)}”`;
  for (const edge of after.edges) {
    const was = oldEdges.get(edgeKey(edge));
    if (!was) {
      edges.set(edge.id, 'added');
      changes.push(`Added ${route(after, edge)} when ${edge.when ?? 'otherwise'}`);
    } else if (stable(was) !== stable(edge)) {
      edges.set(edge.id, 'changed');
      changes.push(`Changed ${route(after, edge)}: ${propertyChanges(was, edge).join('; ')}`);
    }
  }
  for (const edge of before.edges)
    if (!newEdges.has(edgeKey(edge))) {
      edges.set(edge.id, 'removed');
      changes.push(`Removed ${route(before, edge)}`);
    }
  for (const node of after.nodes) {
    const order = (doc: Pathway) =>
      doc.edges
        .filter((e) => e.from === node.id && oldEdges.has(e.id) && newEdges.has(e.id))
        .map((e) => e.id)
        .join();
    if (order(before) !== order(after))
      changes.push(`Routes from “${node.title}” are tried in a different order`);
  }
  const oldVars = new Map(before.variables.map((v) => [v.id, v]));
  for (const v of after.variables) {
    const was = oldVars.get(v.id);
    if (!was) changes.push(`Added variable “${v.label}”`);
    else if (stable(was) !== stable(v))
      changes.push(`Changed variable “${v.label}”: ${propertyChanges(was, v).join('; ')}`);
  }
  for (const v of before.variables)
    if (!after.variables.some((x) => x.id === v.id)) changes.push(`Removed variable “${v.label}”`);
  return {
    nodes,
    edges,
    changes,
    removedNodes,
    layoutOnly: fingerprint(before) === fingerprint(after) && stable(before.layout) !== stable(after.layout),
  };
}
