import { getNodesBounds, getViewportForBounds, type Node as FlowNode } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

/** The image formats the diagram can be exported to. */
export type ImageFormat = 'svg' | 'png';

const PADDING = 0.05;

/**
 * Renders the whole diagram (not just what is in view) as an SVG or PNG data
 * URL, following React Flow's "download image" recipe: fit every node into an
 * image of a fixed size through the viewport helper, then draw the viewport
 * element with html-to-image.
 */
export async function diagramImage(
  root: HTMLElement,
  nodes: readonly FlowNode[],
  format: ImageFormat,
  maxWidth = 2400,
): Promise<string> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('The diagram is not on screen, so it cannot be exported.');
  const bounds = getNodesBounds([...nodes]);
  const width = Math.min(maxWidth, Math.max(400, Math.round(bounds.width + 160)));
  const height = Math.max(300, Math.round((bounds.height / Math.max(1, bounds.width)) * width + 160));
  const view = getViewportForBounds(bounds, width, height, 0.05, 2, PADDING);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`,
    },
    filter: (el: HTMLElement) => !el.classList?.contains('react-flow__handle'),
  };
  return format === 'svg' ? toSvg(viewport, options) : toPng(viewport, { ...options, pixelRatio: 1 });
}

/**
 * Waits until every node of the diagram is drawn and measured: React Flow
 * leaves off-screen nodes out of a large diagram (`onlyRenderVisibleElements`)
 * and hides a node until it has measured it, and an export captures only
 * what is drawn. Rejects after `timeoutMs`.
 */
export async function everyNodeDrawn(root: HTMLElement, count: number, timeoutMs = 10_000): Promise<void> {
  const started = performance.now();
  for (;;) {
    const drawn = [...root.querySelectorAll<HTMLElement>('.react-flow__node')];
    if (drawn.length >= count && drawn.every((n) => n.style.visibility !== 'hidden')) return;
    if (performance.now() - started > timeoutMs)
      throw new Error(`only ${drawn.length} of the ${count} nodes could be drawn in time`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * Turns a data URL into a Blob for download, without `fetch` (which the
 * app's Content-Security-Policy `connect-src 'self'` would refuse for `data:`).
 */
export function dataUrlToBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const head = url.slice(5, comma);
  const body = url.slice(comma + 1);
  const type = head.split(';')[0] || 'application/octet-stream';
  if (head.endsWith(';base64')) {
    const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
    return new Blob([bytes], { type });
  }
  return new Blob([decodeURIComponent(body)], { type });
}
