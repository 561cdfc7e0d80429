import { Panel, useConnection } from '@xyflow/react';
import type { Pathway } from '../core.js';
import { connectionProblem } from '../editor/document/connect.js';

/**
 * While a connection is being dragged, says whether it may be dropped where
 * it is, and if not, why (out of an outcome, into the start, a duplicate).
 */
export function ConnectionHint({ doc }: { doc: Pathway }) {
  const connection = useConnection();
  if (!connection.inProgress) return null;
  const from = connection.fromHandle.type === 'source' ? connection.fromNode.id : connection.toNode?.id;
  const to = connection.fromHandle.type === 'source' ? connection.toNode?.id : connection.fromNode.id;
  const source = doc.nodes.find((n) => n.id === from);
  const problem =
    source?.kind === 'outcome'
      ? connectionProblem(doc, source.id, to ?? source.id)
      : from && to
        ? connectionProblem(doc, from, to)
        : null;
  return (
    <Panel
      position="top-center"
      className={`cw-connection-hint${problem ? ' cw-connection-hint--refused' : ''}`}
    >
      <p role="status">
        {problem ?? (to ? 'Release to connect.' : 'Drag onto the node that should follow.')}
      </p>
    </Panel>
  );
}
