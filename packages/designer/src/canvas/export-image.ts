import { getNodesBounds, getViewportForBounds, type Node as FlowNode } from '@xyflow/react';
// html-to-image's steps, taken one by one (as its toSvg does) so that the copy of the diagram can be
// made writable as XML between copying and writing: the library has no hook for that.
import { applyStyle } from 'html-to-image/es/apply-style.js';
import { cloneNode } from 'html-to-image/es/clone-node.js';
import { embedImages } from 'html-to-image/es/embed-images.js';
import { embedWebFonts } from 'html-to-image/es/embed-webfonts.js';
import type { Options } from 'html-to-image/es/types.js';
import { nodeToDataURL } from 'html-to-image/es/util.js';

/** The image formats the diagram can be exported to. */
export type ImageFormat = 'svg' | 'png';

const PADDING = 0.05;
const MAX_CANVAS = 16384;

/**
 * What XML 1.0 cannot hold, even escaped: the C0 controls but tab, line feed and carriage return,
 * U+FFFE and U+FFFF, and halves of surrogate pairs standing alone.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with each character XML 1.0 forbids replaced by U+FFFD, which shows where it was. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd');
}

/** Makes every text and attribute under `root` writable as XML. A draft may hold any character. */
function makeXmlSafe(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const attr of [...node.attributes]) {
        const safe = xmlSafe(attr.value);
        if (safe !== attr.value) attr.value = safe;
      }
    } else if (node.nodeValue !== null) {
      const safe = xmlSafe(node.nodeValue);
      if (safe !== node.nodeValue) node.nodeValue = safe;
    }
  }
}

/** The SVG data URL of `node` drawn with `options`, every text in it made writable as XML. */
async function svgOf(node: HTMLElement, options: Options & { width: number; height: number }) {
  const copy = await cloneNode(node, options, true);
  if (!copy) throw new Error('the diagram could not be copied.');
  await embedWebFonts(copy, options);
  await embedImages(copy, options);
  applyStyle(copy, options);
  makeXmlSafe(copy);
  return nodeToDataURL(copy, options.width, options.height);
}

/** Draws an SVG data URL onto a canvas of `width` × `height` over `background`; a PNG data URL. */
async function pngOf(svg: string, width: number, height: number, background: string): Promise<string> {
  const image = new Image();
  image.decoding = 'async';
  image.src = svg;
  try {
    await image.decode();
  } catch {
    throw new Error('the browser could not draw it as an image.');
  }
  // Browsers draw no canvas larger than 16384 pixels a side: a very tall diagram is scaled to fit.
  const scale = Math.min(1, MAX_CANVAS / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(width * scale);
  canvas.height = Math.floor(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser could not draw it as an image.');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

/** The message for an export that failed, whatever was thrown (an image's error is an Event). */
export function exportFailure(error: unknown): string {
  const reason =
    error instanceof Error
      ? error.message
      : error instanceof Event
        ? 'the browser could not draw it as an image.'
        : String(error);
  return `The diagram could not be exported: ${/[.!?]$/.test(reason) ? reason : `${reason}.`}`;
}

/**
 * Renders the whole diagram (not just what is in view) as an SVG or PNG data
 * URL, following React Flow's "download image" recipe: fit every node into an
 * image of a fixed size through the viewport helper, then draw the viewport
 * element with html-to-image. Text XML cannot hold is replaced (see {@link xmlSafe}), so the SVG is
 * always well-formed and the PNG, drawn from it, always draws.
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
  const svg = await svgOf(viewport, options);
  return format === 'svg' ? svg : pngOf(svg, width, height, options.backgroundColor);
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
