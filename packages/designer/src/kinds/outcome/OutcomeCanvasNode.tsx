import { memo } from 'react';
import { NodeFrame } from '../NodeFrame.js';
import type { CanvasNodeProps } from '../types.js';
import { dispositionLabels, urgencyLabels } from '../../editor/kinds/labels.js';

/** An outcome on the canvas: its kind, receiving service and urgency colour. */
export const OutcomeCanvasNode = memo(function OutcomeCanvasNode({ data, selected }: CanvasNodeProps) {
  const node = data.node;
  if (node.kind !== 'outcome') return null;
  return (
    <div className={`cw-urgency cw-urgency--${node.urgency}`}>
      <NodeFrame data={data} kindLabel="Outcome" selected={selected} exits={false}>
        <p className="cw-node__meta">
          {dispositionLabels[node.disposition]}
          {node.service ? ` · ${node.service.name}` : ''}
        </p>
        <p className="cw-node__urgency">
          {urgencyLabels[node.urgency]} · {node.timeframe}
        </p>
      </NodeFrame>
    </div>
  );
});
