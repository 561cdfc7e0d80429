import type { ReactNode } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { CanvasNodeData } from './types.js';

/** Props of {@link NodeFrame}. */
export interface NodeFrameProps {
  readonly data: CanvasNodeData;
  readonly kindLabel: string;
  readonly selected: boolean;
  readonly children?: ReactNode;
  /** Whether a connection may start here; outcomes keep the handle to say why not. */
  readonly exits?: boolean;
}

/** The common frame of every canvas node: handles, kind, title, start marker and problem badge. */
export function NodeFrame({ data, kindLabel, selected, children, exits = true }: NodeFrameProps) {
  const { node, isStart, badge, mark } = data;
  return (
    <div className={`cw-node cw-node--${node.kind}${selected ? ' cw-node--selected' : ''}`}>
      <Handle type="target" position={Position.Top} className="cw-handle" />
      <div className="cw-node__head">
        <span className="cw-node__kind">{kindLabel}</span>
        {isStart && <span className="cw-node__start">Start</span>}
        {badge && badge.errors + badge.warnings > 0 && (
          <span
            className={`cw-badge cw-badge--${badge.errors ? 'error' : 'warning'}`}
            title={badge.messages.join('\n')}
          >
            <span aria-hidden="true">{badge.errors ? `✕ ${badge.errors}` : `! ${badge.warnings}`}</span>
            <span className="cw-visually-hidden">
              {badge.errors} errors, {badge.warnings} warnings
            </span>
          </span>
        )}
      </div>
      <div className="cw-node__title">{node.title}</div>
      {mark && <p className="cw-node__mark">{mark.text}</p>}
      {children}
      <Handle
        type="source"
        position={Position.Bottom}
        className={`cw-handle${exits ? '' : ' cw-handle--closed'}`}
      />
    </div>
  );
}
