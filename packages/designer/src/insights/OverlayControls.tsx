import { useId } from 'react';
import type { InsightsApi } from './context.js';
import type { ColourBy } from './overlay.js';

const choices: readonly { value: ColourBy; label: string }[] = [
  { value: 'abandonment', label: 'abandonment' },
  { value: 'time', label: 'time' },
];

/** The overlay switch (off by default) and what the nodes are coloured by. */
export function OverlayControls({ insights }: { insights: InsightsApi }) {
  const id = useId();
  const off = !insights.summary;
  return (
    <div className="cw-row cw-insights__overlay">
      <div className="cw-control cw-control--check">
        <input
          id={id}
          type="checkbox"
          checked={insights.overlay}
          disabled={off}
          onChange={(e) => insights.setOverlay(e.target.checked)}
        />
        <label htmlFor={id}>Show usage on the canvas</label>
      </div>
      <fieldset className="cw-insights__colour" disabled={off || !insights.overlay}>
        <legend>Colour by:</legend>
        {choices.map((c) => (
          <label key={c.value}>
            <input
              type="radio"
              name={`${id}-colour`}
              value={c.value}
              checked={insights.colourBy === c.value}
              onChange={() => insights.setColourBy(c.value)}
            />{' '}
            {c.label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
