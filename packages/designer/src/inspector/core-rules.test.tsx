import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { smallPathway } from '../editor/test-fixtures.js';
import { button, byLabel, click, renderDesigner, typeInto } from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function openAt(nodeId: string) {
  const r = await renderDesigner(smallPathway());
  cleanup = r.unmount;
  await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
  await act(async () => r.host.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`)?.click());
  return { ...r, inspector: r.host.querySelector('.cw-right') as HTMLElement };
}

const labels = (root: Element) =>
  [...root.querySelectorAll('.cw-expression__label')].map((l) => l.textContent);

describe('the inspector follows core’s rules', () => {
  it('asks for a red-flag condition exactly when core says the red flag cannot fire without one', async () => {
    const { inspector } = await openAt('symptoms');
    const bleeding = inspector.querySelectorAll('details')[0] as HTMLDetailsElement;
    bleeding.open = true;
    expect(labels(bleeding)).toContain('It is positive when (optional)');
    const type = byLabel<HTMLSelectElement>(bleeding, 'Answer type');
    await act(async () => {
      type.value = 'choice';
      type.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const choice = inspector.querySelectorAll('details')[0] as HTMLDetailsElement;
    choice.open = true;
    // a choice with no option marked as a red flag: core reports "redFlag" without "when"
    expect(labels(choice)).toContain('It is positive when');
    expect(choice.textContent).toContain('no option is marked as a red flag');
    await click(byLabel(choice, 'Option 1 is a red flag'));
    expect(labels(choice)).toContain('It is positive when (optional)');
  });

  it('refuses the ids core reserves, not only the badly formed ones', async () => {
    const { inspector } = await openAt('refer');
    await typeInto(byLabel(inspector, 'Id'), 'constructor');
    expect(inspector.textContent).toContain('“constructor” is a reserved word: choose another.');
    expect(button(inspector, 'Rename').disabled).toBe(true);
    await typeInto(byLabel(inspector, 'Id'), 'x'.repeat(101));
    expect(inspector.textContent).toContain('Use at most 100 characters.');
  });
});
