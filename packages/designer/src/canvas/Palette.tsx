import type { DragEvent } from 'react';
import { kindModels } from '../editor/kinds/registry.js';
import type { KindModel } from '../editor/kinds/types.js';

/** The drag-and-drop type of palette items. */
export const PALETTE_MIME = 'application/x-careway-kind';

/**
 * The node kinds to add: drag one onto the canvas, or press it (keyboard,
 * screen reader) to add it in the middle of the view.
 */
export function Palette({ onAdd }: { onAdd: (kind: KindModel) => void }) {
  const onDragStart = (event: DragEvent, kind: KindModel) => {
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
        {kindModels.map((kind) => (
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
