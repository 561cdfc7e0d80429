import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';
import { CLICK_WAIT_MS, LONGEST_HOLD_MS } from './press.js';
import { $, headingText, root, testPathway } from '../../test-support/helpers.js';

// A typed answer is taken when its box loses focus, which a press elsewhere causes. These tests
// press with the real mouse (Chromium's input, not synthetic events), as a clinician would.

/** The test pathway, its first page asking who came with a child under 5 once the age is known. */
async function pathwayWithReveal() {
  const pathway = await testPathway();
  const about = pathway.nodes.find((n) => n.id === 'about');
  if (about?.kind !== 'step') throw new Error('The test pathway has no "about" step');
  about.fields.push({
    id: 'companion',
    type: 'text',
    label: 'Who has come with the child?',
    required: false,
    showWhen: 'age < 5',
  });
  return pathway;
}

async function render(): Promise<{ el: CarewayPathway; host: HTMLButtonElement }> {
  const page = await fixture<HTMLElement>(
    html`<div>
      <careway-pathway .pathway=${await pathwayWithReveal()} today="2026-11-24"></careway-pathway>
      <button type="button">Host page button</button>
    </div>`,
  );
  const el = page.querySelector('careway-pathway') as CarewayPathway;
  await el.updateComplete;
  return { el, host: page.querySelector('button') as HTMLButtonElement };
}

function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

const frames = async (n: number) => {
  for (let i = 0; i < n; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Presses the mouse on `element`, waits a few frames as a person's press lasts, and releases. */
async function pressOn(element: Element, held = 4): Promise<void> {
  await sendMouse({ type: 'move', position: centre(element) });
  await sendMouse({ type: 'down' });
  await frames(held);
  await sendMouse({ type: 'up' });
}

const continueButton = (el: CarewayPathway) => $(el, '.page .button:not(.button--secondary)');
const companion = (el: CarewayPathway) => root(el).querySelector('#cw-companion');

describe('<careway-pathway> under a pointer press', () => {
  afterEach(() => resetMouse());

  it('takes the click on Continue when the answer its press commits shows a question above the button', async () => {
    const { el } = await render();
    $(el, '#cw-age').focus();
    await sendKeys({ type: '3' });
    expect(companion(el), 'not shown while typing').to.equal(null);

    await pressOn(continueButton(el));
    await el.updateComplete;
    // The question shown (optional) did not stop the click: Continue went on to the next page.
    expect(headingText(el)).to.equal('Symptoms');
  });

  it('shows the question once the press ends, when the press was not on the element', async () => {
    const { el, host } = await render();
    $(el, '#cw-age').focus();
    await sendKeys({ type: '4' });
    const hostBefore = centre(host);
    const changes: { fieldId: string; value: unknown }[] = [];
    el.addEventListener('careway-change', (e) =>
      changes.push({ fieldId: e.detail.fieldId, value: e.detail.value }),
    );

    await sendMouse({ type: 'move', position: hostBefore });
    await sendMouse({ type: 'down' });
    await frames(4);
    // Held down: the age is taken, but the page below the pointer has not moved.
    expect(changes).to.deep.equal([{ fieldId: 'age', value: 4 }]);
    expect(companion(el)).to.equal(null);
    expect(centre(host)).to.deep.equal(hostBefore);
    let clicked = false;
    host.addEventListener('click', () => (clicked = true), { once: true });
    await sendMouse({ type: 'up' });
    expect(clicked, 'the host’s own button took its click').to.equal(true);

    await frames(2);
    await el.updateComplete;
    expect(companion(el), 'shown after the release').to.not.equal(null);
  });

  it('draws the page soon after a release that makes no click (pressed on one place, let go on another)', async () => {
    const { el } = await render();
    const age = $(el, '#cw-age') as HTMLInputElement;
    age.focus();
    await sendKeys({ type: '3' });
    // The events of a press that ends away from where it began: no click follows the release.
    window.dispatchEvent(new PointerEvent('pointerdown', { isPrimary: true, bubbles: true }));
    age.blur();
    window.dispatchEvent(new PointerEvent('pointerup', { isPrimary: true, bubbles: true }));
    await frames(2);
    expect(companion(el), 'still waiting for a click').to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, CLICK_WAIT_MS + 100));
    await el.updateComplete;
    expect(companion(el)).to.not.equal(null);
  });

  it('does not hold the page back for a press that is no click', async () => {
    const { el, host } = await render();
    $(el, '#cw-age').focus();
    await sendKeys({ type: '2' });
    await sendMouse({ type: 'move', position: centre(host) });
    await sendMouse({ type: 'down' });
    await new Promise((resolve) => setTimeout(resolve, LONGEST_HOLD_MS + 200));
    await el.updateComplete;
    expect(companion(el), 'shown while still pressed').to.not.equal(null);
    await sendMouse({ type: 'up' });
  });

  it('draws a change at once when no pointer is pressed (typing, then Tab)', async () => {
    const { el } = await render();
    $(el, '#cw-age').focus();
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(companion(el)).to.not.equal(null);
  });
});
