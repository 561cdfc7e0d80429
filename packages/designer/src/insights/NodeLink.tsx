import { useDoc, useSelection } from '../state/context.js';

/** A node's title as a button that selects it and frames it on the canvas. */
export function NodeLink({ id }: { id: string }) {
  const { doc } = useDoc();
  const { reveal } = useSelection();
  const title = doc.nodes.find((n) => n.id === id)?.title ?? id;
  return (
    <button type="button" className="cw-link" onClick={() => reveal(id)}>
      {title}
    </button>
  );
}
