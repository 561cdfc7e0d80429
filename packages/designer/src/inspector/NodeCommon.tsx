import { useEffect, useState } from 'react';
import type { Pathway, PathwayNode } from '../core.js';
import { renameNode, setStart, updateNode } from '../model/node-commands.js';
import { useDoc } from '../state/context.js';
import { Checkbox, Group, TextInput } from '../ui/controls.js';

const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** The properties every node has: title, id, sources and whether the pathway starts here. */
export function NodeCommon({ node, doc }: { node: PathwayNode; doc: Pathway }) {
  const { run } = useDoc();
  const [id, setId] = useState(node.id);
  useEffect(() => setId(node.id), [node.id]);
  const idError =
    id === node.id
      ? undefined
      : !ID.test(id)
        ? 'Start with a letter; use letters, digits, - and _ only.'
        : doc.nodes.some((n) => n.id === id)
          ? 'Another node already has this id.'
          : undefined;
  return (
    <>
      <TextInput
        label="Title"
        value={node.title}
        onChange={(title) => run(updateNode(node.id, 'title', (n) => ({ ...n, title })))}
      />
      <div className="cw-row cw-row--end">
        <TextInput
          label="Id"
          value={id}
          onChange={setId}
          error={idError}
          hint="Used by scenarios and connections."
        />
        <button
          type="button"
          disabled={id === node.id || idError !== undefined}
          onClick={() => run(renameNode(node.id, id))}
        >
          Rename
        </button>
      </div>
      {doc.start === node.id ? (
        <p className="cw-hint">The pathway starts here.</p>
      ) : (
        node.kind !== 'outcome' && (
          <button type="button" onClick={() => run(setStart(node.id))}>
            Start the pathway here
          </button>
        )
      )}
      {doc.sources.length > 0 && (
        <Group legend="Sources backing this node">
          {doc.sources.map((source) => (
            <Checkbox
              key={source.id}
              label={source.title}
              checked={node.sources?.includes(source.id) ?? false}
              onChange={(on) =>
                run(
                  updateNode(node.id, 'sources', (n) => {
                    const next = on
                      ? [...(n.sources ?? []), source.id]
                      : (n.sources ?? []).filter((s) => s !== source.id);
                    const { sources: _old, ...rest } = n;
                    return (next.length ? { ...rest, sources: next } : rest) as PathwayNode;
                  }),
                )
              }
            />
          ))}
        </Group>
      )}
    </>
  );
}
