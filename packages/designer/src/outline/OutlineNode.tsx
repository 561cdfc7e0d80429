import { useId, type KeyboardEvent } from 'react';
import type { Field, Pathway, PathwayNode } from '../core.js';
import { fieldTypeLabels } from '../editor/kinds/labels.js';
import { kindModelOf } from '../editor/kinds/registry.js';
import type { Command } from '../editor/commands/command.js';
import { setCondition } from '../editor/commands/edge-commands.js';
import { addField, changeFieldType, removeField, updateField } from '../editor/commands/field-commands.js';
import { freshFieldId } from '../editor/document/ids.js';
import { removeElements, updateNode } from '../editor/commands/node-commands.js';

const fieldTypes = (Object.keys(fieldTypeLabels) as Field['type'][]).map((value) => ({
  value,
  label: fieldTypeLabels[value],
}));

/** Where the outline should put the keyboard focus after an edit, as a CSS selector inside it. */
export type FocusRequest = (selector: string) => void;

/** One node of the outline: its title, its questions, its routes, and the edits of each. */
export function OutlineNode({
  node,
  doc,
  titles,
  selected,
  onReveal,
  onKeyDown,
  run,
  focus,
}: {
  node: PathwayNode;
  doc: Pathway;
  /** Every node's title by id, computed once for the whole outline. */
  titles: ReadonlyMap<string, string>;
  selected: boolean;
  onReveal: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  run: (command: Command) => void;
  focus: FocusRequest;
}) {
  const routes = doc.edges.filter((e) => e.from === node.id);
  // After a delete, focus goes to the next node of the outline (or the one before, at the end).
  const remove = (event: { currentTarget: HTMLElement }) => {
    const item = event.currentTarget.closest('li');
    const next = (item?.nextElementSibling ?? item?.previousElementSibling)?.getAttribute('data-node-id');
    run(removeElements([node.id], []));
    focus(next ? `[data-node-id="${next}"] .cw-outline__node` : '.cw-outline__add select');
  };
  return (
    <li
      data-node-id={node.id}
      className={selected ? 'cw-outline__item cw-outline__item--selected' : 'cw-outline__item'}
    >
      <button
        type="button"
        className="cw-outline__node"
        aria-current={selected ? 'true' : undefined}
        onClick={onReveal}
        onKeyDown={onKeyDown}
      >
        {kindModelOf(node.kind).label}: {node.title}
        {doc.start === node.id ? ' (start)' : ''}
      </button>
      <label className="cw-outline__edit">
        <span className="cw-visually-hidden">Title of {node.title}</span>
        <input
          type="text"
          data-edit="title"
          value={node.title}
          onChange={(e) => run(updateNode(node.id, 'title', (n) => ({ ...n, title: e.target.value })))}
        />
      </label>
      {node.kind === 'step' && <OutlineFields node={node} doc={doc} run={run} focus={focus} />}
      {node.kind === 'outcome' ? (
        <p className="cw-hint">
          Ends: {node.disposition}, {node.urgency}, {node.timeframe}
        </p>
      ) : (
        <>
          <ul aria-label={`Routes from ${node.title}`}>
            {routes.map((edge) => {
              const to = titles.get(edge.to) ?? edge.to;
              return (
                <li key={edge.id} data-edge-id={edge.id} className="cw-outline__row">
                  <label className="cw-outline__edit">
                    <span>→ {to} when </span>
                    <input
                      type="text"
                      value={edge.when ?? ''}
                      placeholder="otherwise"
                      onChange={(e) => run(setCondition(edge.id, e.target.value))}
                    />
                  </label>
                  <button
                    type="button"
                    className="cw-link cw-danger"
                    onClick={() => {
                      run(removeElements([], [edge.id]));
                      focus('.cw-outline__add-route select');
                    }}
                  >
                    Remove
                    <span className="cw-visually-hidden">
                      {' '}
                      the route from {node.title} to {to}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <button type="button" className="cw-link cw-danger" onClick={remove}>
        Delete {kindModelOf(node.kind).label.toLowerCase()}
        <span className="cw-visually-hidden"> {node.title}</span>
      </button>
    </li>
  );
}

function OutlineFields({
  node,
  doc,
  run,
  focus,
}: {
  node: Extract<PathwayNode, { kind: 'step' }>;
  doc: Pathway;
  run: (command: Command) => void;
  focus: FocusRequest;
}) {
  const add = () => {
    const id = freshFieldId(doc);
    run(addField(node.id, { id, type: 'boolean', label: 'New question' }));
    focus(`[data-field-id="${id}"] [data-edit="question"]`);
  };
  return (
    <>
      <ul aria-label={`Questions of ${node.title}`}>
        {node.fields.map((field) => (
          <li key={field.id} data-field-id={field.id} className="cw-outline__row">
            <label className="cw-outline__edit">
              <span className="cw-visually-hidden">Question {field.id}</span>
              <input
                type="text"
                data-edit="question"
                value={field.label}
                onChange={(e) =>
                  run(updateField(node.id, field.id, 'question', (f) => ({ ...f, label: e.target.value })))
                }
              />
            </label>
            <FieldType nodeId={node.id} field={field} run={run} />
            {field.redFlag && <span className="cw-redflag"> red flag ({field.redFlag.urgency})</span>}
            <button
              type="button"
              className="cw-link cw-danger"
              disabled={node.fields.length === 1}
              onClick={() => {
                run(removeField(node.id, field.id));
                focus(`[data-node-id="${node.id}"] [data-edit="add-question"]`);
              }}
            >
              Remove<span className="cw-visually-hidden"> question {field.id}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="cw-link" data-edit="add-question" onClick={add}>
        Add a question<span className="cw-visually-hidden"> to {node.title}</span>
      </button>
    </>
  );
}

function FieldType({
  nodeId,
  field,
  run,
}: {
  nodeId: string;
  field: Field;
  run: (command: Command) => void;
}) {
  const id = useId();
  return (
    <span className="cw-outline__type">
      <label htmlFor={id} className="cw-visually-hidden">
        Answer type of {field.id}
      </label>
      <select
        id={id}
        value={field.type}
        onChange={(e) => run(changeFieldType(nodeId, field.id, e.target.value as Field['type']))}
      >
        {fieldTypes.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
    </span>
  );
}
