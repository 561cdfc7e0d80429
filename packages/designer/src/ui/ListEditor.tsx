import type { ReactNode } from 'react';
import { moveItem } from '../editor/document/objects.js';
import { Group } from './controls.js';

/** Props of {@link ListEditor}. */
export interface ListEditorProps<T> {
  readonly legend: string;
  /** The name of one item, e.g. "approval", for button labels. */
  readonly itemName: string;
  readonly items: readonly T[];
  /** Called with the new list and what changed, for the command label. */
  readonly onChange: (items: T[], what: string) => void;
  readonly create: () => T;
  /** Renders the controls of one item; `set` replaces it. */
  readonly render: (item: T, index: number, set: (item: T, what: string) => void) => ReactNode;
  /** A short name of an item for the screen-reader text of its buttons. */
  readonly name?: (item: T, index: number) => string;
}

/** An ordered list of editable items with add, remove and move buttons. */
export function ListEditor<T>({
  legend,
  itemName,
  items,
  onChange,
  create,
  render,
  name,
}: ListEditorProps<T>) {
  const nameOf = (item: T, i: number) => name?.(item, i) ?? `${itemName} ${i + 1}`;
  return (
    <Group legend={legend}>
      {items.length === 0 && <p className="cw-hint">None yet.</p>}
      <ol className="cw-list">
        {items.map((item, i) => (
          <li key={i} className="cw-list__item">
            {render(item, i, (next, what) =>
              onChange(
                items.map((x, j) => (j === i ? next : x)),
                what,
              ),
            )}
            <div className="cw-row">
              <button
                type="button"
                disabled={i === 0}
                onClick={() => onChange([...moveItem(items, i, -1)], `${itemName} order`)}
              >
                Move up<span className="cw-visually-hidden"> {nameOf(item, i)}</span>
              </button>
              <button
                type="button"
                disabled={i === items.length - 1}
                onClick={() => onChange([...moveItem(items, i, 1)], `${itemName} order`)}
              >
                Move down<span className="cw-visually-hidden"> {nameOf(item, i)}</span>
              </button>
              <button
                type="button"
                className="cw-danger"
                onClick={() =>
                  onChange(
                    items.filter((_, j) => j !== i),
                    `${itemName}s`,
                  )
                }
              >
                Remove<span className="cw-visually-hidden"> {nameOf(item, i)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...items, create()], `${itemName}s`)}>
        Add {itemName}
      </button>
    </Group>
  );
}
