import { MarkerType, type Edge as FlowEdge } from '@xyflow/react';
import type { Pathway, PathwayEdge } from '../core.js';
import type { NodeBadge } from '../editor/checks/badges.js';
import { describeNode } from '../editor/kinds/registry.js';
import type { CanvasNode, CanvasNodeData } from '../kinds/types.js';
import type { Selection } from '../editor/selection.js';
import type { CanvasMark, Decorations } from '../editor/decorations.js';

const noBranches: CanvasNodeData['branches'] = [];
const GRID_X = 280;
const GRID_Y = 180;

/** Where a node without a stored position is drawn: a grid in document order. */
export function fallbackPosition(index: number): { x: number; y: number } {
  return { x: (index % 6) * GRID_X, y: Math.floor(index / 6) * GRID_Y };
}

function sameBadge(a: NodeBadge | undefined, b: NodeBadge | undefined): boolean {
  return (
    a === b ||
    (!!a &&
      !!b &&
      a.errors === b.errors &&
      a.warnings === b.warnings &&
      a.messages.join() === b.messages.join())
  );
}

function sameMark(a: CanvasMark | undefined, b: CanvasMark | undefined): boolean {
  return a === b || (!!a && !!b && a.text === b.text && a.description === b.description);
}

function sameBranches(a: CanvasNodeData['branches'], b: CanvasNodeData['branches']): boolean {
  return (
    a.length === b.length && a.every((x, i) => x.edge === b[i]?.edge && x.targetTitle === b[i]?.targetTitle)
  );
}

/**
 * Projects the document onto React Flow nodes. Nodes whose content did not
 * change keep their object identity (so React Flow re-renders only what
 * changed, which keeps a 500-node pathway smooth), and keep their measured size.
 */
export function projectNodes(
  doc: Pathway,
  selection: Selection,
  decorations: Decorations,
  previous: readonly CanvasNode[],
): CanvasNode[] {
  const prevById = new Map(previous.map((n) => [n.id, n]));
  const titles = new Map(doc.nodes.map((n) => [n.id, n.title]));
  const outgoing = new Map<string, PathwayEdge[]>();
  for (const edge of doc.edges) outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  const selected = new Set(selection.nodes);
  const ghosts: CanvasNode[] = (decorations.ghosts ?? []).map(({ node, position }) => {
    const prev = prevById.get(`ghost:${node.id}`);
    return prev && prev.data.node === node
      ? prev
      : {
          id: `ghost:${node.id}`,
          type: node.kind,
          position,
          data: { node, isStart: false, branches: noBranches },
          className: 'cw-diff-removed',
          draggable: false,
          selectable: false,
          connectable: false,
          focusable: false,
          ariaLabel: `Removed: ${describeNode(node, doc)}`,
          ...(prev?.measured ? { measured: prev.measured } : {}),
        };
  });
  const nodes = doc.nodes.map((node, index) => {
    const prev = prevById.get(node.id);
    const position = doc.layout?.nodes[node.id] ?? fallbackPosition(index);
    const branches =
      node.kind === 'decision'
        ? (outgoing.get(node.id) ?? []).map((edge) => ({ edge, targetTitle: titles.get(edge.to) ?? edge.to }))
        : noBranches;
    const badge = decorations.badges.get(node.id);
    const mark = decorations.marks?.nodes.get(node.id);
    const isStart = doc.start === node.id;
    const className = decorations.nodeClasses.get(node.id) ?? '';
    const isSelected = selected.has(node.id);
    const pd = prev?.data;
    const data: CanvasNodeData =
      pd &&
      pd.node === node &&
      pd.isStart === isStart &&
      sameBranches(pd.branches, branches) &&
      sameBadge(pd.badge, badge) &&
      sameMark(pd.mark, mark)
        ? pd
        : { node, isStart, branches, ...(badge ? { badge } : {}), ...(mark ? { mark } : {}) };
    if (
      prev &&
      prev.data === data &&
      prev.position.x === position.x &&
      prev.position.y === position.y &&
      (prev.selected ?? false) === isSelected &&
      (prev.className ?? '') === className
    )
      return prev;
    return {
      id: node.id,
      type: node.kind,
      position,
      data,
      selected: isSelected,
      className,
      ariaLabel: mark ? `${describeNode(node, doc)}. ${mark.description}` : describeNode(node, doc),
      ...(prev?.measured ? { measured: prev.measured } : {}),
    };
  });
  return ghosts.length ? [...nodes, ...ghosts] : nodes;
}

/** The readable label of an edge on the canvas: its condition, or "otherwise". */
export function edgeLabel(edge: PathwayEdge): string {
  const text = edge.label ? `${edge.label}: ${edge.when ?? 'otherwise'}` : (edge.when ?? 'otherwise');
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

/** Projects the document's edges onto React Flow edges, labelled with their conditions. */
export function projectEdges(doc: Pathway, selection: Selection, decorations: Decorations): FlowEdge[] {
  const selected = new Set(selection.edges);
  const titles = new Map(doc.nodes.map((n) => [n.id, n.title]));
  const order = new Map<string, number>();
  return doc.edges.map((edge) => {
    const n = (order.get(edge.from) ?? 0) + 1;
    order.set(edge.from, n);
    const mark = decorations.marks?.edges.get(edge.id);
    const name = `Route ${n} from ${titles.get(edge.from) ?? edge.from} to ${titles.get(edge.to) ?? edge.to}: ${edge.when ?? 'otherwise'}`;
    return {
      id: edge.id,
      source: edge.from,
      target: edge.to,
      label: edgeLabel(edge),
      type: 'condition',
      selected: selected.has(edge.id),
      className: decorations.edgeClasses.get(edge.id) ?? '',
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      ariaLabel: mark ? `${name}. ${mark.description}` : name,
      ...(mark ? { style: { strokeWidth: mark.width }, data: { mark: mark.text } } : {}),
    };
  });
}
