import { Panel } from '@xyflow/react';
import type { CanvasLegend as Legend } from '../editor/decorations.js';

/** The key to a decoration's colours and widths, in a corner of the canvas; it folds away. */
export function CanvasLegend({ legend }: { legend: Legend }) {
  return (
    <Panel position="top-right">
      <details className="cw-legend" open>
        <summary className="cw-legend__title">{legend.title}</summary>
        <ul className="cw-legend__items">
          {legend.items.map((item) => (
            <li key={item.className}>
              <span className={`cw-legend__swatch ${item.className}`} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
        {legend.note && <p className="cw-legend__note">{legend.note}</p>}
      </details>
    </Panel>
  );
}
