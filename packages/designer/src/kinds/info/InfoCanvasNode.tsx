import { memo } from 'react';
import { NodeFrame } from '../NodeFrame.js';
import type { CanvasNodeProps } from '../types.js';

/** An information page on the canvas: the start of its text. */
export const InfoCanvasNode = memo(function InfoCanvasNode({ data, selected }: CanvasNodeProps) {
  const node = data.node;
  const body = node.kind === 'info' ? node.body : '';
  return (
    <NodeFrame data={data} kindLabel="Information" selected={selected}>
      <p className="cw-node__excerpt">{body.length > 90 ? `${body.slice(0, 90)}…` : body}</p>
    </NodeFrame>
  );
});
