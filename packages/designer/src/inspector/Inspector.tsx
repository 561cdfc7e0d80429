import { StepFigures } from '../insights/StepFigures.js';
import { kindModelOf } from '../editor/kinds/registry.js';
import { viewsOf } from '../kinds/registry.js';
import { removeElements } from '../editor/commands/node-commands.js';
import { useDoc, useSelection } from '../state/context.js';
import { EdgeInspector } from './EdgeInspector.js';
import { NodeCommon } from './NodeCommon.js';
import { PathwayInspector } from './PathwayInspector.js';
import { RoutesEditor } from './RoutesEditor.js';

/**
 * Edits what is selected: one node, one connection, or (with nothing or
 * several things selected) the pathway itself. Every change is a command.
 */
export function Inspector({
  onDuplicate,
  onPreviewFrom,
  previewNotice,
}: {
  onDuplicate?: (nodeIds: readonly string[]) => void;
  onPreviewFrom?: (nodeId: string) => void;
  /** Why "Preview from here" could not start at a node. */
  previewNotice?: { readonly nodeId: string; readonly message: string } | undefined;
}) {
  const { doc, run } = useDoc();
  const { selection } = useSelection();
  const node =
    selection.nodes.length === 1 && selection.edges.length === 0
      ? doc.nodes.find((n) => n.id === selection.nodes[0])
      : undefined;
  const edge =
    selection.edges.length === 1 && selection.nodes.length === 0
      ? doc.edges.find((e) => e.id === selection.edges[0])
      : undefined;
  if (node) {
    const kind = kindModelOf(node.kind);
    const KindInspector = viewsOf(node.kind).Inspector;
    return (
      <section className="cw-inspector" aria-labelledby="cw-node-heading">
        <h2 id="cw-node-heading">
          {kind.label}: {node.title}
        </h2>
        <StepFigures node={node} />
        <NodeCommon node={node} doc={doc} />
        <KindInspector node={node} doc={doc} />
        <RoutesEditor node={node} doc={doc} />
        <div className="cw-row">
          {onPreviewFrom && (
            <button type="button" onClick={() => onPreviewFrom(node.id)}>
              Preview from here
            </button>
          )}
          {onDuplicate && (
            <button type="button" onClick={() => onDuplicate([node.id])}>
              Duplicate
            </button>
          )}
          <button type="button" className="cw-danger" onClick={() => run(removeElements([node.id], []))}>
            Delete {kind.label.toLowerCase()}
          </button>
        </div>
        <p className="cw-banner cw-banner--error" role="status" hidden={previewNotice?.nodeId !== node.id}>
          {previewNotice?.nodeId === node.id ? previewNotice.message : ''}
        </p>
      </section>
    );
  }
  if (edge) return <EdgeInspector edge={edge} doc={doc} />;
  return (
    <>
      {selection.nodes.length + selection.edges.length > 1 && (
        <p className="cw-hint" role="status">
          {selection.nodes.length} nodes and {selection.edges.length} connections selected.{' '}
          <button
            type="button"
            className="cw-danger"
            onClick={() => run(removeElements(selection.nodes, selection.edges))}
          >
            Delete selected
          </button>
        </p>
      )}
      <PathwayInspector doc={doc} />
    </>
  );
}
