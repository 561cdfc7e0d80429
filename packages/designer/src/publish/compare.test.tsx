import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '../core.js';
import { updateField } from '../editor/commands/field-commands.js';
import { updateNode } from '../editor/commands/node-commands.js';
import type { PublishedVersion } from '../storage/db.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { axeViolations, button, byLabel, click, openBottomTab, renderPublisher } from '../test-utils.js';
import { buildArtefact } from '../editor/publish/publish.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const published = (doc: Pathway, at: string): PublishedVersion => ({
  pathwayId: doc.id,
  version: doc.version,
  ...buildArtefact(doc),
  publishedAt: at,
});

function history() {
  const v1 = { ...smallPathway(), status: 'active' as const };
  const v2 = updateField('symptoms', 'age', 'maximum', (f) => ({ ...f, max: 110 })).apply({
    ...v1,
    version: '1.1.0',
  });
  const now = updateNode('refer', 'title', (n) => ({ ...n, title: 'Refer (2WW)' })).apply({
    ...v2,
    version: '1.2.0',
  });
  return { now, versions: [published(v1, '2026-01-01T10:00:00Z'), published(v2, '2026-02-01T10:00:00Z')] };
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('comparing versions', () => {
  it('compares two published versions in words, leaving the canvas alone', async () => {
    const { now, versions } = history();
    const r = await renderPublisher(now, versions);
    cleanup = r.unmount;
    const panel = await openBottomTab(r.host, 'Publish and versions');
    await choose(byLabel<HTMLSelectElement>(panel, 'Older version'), '1.0.0');
    await choose(byLabel<HTMLSelectElement>(panel, 'Newer version'), '1.1.0');
    await click(button(panel, 'Compare'));
    expect(panel.querySelector('#cw-diff-heading')?.textContent).toBe(
      'Changes from version 1.0.0 to version 1.1.0',
    );
    const changes = [...panel.querySelectorAll('.cw-diff ul[aria-label="Clinical changes"] li')].map(
      (li) => li.textContent,
    );
    expect(changes).toEqual(['Question “Age” now has a maximum of 110 years (was 120 years)']);
    expect(panel.querySelector('.cw-diff')?.textContent).toContain('Version 1.1.0 (was 1.0.0)');
    expect(r.host.querySelector('.react-flow__node.cw-diff-changed')).toBeNull();
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('compares a published version with the pathway as it is now, on the canvas too', async () => {
    const { now, versions } = history();
    const r = await renderPublisher(now, versions);
    cleanup = r.unmount;
    const panel = await openBottomTab(r.host, 'Publish and versions');
    await click(button(panel, 'Compare with now (version 1.0.0)'));
    expect(panel.querySelector('#cw-diff-heading')?.textContent).toBe('Changes since version 1.0.0');
    expect(panel.textContent).toContain('Outcome “Refer urgently” is now called “Refer (2WW)”');
    await expect
      .poll(() => r.host.querySelector('.react-flow__node[data-id="refer"]')?.className ?? '')
      .toContain('cw-diff-changed');
    await click(button(panel, 'Stop comparing'));
    expect(panel.querySelector('#cw-diff-heading')).toBeNull();
  });
});
