import { act } from 'react';
import type { CarewayPathway } from '@careway/elements';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '../core.js';
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

/** The small pathway with an outcome behind a condition no answer meets. */
function withUnreachable(): Pathway {
  const doc = smallPathway();
  doc.nodes.push({
    kind: 'outcome',
    id: 'never',
    title: 'Never reached',
    disposition: 'refer',
    urgency: 'routine',
    timeframe: 'routine',
    actor: 'GP',
    requires: [],
    safetyNetting: 'Come back if worse.',
  });
  doc.edges.splice(2, 0, { id: 'e4', from: 'triage', to: 'never', when: 'age > 200 and age < 100' });
  doc.layout = { nodes: { ...doc.layout?.nodes, never: { x: 400, y: 400 } } };
  return doc;
}

async function previewFrom(doc: Pathway, nodeId: string) {
  const r = await renderDesigner(doc);
  cleanup = r.unmount;
  await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(doc.nodes.length);
  await act(async () => r.host.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`)?.click());
  await click(button(r.host.querySelector('.cw-right') as HTMLElement, 'Preview from here'));
  return r;
}

describe('Preview from here', () => {
  it('starts at a node no scenario or earlier run reaches, with answers core finds', async () => {
    const { host } = await previewFrom(withUnreachable(), 'manage');
    await expect
      .poll(() => host.querySelector('.cw-right [role="tab"][aria-selected="true"]')?.textContent)
      .toBe('Preview');
    await expect
      .poll(() => host.querySelector('.react-flow__node[data-id="manage"]')?.className ?? '')
      .toContain('cw-current');
    expect(host.querySelector('.react-flow__node[data-id="triage"]')?.className).toContain('cw-visited');
    expect(await axeViolations(host.querySelector('.cw-right') as HTMLElement)).toEqual([]);
  });

  it('starts with the context a route needs, when the host’s facts decide it', async () => {
    const doc = withUnreachable();
    doc.context.push({
      id: 'sex',
      label: 'Sex',
      type: 'choice',
      options: [
        { value: 'female', label: 'Female' },
        { value: 'male', label: 'Male' },
      ],
    });
    doc.edges[2] = { id: 'e4', from: 'triage', to: 'never', when: "context.sex = 'female'" };
    const { host } = await previewFrom(doc, 'never');
    await expect
      .poll(() => host.querySelector('.react-flow__node[data-id="never"]')?.className ?? '')
      .toContain('cw-current');
    const element = host.querySelector('careway-pathway') as HTMLElement & { context?: unknown };
    expect(element.context).toEqual({ sex: 'female' });
  });

  it('says plainly when no answers reach the node, and leaves the preview alone', async () => {
    const { host } = await previewFrom(withUnreachable(), 'never');
    const inspector = host.querySelector('.cw-right') as HTMLElement;
    expect(inspector.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('Inspector');
    expect(inspector.querySelector('.cw-banner[role="status"]')?.textContent).toBe(
      'No answers reach “Never reached” from the start, so the preview cannot start there. Check the conditions of the routes into it (see the problems panel).',
    );
    expect(host.querySelector('.react-flow__node.cw-current')).toBeNull();
  });
});

describe('the preview as the pathway is edited', () => {
  it('restarts the element on the edited pathway at the place the answers lead to', async () => {
    const r = await previewFrom(smallPathway(), 'refer');
    const element = () => r.host.querySelector('careway-pathway') as CarewayPathway;
    const place = () => element().snapshot()?.state;
    await expect.poll(() => place()?.route.at(-1)).toBe('refer');
    expect(place()?.answers).toEqual({ bleeding: true, age: 50 });

    const panel = await openBottomTab(r.host, 'Translations');
    const box = byLabel(panel, 'Welsh: Outcome “Refer urgently” — title');
    await act(async () => box.focus());
    await typeInto(box, 'Atgyfeirio ar frys');
    await act(async () => box.blur());
    expect(r.latest().translations?.cy).toEqual({ 'node.refer.title': 'Atgyfeirio ar frys' });

    await expect.poll(() => element().pathway === r.latest(), { timeout: 3000 }).toBe(true);
    await expect.poll(() => place()?.route.at(-1)).toBe('refer');
    expect(place()?.phase).toBe('review');
    expect(place()?.answers).toEqual({ bleeding: true, age: 50 });
    expect(r.host.querySelector('.react-flow__node[data-id="refer"]')?.className).toContain('cw-current');
  });
});
