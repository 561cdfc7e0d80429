import type { Pathway, PathwayEdge } from '../../core.js';
import { command, type Command } from './command.js';
import { connectionProblem } from '../document/connect.js';
import { freshEdgeId } from '../document/ids.js';

/**
 * Connects two nodes. The new edge is placed before the source's "otherwise"
 * edge, if any, so that the otherwise branch stays last. Illegal connections
 * (see {@link connectionProblem}) leave the document unchanged.
 */
export function addEdge(from: string, to: string, when?: string): Command {
  return command('add-edge', `Connect "${from}" to "${to}"`, (doc) => {
    if (connectionProblem(doc, from, to)) return doc;
    const edge: PathwayEdge = { id: freshEdgeId(doc), from, to, ...(when ? { when } : {}) };
    const otherwise = doc.edges.findIndex((e) => e.from === from && e.when === undefined);
    const edges = [...doc.edges];
    if (when !== undefined && otherwise >= 0) edges.splice(otherwise, 0, edge);
    else edges.push(edge);
    return { ...doc, edges };
  });
}

/** Edits one edge (its condition, label or ends). */
export function updateEdge(id: string, what: string, update: (edge: PathwayEdge) => PathwayEdge): Command {
  return command(
    'update-edge',
    `Change ${what} of connection "${id}"`,
    (doc) => {
      let changed = false;
      const edges = doc.edges.map((e) => {
        if (e.id !== id) return e;
        const next = update(e);
        changed ||= next !== e;
        return next;
      });
      return changed ? { ...doc, edges } : doc;
    },
    { coalesceKey: `edge:${id}:${what}` },
  );
}

/** Sets or clears (`''`) the condition of an edge. */
export function setCondition(id: string, when: string): Command {
  return updateEdge(id, 'condition', (edge) => {
    if ((edge.when ?? '') === when) return edge;
    const { when: _old, ...rest } = edge;
    return when.trim() === '' ? rest : { ...rest, when };
  });
}

/**
 * Moves an edge one place earlier (`-1`) or later (`+1`) among the edges
 * leaving the same node: the order in which the engine tries them.
 */
export function reorderEdge(id: string, direction: -1 | 1): Command {
  return command('reorder-edge', `Try connection "${id}" ${direction < 0 ? 'earlier' : 'later'}`, (doc) => {
    const edge = doc.edges.find((e) => e.id === id);
    if (!edge) return doc;
    const siblings = doc.edges.map((e, i) => [e, i] as const).filter(([e]) => e.from === edge.from);
    const at = siblings.findIndex(([e]) => e.id === id);
    const other = siblings[at + direction];
    const self = siblings[at];
    if (!other || !self) return doc;
    const edges = [...doc.edges];
    edges[self[1]] = other[0];
    edges[other[1]] = self[0];
    return { ...doc, edges };
  });
}

/** The edges leaving `nodeId`, in evaluation order. */
export function edgesFrom(doc: Pathway, nodeId: string): PathwayEdge[] {
  return doc.edges.filter((e) => e.from === nodeId);
}
