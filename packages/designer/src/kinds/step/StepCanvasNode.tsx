import { memo } from 'react';
import { andMore, shortlist } from '../../core.js';
import { NodeFrame } from '../NodeFrame.js';
import type { CanvasNodeProps } from '../types.js';

/** How many questions a step shows on the canvas; the inspector and the outline show them all. */
const MAX_SHOWN = 6;

/** A step on the canvas: its questions in order, red flags marked. */
export const StepCanvasNode = memo(function StepCanvasNode({ data, selected }: CanvasNodeProps) {
  const node = data.node;
  if (node.kind !== 'step') return null;
  const { shown, more } = shortlist(node.fields, MAX_SHOWN);
  return (
    <NodeFrame data={data} kindLabel="Step" selected={selected}>
      <ul className="cw-node__fields">
        {shown.map((field) => (
          <li key={field.id} className={field.redFlag ? 'cw-redflag' : undefined}>
            {field.redFlag && (
              <span className="cw-redflag__mark" title={`Red flag: ${field.redFlag.urgency}`}>
                ⚑ <span className="cw-visually-hidden">Red flag: </span>
              </span>
            )}
            {field.label}
          </li>
        ))}
        {more > 0 && <li className="cw-node__more">{andMore(more)}</li>}
      </ul>
    </NodeFrame>
  );
});
