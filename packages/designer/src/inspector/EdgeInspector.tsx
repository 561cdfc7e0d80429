import type { Pathway, PathwayEdge } from '../core.js';
import { edgesFrom, reorderEdge, setCondition, updateEdge } from '../editor/commands/edge-commands.js';
import { removeElements } from '../editor/commands/node-commands.js';
import { setSources } from '../editor/commands/source-commands.js';
import { withOptional } from '../editor/document/objects.js';
import { ConditionEditor } from '../rules/ConditionEditor.js';
import { useDoc } from '../state/context.js';
import { SourceLinks } from '../traceability/SourceLinks.js';
import { TextInput } from '../ui/controls.js';

/** The inspector of one connection: its condition, label and place in the order. */
export function EdgeInspector({ edge, doc }: { edge: PathwayEdge; doc: Pathway }) {
  const { run } = useDoc();
  const title = (id: string) => doc.nodes.find((n) => n.id === id)?.title ?? id;
  const siblings = edgesFrom(doc, edge.from);
  const at = siblings.findIndex((e) => e.id === edge.id);
  return (
    <section aria-labelledby="cw-edge-heading">
      <h2 id="cw-edge-heading">
        Connection: {title(edge.from)} → {title(edge.to)}
      </h2>
      <p className="cw-hint">
        Tried {at + 1} of {siblings.length} from “{title(edge.from)}”.
      </p>
      <ConditionEditor
        label="Condition"
        hint="Leave empty for the otherwise route."
        value={edge.when ?? ''}
        onChange={(text) => run(setCondition(edge.id, text))}
      />
      <TextInput
        label="Label (optional)"
        value={edge.label ?? ''}
        onChange={(label) => run(updateEdge(edge.id, 'label', (e) => withOptional(e, 'label', label)))}
      />
      <SourceLinks
        legend="Sources backing this connection"
        refs={edge.sources}
        sources={doc.sources}
        onChange={(refs) => run(setSources({ kind: 'edge', edgeId: edge.id }, refs))}
      />
      <div className="cw-row">
        <button type="button" disabled={at <= 0} onClick={() => run(reorderEdge(edge.id, -1))}>
          Try earlier
        </button>
        <button
          type="button"
          disabled={at === siblings.length - 1}
          onClick={() => run(reorderEdge(edge.id, 1))}
        >
          Try later
        </button>
        <button type="button" className="cw-danger" onClick={() => run(removeElements([], [edge.id]))}>
          Delete connection
        </button>
      </div>
    </section>
  );
}
