import { afterEach, describe, expect, it, vi } from 'vitest';
import { generatePathway } from '../../bench/generate.mjs';
import { button, catchDownloads, click, renderDesigner } from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  vi.restoreAllMocks();
});

describe('a pathway too large to draw at once', () => {
  it('frames the node chosen in the outline, though most nodes are not drawn', async () => {
    const doc = generatePathway(200);
    const r = await renderDesigner(doc);
    cleanup = r.unmount;
    await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBeGreaterThan(0);
    await click(button(r.host.querySelector('.cw-left [role="tablist"]') as HTMLElement, 'Outline'));
    await click(button(r.host.querySelector('.cw-outline') as HTMLElement, 'Decision: Check 60'));
    const canvas = (r.host.querySelector('.cw-canvas') as HTMLElement).getBoundingClientRect();
    // centred on it, at a zoom where it can be read (once the 300 ms animation is over)
    await expect
      .poll(() => {
        const box = r.host.querySelector('.react-flow__node[data-id="decision-59"]')?.getBoundingClientRect();
        if (!box || box.width < 150) return 'not framed';
        return Math.abs(box.left + box.width / 2 - (canvas.left + canvas.width / 2)) < 5
          ? 'framed'
          : 'off centre';
      })
      .toBe('framed');
  });

  it(
    'puts every node of a 200-node pathway in the SVG, not only those on screen',
    { timeout: 60_000 },
    async () => {
      const doc = generatePathway(200);
      expect(doc.nodes.length).toBeGreaterThan(150);
      const r = await renderDesigner(doc);
      cleanup = r.unmount;
      await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBeGreaterThan(0);
      // Zoom in: React Flow then leaves most of this large diagram undrawn.
      for (let i = 0; i < 10; i += 1) await click(r.host.querySelector('.react-flow__controls-zoomin'));
      await expect
        .poll(() => r.host.querySelectorAll('.react-flow__node').length, { timeout: 5000 })
        .toBeLessThan(doc.nodes.length / 2);

      const downloads = catchDownloads();
      await click(button(r.host, 'Export SVG'));
      await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
      const svg = await (downloads[0] as Blob).text();
      expect(svg.startsWith('<svg')).toBe(true);
      const missing = doc.nodes.filter((n) => !svg.includes(`data-id="${n.id}"`)).map((n) => n.id);
      expect(missing).toEqual([]);
      // and the canvas goes back to drawing only what is in view
      await expect
        .poll(() => r.host.querySelectorAll('.react-flow__node').length)
        .toBeLessThan(doc.nodes.length / 2);
    },
  );
});
