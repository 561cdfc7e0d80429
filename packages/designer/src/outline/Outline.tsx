import { useRef, type KeyboardEvent } from 'react';
import { kindOf } from '../kinds/registry.js';
import { setCondition } from '../model/edge-commands.js';
import { updateField } from '../model/field-commands.js';
import { updateNode } from '../model/node-commands.js';
import { useDoc, useSelection } from '../state/context.js';
import { readingOrder } from './order.js';

/**
 * The whole pathway as a nested list, in reading order: the non-visual way to
 * read and author it, and a fast way to edit text. Up and Down arrows move
 * between nodes; choosing a node selects it on the canvas and in the inspector.
 */
export function Outline() {
  const { doc, run } = useDoc();
  const { selection, reveal } = useSelection();
  const list = useRef<HTMLOListElement>(null);
  const titles = new Map(doc.nodes.map((n) => [n.id, n.title]));
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End')
      return;
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('.cw-outline__node') ?? [])];
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
  if (doc.nodes.length === 0)
    return <p className="cw-hint">The pathway is empty: add a step from the palette.</p>;
  return (
    <section aria-labelledby="cw-outline-heading" className="cw-outline">
      <h2 id="cw-outline-heading">Outline</h2>
      <ol ref={list}>
        {readingOrder(doc).map((node) => {
          const selected = selection.nodes.includes(node.id);
          return (
            <li key={node.id} className={selected ? 'cw-outline__item--selected' : undefined}>
              <button
                type="button"
                className="cw-outline__node"
                aria-current={selected ? 'true' : undefined}
                onClick={() => reveal(node.id)}
                onKeyDown={onKeyDown}
              >
                {kindOf(node.kind).label}: {node.title}
                {doc.start === node.id ? ' (start)' : ''}
              </button>
              <label className="cw-outline__edit">
                <span className="cw-visually-hidden">Title of {node.title}</span>
                <input
                  type="text"
                  value={node.title}
                  onChange={(e) =>
                    run(updateNode(node.id, 'title', (n) => ({ ...n, title: e.target.value })))
                  }
                />
              </label>
              {node.kind === 'step' && (
                <ul aria-label={`Questions of ${node.title}`}>
                  {node.fields.map((field) => (
                    <li key={field.id}>
                      <label className="cw-outline__edit">
                        <span className="cw-visually-hidden">Question {field.id}</span>
                        <input
                          type="text"
                          value={field.label}
                          onChange={(e) =>
                            run(
                              updateField(node.id, field.id, 'question', (f) => ({
                                ...f,
                                label: e.target.value,
                              })),
                            )
                          }
                        />
                      </label>
                      {field.redFlag && (
                        <span className="cw-redflag"> red flag ({field.redFlag.urgency})</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {node.kind === 'outcome' ? (
                <p className="cw-hint">
                  Ends: {node.disposition}, {node.urgency}, {node.timeframe}
                </p>
              ) : (
                <ul aria-label={`Routes from ${node.title}`}>
                  {doc.edges
                    .filter((e) => e.from === node.id)
                    .map((edge) => (
                      <li key={edge.id}>
                        <label className="cw-outline__edit">
                          <span>→ {titles.get(edge.to) ?? edge.to} when </span>
                          <input
                            type="text"
                            value={edge.when ?? ''}
                            placeholder="otherwise"
                            onChange={(e) => run(setCondition(edge.id, e.target.value))}
                          />
                        </label>
                      </li>
                    ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
