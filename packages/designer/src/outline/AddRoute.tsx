import { useId, useMemo, useState } from 'react';
import type { Pathway } from '../core.js';
import type { Command } from '../editor/commands/command.js';
import { connectionProblem } from '../editor/document/connect.js';
import { addEdge } from '../editor/commands/edge-commands.js';
import { routeSources } from '../editor/kinds/registry.js';
import { NodeSelect } from './NodeSelect.js';

/**
 * Connects two nodes from the outline: a node a route may leave, and one of
 * the nodes it may go to (the canvas's drawing rules: not itself, not the
 * start, not a node it already leads to). One form for the whole outline, so
 * that a large pathway does not carry a list of every node under every node.
 */
export function AddRoute({
  doc,
  run,
  onAdded,
}: {
  doc: Pathway;
  run: (command: Command) => void;
  onAdded: (from: string) => void;
}) {
  const id = useId();
  const sources = useMemo(() => routeSources(doc), [doc]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const source = sources.find((n) => n.id === from) ?? sources[0];
  const targets = useMemo(
    () => (source ? doc.nodes.filter((n) => connectionProblem(doc, source.id, n.id) === null) : []),
    [doc, source],
  );
  if (!source || doc.nodes.length < 2) return null;
  const target = targets.find((n) => n.id === to) ?? targets[0];
  return (
    <form
      className="cw-group cw-outline__add-route"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!target) return;
        run(addEdge(source.id, target.id));
        onAdded(source.id);
      }}
    >
      <h3 id={`${id}-heading`}>Add a route</h3>
      <NodeSelect label="From" nodes={sources} value={source.id} onChange={setFrom} />
      {target ? (
        <NodeSelect label="To" nodes={targets} value={target.id} onChange={setTo} />
      ) : (
        <p className="cw-hint" role="status">
          “{source.title}” already leads to every node a route may go to.
        </p>
      )}
      <button type="submit" disabled={!target}>
        Add route
      </button>
    </form>
  );
}
