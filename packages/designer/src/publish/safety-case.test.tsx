import { afterEach, describe, expect, it, vi } from 'vitest';
import { integrityOf, type Pathway } from '../core.js';
import { smallPathway } from '../editor/test-fixtures.js';
import type { PublishedVersion } from '../storage/db.js';
import {
  axeViolations,
  button,
  catchDownloads,
  click,
  openBottomTab,
  renderPublisher,
} from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  vi.restoreAllMocks();
});

/** A version of the small pathway as the workspace records it once published. */
function recorded(doc: Pathway): PublishedVersion {
  const json = JSON.stringify(doc);
  return {
    pathwayId: doc.id,
    version: doc.version,
    fileName: `${doc.id}@${doc.version}.json`,
    json,
    integrity: integrityOf(json),
    publishedAt: '2026-11-24T10:00:00.000Z',
  };
}

describe('the safety case export', () => {
  it('downloads <id>-<version>-safety-case.html from core, compared with the newest published version', async () => {
    const published = { ...smallPathway(), version: '1.0.0' };
    const now: Pathway = { ...smallPathway(), version: '1.1.0', title: 'Small pathway <b>now</b>' };
    const r = await renderPublisher(now, [recorded(published)]);
    cleanup = r.unmount;
    const panel = await openBottomTab(r.host, 'Publish and versions');
    expect(panel.textContent).toContain('the clinical changes since version 1.0.0');
    expect(await axeViolations(panel)).toEqual([]);
    const downloads = catchDownloads();
    await click(button(panel, /^Download safety case/));
    await expect.poll(() => downloads.length).toBe(1);
    const blob = downloads[0] as Blob;
    expect(blob.type).toBe('text/html');
    const anchors = vi.mocked(HTMLAnchorElement.prototype.click).mock.contexts as HTMLAnchorElement[];
    expect(anchors.map((a) => a.download)).toEqual(['small-1.1.0-safety-case.html']);
    const html = await blob.text();
    const report = new DOMParser().parseFromString(html, 'text/html');
    expect(report.querySelector('h1')?.textContent).toBe('Clinical safety case: Small pathway <b>now</b>');
    expect(report.querySelector('b')).toBeNull();
    expect(report.querySelectorAll('h2')).toHaveLength(7);
    expect(html).toContain('Previous (1.0.0)');
    expect(html).toMatch(/Changed top-level properties: <code>title<\/code>/);
  });

  it('says when there is no published version to compare with', async () => {
    const r = await renderPublisher(smallPathway());
    cleanup = r.unmount;
    const panel = await openBottomTab(r.host, 'Publish and versions');
    expect(panel.textContent).toContain('the last published version (none yet)');
    const downloads = catchDownloads();
    await click(button(panel, /^Download safety case/));
    await expect.poll(() => downloads.length).toBe(1);
    expect(await (downloads[0] as Blob).text()).toContain('No previous published version given.');
  });
});
