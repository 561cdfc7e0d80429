import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallPathway } from '../editor/test-fixtures.js';
import { button, catchDownloads, click, renderDesigner } from '../test-utils.js';
import { exportFailure, xmlSafe } from './export-image.js';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  vi.restoreAllMocks();
});

/** Every character XML 1.0 forbids, and some it allows, in one string. */
const HOSTILE = 'A\u0000B\u0001\u0008\u000b\u000c\u000e\u001f\tC\nD\rE\ud800F\udc00G\ufffe\uffff😀H';

describe('xmlSafe', () => {
  it('replaces every character XML 1.0 forbids with U+FFFD and keeps the rest', () => {
    expect(xmlSafe(HOSTILE)).toBe(
      'A\ufffdB\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\tC\nD\rE\ufffdF\ufffdG\ufffd\ufffd😀H',
    );
    expect(xmlSafe('Rectal bleeding? < & >')).toBe('Rectal bleeding? < & >');
  });
});

describe('exportFailure', () => {
  it('explains an image the browser could not load, never "[object Event]"', () => {
    expect(exportFailure(new Event('error'))).toBe(
      'The diagram could not be exported: the browser could not draw it as an image.',
    );
    expect(exportFailure(new Error('only 3 of the 4 nodes could be drawn in time'))).toBe(
      'The diagram could not be exported: only 3 of the 4 nodes could be drawn in time.',
    );
  });
});

describe('exporting a diagram whose text holds characters XML forbids', () => {
  it('writes well-formed SVG and a PNG, and says so', { timeout: 60_000 }, async () => {
    const doc = smallPathway();
    doc.title = `Title ${HOSTILE}`;
    const step = doc.nodes[0];
    if (step?.kind !== 'step') throw new Error('no step');
    step.title = `Symptoms ${HOSTILE}`;
    const field = step.fields[0];
    if (field) field.label = `Bleeding ${HOSTILE}`;
    const r = await renderDesigner(doc);
    cleanup = r.unmount;
    await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(doc.nodes.length);
    const downloads = catchDownloads();
    const status = () =>
      [...r.host.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(' | ');

    await click(button(r.host, 'Export SVG'));
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
    const svg = await (downloads[0] as Blob).text();
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')?.textContent ?? '').toBe('');
    expect(parsed.documentElement.textContent).toContain('Symptoms A\ufffdB');
    expect(status()).toContain('Exported small@1.0.0.svg');

    await click(button(r.host, 'Export PNG'));
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(2);
    const png = new Uint8Array(await (downloads[1] as Blob).arrayBuffer());
    expect(new TextDecoder().decode(png.subarray(1, 4))).toBe('PNG');
    expect(status()).toContain('Exported small@1.0.0.png');
  });
});
