import type { Pathway, PathwayNode } from '../../core.js';
import { command, type Command } from './command.js';
import { renameNodeProblem } from '../document/rename-checks.js';
import { renameTextKeys } from '../document/text-keys.js';

type Position = { x: number; y: number };

/** Replaces the node `id` by `update(node)`; the same document when the node is unchanged. */
export function mapNode(doc: Pathway, id: string, update: (node: PathwayNode) => PathwayNode): Pathway {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    if (node.id !== id) return node;
    const next = update(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}

function withPositions(doc: Pathway, positions: Record<string, Position>): Pathway {
  return { ...doc, layout: { ...doc.layout, nodes: { ...doc.layout?.nodes, ...positions } } };
}

/** Adds a node at a position on the canvas; the first node of an empty pathway becomes its start. */
export function addNode(node: PathwayNode, position: Position): Command {
  return command('add-node', `Add ${node.kind} "${node.title}"`, (doc) => {
    const next = withPositions({ ...doc, nodes: [...doc.nodes, node] }, { [node.id]: position });
    return doc.nodes.length === 0 ? { ...next, start: node.id } : next;
  });
}

/** Edits one node; `what` names the property for the audit list, and typing in one box coalesces. */
export function updateNode(id: string, what: string, update: (node: PathwayNode) => PathwayNode): Command {
  return command('update-node', `Change ${what} of "${id}"`, (doc) => mapNode(doc, id, update), {
    coalesceKey: `node:${id}:${what}`,
  });
}

/** Makes `id` the first node of the pathway. */
export function setStart(id: string): Command {
  return command('set-start', `Start the pathway at "${id}"`, (doc) =>
    doc.start === id ? doc : { ...doc, start: id },
  );
}

/**
 * Renames a node id everywhere it is referenced: edges, start, layout, the
 * expected routes of scenarios and the Welsh translations. Refused (no
 * change) when the id is taken or invalid; see `renameNodeProblem`.
 */
export function renameNode(from: string, to: string): Command {
  return command('rename-node', `Rename node "${from}" to "${to}"`, (doc) => {
    if (from === to || renameNodeProblem(doc, from, to) !== undefined) return doc;
    const swap = (id: string) => (id === from ? to : id);
    const layout = doc.layout?.nodes;
    const position = layout?.[from];
    const nextLayout = layout && position ? { ...withoutKeys(layout, [from]), [to]: position } : layout;
    return renameTextKeys(
      {
        ...doc,
        start: swap(doc.start),
        nodes: doc.nodes.map((n) => (n.id === from ? { ...n, id: to } : n)),
        edges: doc.edges.map((e) =>
          e.from === from || e.to === from ? { ...e, from: swap(e.from), to: swap(e.to) } : e,
        ),
        scenarios: doc.scenarios.map((s) =>
          s.expect.outcome === from || s.expect.path?.includes(from)
            ? {
                ...s,
                expect: {
                  ...s.expect,
                  outcome: swap(s.expect.outcome),
                  ...(s.expect.path ? { path: s.expect.path.map(swap) } : {}),
                },
              }
            : s,
        ),
        ...(nextLayout ? { layout: { ...doc.layout, nodes: nextLayout } } : {}),
      },
      [[`node.${from}.`, `node.${to}.`]],
    );
  });
}

/** Moves boxes on the canvas: a layout change, never a clinical one. */
export function moveNodes(positions: Record<string, Position>, label = 'Move nodes'): Command {
  const ids = Object.keys(positions);
  return command(
    'move-nodes',
    ids.length === 1 ? `Move "${ids[0]}"` : label,
    (doc) => withPositions(doc, positions),
    {
      clinical: false,
      coalesceKey: `move:${ids.sort().join(',')}`,
    },
  );
}

/** Replaces every node position at once (auto-layout): a layout change. */
export function applyLayout(positions: Record<string, Position>): Command {
  return command('auto-layout', 'Arrange the diagram automatically', (doc) => withPositions(doc, positions), {
    clinical: false,
  });
}

/** Deletes nodes and edges; edges touching a deleted node go with it. */
export function removeElements(nodeIds: readonly string[], edgeIds: readonly string[]): Command {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  const what = [
    nodeIds.length ? `${nodeIds.length} node${nodeIds.length > 1 ? 's' : ''}` : '',
    edgeIds.length ? `${edgeIds.length} connection${edgeIds.length > 1 ? 's' : ''}` : '',
  ].filter(Boolean);
  return command('delete', `Delete ${what.join(' and ')}`, (doc) => {
    const keptNodes = doc.nodes.filter((n) => !nodes.has(n.id));
    const keptEdges = doc.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.from) && !nodes.has(e.to));
    if (keptNodes.length === doc.nodes.length && keptEdges.length === doc.edges.length) return doc;
    const layout = doc.layout ? { ...doc.layout, nodes: withoutKeys(doc.layout.nodes, nodeIds) } : undefined;
    return { ...doc, nodes: keptNodes, edges: keptEdges, ...(layout ? { layout } : {}) };
  });
}

function withoutKeys<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
