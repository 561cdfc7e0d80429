import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { smallPathway } from '../editor/test-fixtures.js';
import {
  axeViolations,
  button,
  byLabel,
  click,
  openBottomTab,
  renderDesigner,
  typeInto,
} from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function open() {
  const r = await renderDesigner(smallPathway());
  cleanup = r.unmount;
  await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
  return r;
}

describe('the designer’s panels are accessible', () => {
  it('the outline', async () => {
    const { host } = await open();
    await click(button(host.querySelector('.cw-left [role="tablist"]') as HTMLElement, 'Outline'));
    const outline = host.querySelector('.cw-left [role="tabpanel"]') as HTMLElement;
    expect(outline.querySelector('.cw-outline')).not.toBeNull();
    expect(await axeViolations(outline)).toEqual([]);
  });

  it('the preview, running the pathway', async () => {
    const { host } = await open();
    await click(button(host.querySelector('.cw-right [role="tablist"]') as HTMLElement, 'Preview'));
    const pane = host.querySelector('.cw-right [role="tabpanel"]') as HTMLElement;
    await expect
      .poll(() => pane.querySelector('careway-pathway')?.shadowRoot?.querySelector('input') ?? null)
      .not.toBeNull();
    expect(await axeViolations(pane)).toEqual([]);
  });

  it('the history, with edits done and undone', async () => {
    const { host } = await open();
    await act(async () => host.querySelector<HTMLElement>('.react-flow__node[data-id="triage"]')?.click());
    await typeInto(byLabel(host.querySelector('.cw-right') as HTMLElement, 'Title'), 'Sort');
    await click(button(host, 'Undo'));
    const panel = await openBottomTab(host, 'History');
    expect(panel.querySelector('.cw-history__undone')).not.toBeNull();
    expect(await axeViolations(panel)).toEqual([]);
  });
});
