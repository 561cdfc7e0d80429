import type { ReactFlowInstance } from '@xyflow/react';
import type { CanvasNode } from '../kinds/types.js';

/** The size a node is drawn at before React Flow has measured it. */
const UNMEASURED = { width: 220, height: 110 };
/** Below this zoom a box's text is too small to read. */
const READABLE = 0.6;

/**
 * Brings a node into view: left where it is when it is already in view at a
 * readable zoom, otherwise centred (at zoom 1 if the diagram was zoomed out
 * too far to read). Not `fitView({ nodes })`: React Flow runs that only once
 * every node is measured, which never happens in a large diagram that draws
 * only the nodes in view.
 */
export function frameNode(
  flow: ReactFlowInstance<CanvasNode>,
  nodeId: string,
  container: HTMLElement | null,
): void {
  const node = flow.getInternalNode(nodeId);
  if (!node) return;
  const at = node.internals.positionAbsolute;
  const width = node.measured.width ?? UNMEASURED.width;
  const height = node.measured.height ?? UNMEASURED.height;
  const { x, y, zoom } = flow.getViewport();
  const box = container?.getBoundingClientRect();
  if (zoom >= READABLE && box) {
    const left = at.x * zoom + x;
    const top = at.y * zoom + y;
    if (left >= 0 && top >= 0 && left + width * zoom <= box.width && top + height * zoom <= box.height)
      return;
  }
  void flow.setCenter(at.x + width / 2, at.y + height / 2, {
    zoom: zoom >= READABLE ? zoom : 1,
    duration: 300,
  });
}
