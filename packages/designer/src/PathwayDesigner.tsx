import { useMemo } from 'react';
import {
  ReactFlow,
  Background,
  Controls,
  MiniMap,
  type Edge as FlowEdge,
  type Node as FlowNode,
} from '@xyflow/react';
import type { Pathway } from '@careway/core';
import '@xyflow/react/dist/style.css';

/** Props of {@link PathwayDesigner}. */
export interface PathwayDesignerProps {
  /** The pathway document being edited; the designer never keeps a second copy of it. */
  value: Pathway;
  /** Called with the new document after every edit. */
  onChange: (next: Pathway) => void;
}

/** The Careway pathway designer: a canvas projected from the pathway document. */
export function PathwayDesigner({ value }: PathwayDesignerProps) {
  const nodes = useMemo<FlowNode[]>(
    () =>
      value.nodes.map((node, index) => ({
        id: node.id,
        position: value.layout?.nodes[node.id] ?? { x: 0, y: index * 120 },
        data: { label: node.title },
      })),
    [value],
  );
  const edges = useMemo<FlowEdge[]>(
    () =>
      value.edges.map((edge) => ({
        id: edge.id,
        source: edge.from,
        target: edge.to,
        label: edge.when ?? 'otherwise',
      })),
    [value],
  );
  return (
    <div className="careway-designer" style={{ height: '80vh' }} aria-label={`Pathway ${value.title}`}>
      <ReactFlow nodes={nodes} edges={edges} fitView>
        <Background />
        <MiniMap />
        <Controls />
      </ReactFlow>
    </div>
  );
}
