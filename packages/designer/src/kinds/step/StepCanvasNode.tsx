import { memo } from 'react';
import { NodeFrame } from '../NodeFrame.js';
import type { CanvasNodeProps } from '../types.js';

/** How many questions a step shows on the canvas; the inspector and the outline show them all. */
const MAX_SHOWN = 6;

/** A step on the canvas: its questions in order, red flags marked. */
export const StepCanvasNode = memo(function StepCanvasNode({ data, selected }: CanvasNodeProps) {
  const node = data.node;
  if (node.kind !== 'step') return null;
  return (
    <NodeFrame data={data} kindLabel="Step" selected={selected}>
      <ul className="cw-node__fields">
        {node.fields.slice(0, MAX_SHOWN).map((field) => (
          <li key={field.id} className={field.redFlag ? 'cw-redflag' : undefined}>
            {field.redFlag && (
              <span className="cw-redflag__mark" title={`Red flag: ${field.redFlag.urgency}`}>
                ⚑ <span className="cw-visually-hidden">Red flag: </span>
              </span>
            )}
            {field.label}
          </li>
        ))}
        {node.fields.length > MAX_SHOWN && (
          <li className="cw-node__more">…and {node.fields.length - MAX_SHOWN} more</li>
        )}
      </ul>
    </NodeFrame>
  );
});
