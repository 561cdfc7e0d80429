import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { useSelect } from '../state/context.js';

/**
 * A connection drawn with its condition as an HTML label. Unlike React
 * Flow's SVG edge text, the label is never measured with `getBBox`, which
 * keeps a pathway of hundreds of conditions quick to open and to drag.
 * Pressing the label selects the connection.
 */
export const ConditionEdge = memo(function ConditionEdge(props: EdgeProps) {
  const {
    id,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    label,
    markerEnd,
    style,
    selected,
    data,
  } = props;
  // A figure written beside the condition (the usage overlay), so width is never its only carrier.
  const mark = typeof data?.['mark'] === 'string' ? data['mark'] : undefined;
  const select = useSelect();
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  return (
    <>
      <BaseEdge id={id} path={path} {...(markerEnd ? { markerEnd } : {})} {...(style ? { style } : {})} />
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`cw-edge-label nodrag nopan${selected ? ' cw-edge-label--selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            onClick={() => select({ nodes: [], edges: [id] })}
            aria-hidden="true"
          >
            {label}
            {mark && <span className="cw-edge-label__mark">{mark}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

/** The edge types of the designer canvas (a stable object). */
export const edgeTypes = { condition: ConditionEdge };
