import { useId } from 'react';
import type { PathwayNode } from '../core.js';

/** A labelled choice of one node by its title; `none` adds an empty first choice with that text. */
export function NodeSelect({
  label,
  nodes,
  value,
  onChange,
  none,
}: {
  label: string;
  nodes: readonly PathwayNode[];
  value: string;
  onChange: (id: string) => void;
  none?: string;
}) {
  const id = useId();
  return (
    <div className="cw-control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.title}
          </option>
        ))}
      </select>
    </div>
  );
}
