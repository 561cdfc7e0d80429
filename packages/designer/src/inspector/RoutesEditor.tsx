import { useId, useState } from 'react';
import type { Pathway, PathwayNode } from '../core.js';
import { connectionProblem } from '../editor/document/connect.js';
import {
  addEdge,
  edgesFrom,
  reorderEdge,
  setCondition,
  updateEdge,
} from '../editor/commands/edge-commands.js';
import { removeElements } from '../editor/commands/node-commands.js';
import { ConditionEditor } from '../rules/ConditionEditor.js';
import { useDoc } from '../state/context.js';
import { Group, TextInput } from '../ui/controls.js';

/**
 * The edges leaving a node, in the order the engine tries them: edit each
 * condition, reorder, remove, and add a route to another node (the keyboard
 * way to connect).
 */
export function RoutesEditor({ node, doc }: { node: PathwayNode; doc: Pathway }) {
  const { run } = useDoc();
  const edges = edgesFrom(doc, node.id);
  const title = (id: string) => doc.nodes.find((n) => n.id === id)?.title ?? id;
  const [target, setTarget] = useState('');
  const selectId = useId();
  const problem = target ? connectionProblem(doc, node.id, target) : null;
  if (node.kind === 'outcome')
    return <p className="cw-hint">An outcome ends the pathway: nothing follows it.</p>;
  return (
    <Group legend="Routes (tried in order)">
      {edges.length === 0 && <p className="cw-hint">No route leaves this node yet.</p>}
      <ol className="cw-routes">
        {edges.map((edge, i) => (
          <li key={edge.id} className="cw-route">
            <p className="cw-route__to">
              {i + 1}. To <strong>{title(edge.to)}</strong> {edge.when === undefined && <em>(otherwise)</em>}
            </p>
            <ConditionEditor
              label={`Condition for the route to ${title(edge.to)}`}
              value={edge.when ?? ''}
              onChange={(text) => run(setCondition(edge.id, text))}
              hint="Leave empty for the otherwise route."
            />
            <TextInput
              label="Label (optional)"
              value={edge.label ?? ''}
              onChange={(label) =>
                run(
                  updateEdge(edge.id, 'label', (e) => {
                    const { label: _old, ...rest } = e;
                    return label ? { ...rest, label } : rest;
                  }),
                )
              }
            />
            <div className="cw-row">
              <button type="button" disabled={i === 0} onClick={() => run(reorderEdge(edge.id, -1))}>
                Try earlier<span className="cw-visually-hidden"> (route to {title(edge.to)})</span>
              </button>
              <button
                type="button"
                disabled={i === edges.length - 1}
                onClick={() => run(reorderEdge(edge.id, 1))}
              >
                Try later<span className="cw-visually-hidden"> (route to {title(edge.to)})</span>
              </button>
              <button type="button" className="cw-danger" onClick={() => run(removeElements([], [edge.id]))}>
                Remove<span className="cw-visually-hidden"> route to {title(edge.to)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="cw-row cw-row--end">
        <div className="cw-control">
          <label htmlFor={selectId}>Add a route to</label>
          <select
            id={selectId}
            value={target}
            aria-describedby={problem ? `${selectId}-problem` : undefined}
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value="">Choose a node…</option>
            {doc.nodes
              .filter((n) => n.id !== node.id)
              .map((n) => (
                <option key={n.id} value={n.id}>
                  {n.title} ({n.id})
                </option>
              ))}
          </select>
        </div>
        <button
          type="button"
          disabled={!target || problem !== null}
          onClick={() => {
            run(addEdge(node.id, target));
            setTarget('');
          }}
        >
          Add route
        </button>
      </div>
      {problem && (
        <p id={`${selectId}-problem`} className="cw-error-text" role="status">
          {problem}
        </p>
      )}
    </Group>
  );
}
