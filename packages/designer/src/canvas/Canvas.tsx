import { useCallback, useLayoutEffect, useMemo, useState, type DragEvent } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { kindModelOf } from '../editor/kinds/registry.js';
import { nodeTypes } from '../kinds/registry.js';
import type { CanvasNode } from '../kinds/types.js';
import { connectionProblem } from '../editor/document/connect.js';
import { addEdge } from '../editor/commands/edge-commands.js';
import { addNode, moveNodes, removeElements } from '../editor/commands/node-commands.js';
import type { Selection } from '../editor/selection.js';
import { useDoc, useSelection } from '../state/context.js';
import { CanvasLegend } from './CanvasLegend.js';
import { ConnectionHint } from './ConnectionHint.js';
import { edgeTypes } from './ConditionEdge.js';
import type { Decorations } from '../editor/decorations.js';
import { PALETTE_MIME } from './Palette.js';
import { projectEdges, projectNodes } from './projection.js';

function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((x) => x !== id);
}

const ariaLabels = {
  'node.a11yDescription.default':
    'Press Enter or Space to select this node, then the arrow keys to move it. Delete removes it. Edit it in the inspector.',
};

/**
 * React Flow's key bindings, made once: React Flow sets its key listeners up
 * again whenever these arrays change, and a redraw that did so while a key was
 * being delivered lost that key (Shift+Enter then replaced the selection
 * instead of adding to it).
 */
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECTION_KEYS = ['Meta', 'Control', 'Shift'];

/** Above this many nodes, only those in view are drawn (React Flow's `onlyRenderVisibleElements`). */
export const VISIBLE_ONLY_ABOVE = 150;

/**
 * The canvas: a projection of the document; every change it makes is a
 * command. `drawAll` draws every node even in a large diagram (for export).
 */
export function Canvas({ decorations, drawAll = false }: { decorations: Decorations; drawAll?: boolean }) {
  const { doc, run } = useDoc();
  const { selection, select } = useSelection();
  const flow = useReactFlow();
  const [nodes, setNodes] = useState<CanvasNode[]>(() => projectNodes(doc, selection, decorations, []));
  useLayoutEffect(() => {
    setNodes((prev) => {
      const next = projectNodes(doc, selection, decorations, prev);
      return next.length === prev.length && next.every((n, i) => n === prev[i]) ? prev : next;
    });
  }, [doc, selection, decorations]);
  const edges = useMemo(() => projectEdges(doc, selection, decorations), [doc, selection, decorations]);

  const updateSelection = useCallback(
    (changes: readonly { type: string; id?: string; selected?: boolean }[], key: keyof Selection) => {
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length === 0) return;
      select((prev) => {
        let list = prev[key];
        for (const c of picks) list = toggle(list, c.id ?? '', c.selected ?? false);
        return { ...prev, [key]: list };
      });
    },
    [select],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const local = changes.filter((c) => c.type === 'position' || c.type === 'dimensions');
      if (local.length) setNodes((prev) => applyNodeChanges(local, prev));
      const settled: Record<string, { x: number; y: number }> = {};
      for (const c of changes)
        if (c.type === 'position' && c.dragging === false && c.position)
          settled[c.id] = { x: Math.round(c.position.x), y: Math.round(c.position.y) };
      if (Object.keys(settled).length) run(moveNodes(settled));
      updateSelection(changes, 'nodes');
    },
    [run, updateSelection],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => updateSelection(changes, 'edges'),
    [updateSelection],
  );

  const onBeforeDelete = useCallback(
    async ({ nodes: n, edges: e }: { nodes: { id: string }[]; edges: { id: string }[] }) => {
      run(
        removeElements(
          n.map((x) => x.id),
          e.map((x) => x.id),
        ),
      );
      select({ nodes: [], edges: [] });
      return false;
    },
    [run, select],
  );
  const onConnect = useCallback((c: Connection) => run(addEdge(c.source, c.target)), [run]);
  const isValidConnection = useCallback(
    (c: { source: string; target: string }) => connectionProblem(doc, c.source, c.target) === null,
    [doc],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(PALETTE_MIME)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (!kind) return;
      event.preventDefault();
      const node = kindModelOf(kind as CanvasNode['data']['node']['kind']).create(doc);
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      run(addNode(node, { x: Math.round(at.x - 100), y: Math.round(at.y - 30) }));
      select({ nodes: [node.id], edges: [] });
    },
    [doc, flow, run, select],
  );

  return (
    <ReactFlow<CanvasNode>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onBeforeDelete={onBeforeDelete}
      onConnect={onConnect}
      isValidConnection={isValidConnection}
      onDragOver={onDragOver}
      onDrop={onDrop}
      deleteKeyCode={DELETE_KEYS}
      multiSelectionKeyCode={MULTI_SELECTION_KEYS}
      selectionKeyCode="Shift"
      minZoom={0.05}
      maxZoom={2}
      fitView
      fitViewOptions={{ maxZoom: 1 }}
      onlyRenderVisibleElements={!drawAll && doc.nodes.length > VISIBLE_ONLY_ABOVE}
      ariaLabelConfig={ariaLabels}
      proOptions={{ hideAttribution: false }}
    >
      <Background />
      <MiniMap pannable zoomable ariaLabel="Overview of the whole pathway" />
      <Controls showInteractive={false} />
      <ConnectionHint doc={doc} />
      {decorations.legend && <CanvasLegend legend={decorations.legend} />}
    </ReactFlow>
  );
}
