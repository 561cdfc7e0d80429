import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, button, byLabel, click, renderDesigner, typeInto } from './test-utils.js';
import { smallPathway } from './editor/test-fixtures.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function open() {
  const r = await renderDesigner(smallPathway());
  cleanup = r.unmount;
  await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
  return r;
}

function canvasNode(host: HTMLElement, id: string): HTMLElement {
  const el = host.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  if (!el) throw new Error(`no node ${id}`);
  return el;
}

describe('<PathwayDesigner>', () => {
  it('has no accessibility violations', async () => {
    const { host } = await open();
    expect(await axeViolations(host)).toEqual([]);
  });

  it('draws each kind as what it is: questions, branches in order, outcome urgency, red flags', async () => {
    const { host } = await open();
    expect(canvasNode(host, 'symptoms').textContent).toContain('Rectal bleeding?');
    expect(canvasNode(host, 'symptoms').querySelector('.cw-redflag')).not.toBeNull();
    expect(canvasNode(host, 'triage').querySelector('ol')?.textContent).toBe(
      'bleeding or age >= 60 → Refer urgentlyotherwise → Manage in primary care',
    );
    expect(canvasNode(host, 'refer').querySelector('.cw-urgency--suspected-cancer')).not.toBeNull();
    expect(canvasNode(host, 'symptoms').getAttribute('aria-label')).toBe(
      'Step: Symptoms. 2 questions, 1 red flag.',
    );
    const labels = [...host.querySelectorAll('.cw-edge-label')].map((t) => t.textContent);
    expect(labels).toContain('bleeding or age >= 60');
    expect(labels).toContain('otherwise');
  });

  it('adds a node from the palette with the keyboard way (press), selected in the inspector', async () => {
    const { host, latest } = await open();
    await click(button(host, /^OutcomeWhere the pathway ends/));
    expect(latest().nodes.at(-1)).toMatchObject({ kind: 'outcome', id: 'outcome-1' });
    await expect.poll(() => host.querySelector('#cw-node-heading')?.textContent).toBe('Outcome: New outcome');
  });

  it('edits a node in the inspector as commands, undone and redone with the keyboard', async () => {
    const { host, latest } = await open();
    await act(async () => canvasNode(host, 'triage').click());
    await expect.poll(() => host.querySelector('#cw-node-heading')?.textContent).toBe('Decision: Triage');
    await typeInto(byLabel(host, 'Title'), 'Sort by risk');
    expect(latest().nodes[1]?.title).toBe('Sort by risk');
    await act(async () =>
      host
        .querySelector('.cw-designer')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true })),
    );
    expect(latest().nodes[1]?.title).toBe('Triage');
    await act(async () =>
      host
        .querySelector('.cw-designer')
        ?.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: true, bubbles: true }),
        ),
    );
    expect(latest().nodes[1]?.title).toBe('Sort by risk');
  });

  it('lists every edit by name in the history panel', async () => {
    const { host } = await open();
    await act(async () => canvasNode(host, 'triage').click());
    await typeInto(byLabel(host, 'Title'), 'Sort');
    await click(button(host, 'History'));
    expect(host.querySelector('.cw-history')?.textContent).toContain('Change title of "triage"');
  });

  it('connects with the keyboard from the routes editor, and says why a connection is refused', async () => {
    const { host, latest } = await open();
    await act(async () => canvasNode(host, 'triage').click());
    const target = byLabel<HTMLSelectElement>(host, 'Add a route to');
    await act(async () => {
      target.value = 'symptoms';
      target.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(host.textContent).toContain('nothing can lead back into it');
    await act(async () => {
      target.value = 'refer';
      target.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(host.textContent).toContain('already leads to');
    await click(host.querySelector('.cw-designer .cw-palette__item--info'));
    await act(async () => canvasNode(host, 'symptoms').click());
    const again = byLabel<HTMLSelectElement>(host, 'Add a route to');
    await act(async () => {
      again.value = 'info-1';
      again.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(button(host, 'Add route'));
    expect(latest().edges.at(-1)).toMatchObject({ from: 'symptoms', to: 'info-1' });
  });
});
