import type { Pathway, PathwayNode } from '../core.js';
import { setSources } from '../editor/commands/source-commands.js';
import { renameNode, setStart, updateNode } from '../editor/commands/node-commands.js';
import { renameNodeProblem } from '../editor/document/rename-checks.js';
import { useDoc } from '../state/context.js';
import { TextInput } from '../ui/controls.js';
import { IdRenamer } from '../ui/IdRenamer.js';
import { SourceLinks } from '../traceability/SourceLinks.js';

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
      <SourceLinks
        legend={node.kind === 'outcome' ? 'Sources backing this outcome' : 'Sources backing this node'}
        refs={node.sources}
        sources={doc.sources}
        onChange={(refs) => run(setSources({ kind: 'node', nodeId: node.id }, refs))}
      />
    </>
  );
}
