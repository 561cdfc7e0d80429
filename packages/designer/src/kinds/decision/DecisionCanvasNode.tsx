import { memo } from 'react';
import { NodeFrame } from '../NodeFrame.js';
import type { CanvasNodeProps } from '../types.js';

/** A decision on the canvas: its branches in the order the engine tries them. */
export const DecisionCanvasNode = memo(function DecisionCanvasNode({ data, selected }: CanvasNodeProps) {
  return (
    <NodeFrame data={data} kindLabel="Decision" selected={selected}>
      <ol className="cw-node__branches">
        {data.branches.map(({ edge, targetTitle }) => (
          <li key={edge.id}>
            <code>{edge.when ?? 'otherwise'}</code> → {targetTitle}
          </li>
        ))}
      </ol>
    </NodeFrame>
  );
});
