import type { DragEvent } from 'react';
import { kinds } from '../kinds/registry.js';
import type { KindDefinition } from '../kinds/types.js';

/** The drag-and-drop type of palette items. */
export const PALETTE_MIME = 'application/x-careway-kind';

/**
 * The node kinds to add: drag one onto the canvas, or press it (keyboard,
 * screen reader) to add it in the middle of the view.
 */
export function Palette({ onAdd }: { onAdd: (kind: KindDefinition) => void }) {
  const onDragStart = (event: DragEvent, kind: KindDefinition) => {
    event.dataTransfer.setData(PALETTE_MIME, kind.kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <section className="cw-palette" aria-labelledby="cw-palette-heading">
      <h2 id="cw-palette-heading">Add to the pathway</h2>
      <p className="cw-hint" id="cw-palette-hint">
        Drag onto the canvas, or press to add in the middle of the view.
      </p>
      <ul>
        {kinds.map((kind) => (
          <li key={kind.kind}>
            <button
              type="button"
              draggable
              className={`cw-palette__item cw-palette__item--${kind.kind}`}
              onDragStart={(e) => onDragStart(e, kind)}
              onClick={() => onAdd(kind)}
              aria-describedby="cw-palette-hint"
            >
              <span className="cw-palette__label">{kind.label}</span>
              <span className="cw-palette__desc">{kind.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
