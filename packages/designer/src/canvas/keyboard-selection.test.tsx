import { useState } from 'react';
import { flushSync } from 'react-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { PathwayDesigner } from '../PathwayDesigner.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { render } from '../test-utils.js';

const reactTest = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let cleanup: (() => void) | undefined;
afterEach(() => {
  reactTest.IS_REACT_ACT_ENVIRONMENT = true;
  cleanup?.();
});

/**
 * The designer, with a way to make it draw again (as any change elsewhere
 * would), then driven by real key presses that the browser delivers and React
 * schedules as in a page (outside act()).
 */
async function open() {
  let redraw = () => {};
  function Host() {
    const [value, setValue] = useState(smallPathway);
    const [, setTick] = useState(0);
    redraw = () => setTick((t) => t + 1);
    return <PathwayDesigner value={value} onChange={setValue} />;
  }
  const r = await render(<Host />);
  cleanup = r.unmount;
  await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
  reactTest.IS_REACT_ACT_ENVIRONMENT = false;
  const node = (id: string) =>
    r.host.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`) as HTMLElement;
  const selected = () =>
    [...r.host.querySelectorAll('.react-flow__node.selected')].map((n) => n.getAttribute('data-id'));
  return { node, selected, redraw: () => flushSync(redraw) };
}

/** Selects one box with Enter, adds a second with Shift+Enter, and takes it out again with Shift+Enter. */
async function selectAndToggle({ node, selected }: Awaited<ReturnType<typeof open>>): Promise<void> {
  node('symptoms').focus();
  await userEvent.keyboard('{Enter}');
  await expect.poll(selected).toEqual(['symptoms']);
  node('triage').focus();
  await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
  await expect.poll(selected).toEqual(['symptoms', 'triage']);
  await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
  await expect.poll(selected).toEqual(['symptoms']);
}

describe('selecting boxes from the keyboard', () => {
  it('adds a box with Shift+Enter and takes it out again', async () => {
    await selectAndToggle(await open());
  });

  it('hears Shift go down even when the designer draws again while the key is delivered', async () => {
    // On a busy machine a redraw that was waiting runs while the browser is
    // still handing the Shift key to the page's listeners (there, React
    // Flow's own Shift listener set it off). The canvas must not lose the key.
    const opened = await open();
    const { redraw } = opened;
    const drawOnShift = (event: KeyboardEvent) => {
      if (event.key === 'Shift' && !event.repeat) redraw();
    };
    window.addEventListener('keydown', drawOnShift);
    try {
      redraw();
      await selectAndToggle(opened);
    } finally {
      window.removeEventListener('keydown', drawOnShift);
    }
  });
});
