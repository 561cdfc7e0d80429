import { useId, useState } from 'react';
import type { Pathway, PathwayNode } from '../core.js';
import { kindModelOf, kindModels, routeSources } from '../editor/kinds/registry.js';
import { sequence, type Command } from '../editor/commands/command.js';
import { addEdge } from '../editor/commands/edge-commands.js';
import { addNode } from '../editor/commands/node-commands.js';
import { NodeSelect } from './NodeSelect.js';

/** Where a new node goes on the canvas: below the node it follows, or below everything. */
export function placeFor(doc: Pathway, after: string | undefined): { x: number; y: number } {
  const positions = doc.layout?.nodes ?? {};
  const from = after ? positions[after] : undefined;
  if (from) {
    const siblings = doc.edges.filter((e) => e.from === after).length;
    return { x: from.x + siblings * 240, y: from.y + 160 };
  }
  const all = Object.values(positions);
  const bottom = all.reduce((y, p) => Math.max(y, p.y), -160);
  return { x: all[0]?.x ?? 0, y: bottom + 160 };
}

/**
 * Adds a node from the outline: its kind, its title, and (optionally) the node
 * it follows, connected in one undoable edit. The outline's way to author
 * without the canvas.
 */
export function AddNode({
  doc,
  run,
  onAdded,
}: {
  doc: Pathway;
  run: (command: Command) => void;
  onAdded: (node: PathwayNode) => void;
}) {
  const id = useId();
  const [kind, setKind] = useState<PathwayNode['kind']>('step');
  const [title, setTitle] = useState('');
  const [after, setAfter] = useState('');
  const sources = routeSources(doc);
  const follows = sources.some((n) => n.id === after) ? after : '';
  const add = () => {
    const created = kindModelOf(kind).create(doc);
    const node = title.trim() ? { ...created, title: title.trim() } : created;
    const steps = [addNode(node, placeFor(doc, follows || undefined))];
    // addEdge refuses what the canvas refuses; a fresh node after one with exits never is.
    if (follows) steps.push(addEdge(follows, node.id));
    const followed = doc.nodes.find((n) => n.id === follows);
    run(
      sequence(
        'add-node',
        followed
          ? `Add ${node.kind} "${node.title}" after "${followed.title}"`
          : `Add ${node.kind} "${node.title}"`,
        steps,
      ),
    );
    setTitle('');
    onAdded(node);
  };
  return (
    <form
      className="cw-group cw-outline__add"
      aria-labelledby={`${id}-legend`}
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <h3 id={`${id}-legend`}>Add a node</h3>
      <div className="cw-control">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as PathwayNode['kind'])}
        >
          {kindModels.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}: {k.description}
            </option>
          ))}
        </select>
      </div>
      <div className="cw-control">
        <label htmlFor={`${id}-title`}>Title (optional)</label>
        <input id={`${id}-title`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      {sources.length > 0 && (
        <NodeSelect
          label="Comes after"
          nodes={sources}
          value={follows}
          onChange={setAfter}
          none="Nothing yet (not connected)"
        />
      )}
      <button type="submit">Add node</button>
    </form>
  );
}
