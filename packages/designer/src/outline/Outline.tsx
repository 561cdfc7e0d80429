import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useDoc, useSelection } from '../state/context.js';
import { AddNode } from './AddNode.js';
import { AddRoute } from './AddRoute.js';
import { readingOrder } from './order.js';
import { OutlineNode } from './OutlineNode.js';

const moves = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * The whole pathway as a nested list, in reading order: the non-visual way to
 * read and author it. Every node can be retitled, deleted and connected to
 * another; every question retitled, retyped, added and removed; new nodes are
 * added at the end, after the node they follow. Up and Down arrows (Home, End)
 * move between nodes; choosing a node selects it on the canvas and in the
 * inspector. Each edit is one undoable command, as on the canvas.
 */
export function Outline() {
  const { doc, run } = useDoc();
  const { selection, reveal, select } = useSelection();
  const root = useRef<HTMLElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const titles = useMemo(() => new Map(doc.nodes.map((n) => [n.id, n.title])), [doc.nodes]);
  // After an edit that removes or adds the focused control, focus goes where asked.
  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector) return;
    pendingFocus.current = null;
    const target =
      root.current?.querySelector<HTMLElement>(selector) ??
      root.current?.querySelector<HTMLElement>('.cw-outline__add select');
    target?.focus();
  });
  const focus = (selector: string) => {
    pendingFocus.current = selector;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!moves.has(event.key)) return;
    const buttons = [...(root.current?.querySelectorAll<HTMLButtonElement>('.cw-outline__node') ?? [])];
    const at = buttons.indexOf(event.currentTarget);
    const to =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : at + (event.key === 'ArrowDown' ? 1 : -1);
    const target = buttons[to];
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <section aria-labelledby="cw-outline-heading" className="cw-outline" ref={root}>
      <h2 id="cw-outline-heading">Outline</h2>
      {doc.nodes.length === 0 ? (
        <p className="cw-hint">The pathway is empty: add its first node below, or from the palette.</p>
      ) : (
        <ol>
          {readingOrder(doc).map((node) => (
            <OutlineNode
              key={node.id}
              node={node}
              doc={doc}
              titles={titles}
              selected={selection.nodes.includes(node.id)}
              onReveal={() => reveal(node.id)}
              onKeyDown={onKeyDown}
              run={run}
              focus={focus}
            />
          ))}
        </ol>
      )}
      <AddRoute
        doc={doc}
        run={run}
        onAdded={(from) => focus(`[data-node-id="${from}"] [data-edge-id]:last-of-type input`)}
      />
      <AddNode
        doc={doc}
        run={run}
        onAdded={(node) => {
          select({ nodes: [node.id], edges: [] });
          focus(`[data-node-id="${node.id}"] [data-edit="title"]`);
        }}
      />
    </section>
  );
}
