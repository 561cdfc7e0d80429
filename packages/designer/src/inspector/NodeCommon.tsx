import type { Pathway, PathwayNode } from '../core.js';
import { renameNode, setStart, updateNode } from '../editor/commands/node-commands.js';
import { renameNodeProblem } from '../editor/document/rename-checks.js';
import { useDoc } from '../state/context.js';
import { Checkbox, Group, TextInput } from '../ui/controls.js';
import { IdRenamer } from '../ui/IdRenamer.js';

/** The properties every node has: title, id, sources and whether the pathway starts here. */
export function NodeCommon({ node, doc }: { node: PathwayNode; doc: Pathway }) {
  const { run } = useDoc();
  return (
    <>
      <TextInput
        label="Title"
        value={node.title}
        onChange={(title) => run(updateNode(node.id, 'title', (n) => ({ ...n, title })))}
      />
      <IdRenamer
        label="Id"
        hint="Used by scenarios and connections."
        id={node.id}
        problem={(to) => renameNodeProblem(doc, node.id, to)}
        onRename={(to) => run(renameNode(node.id, to))}
      />
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
