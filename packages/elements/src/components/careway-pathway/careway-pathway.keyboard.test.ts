import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';
import { $, headingText, root, testPathway } from '../../test-support/helpers.js';

/** What has focus inside the element. */
function focused(el: CarewayPathway): HTMLElement | null {
  return root(el).activeElement as HTMLElement | null;
}

/** Presses Tab until focus is on a control that matches, as a keyboard user would. */
async function tabTo(
  el: CarewayPathway,
  matches: (node: HTMLElement) => boolean,
  limit = 40,
): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const node = focused(el);
    if (node && matches(node)) return node;
  }
  throw new Error(`Could not reach the control by Tab on "${headingText(el)}"`);
}

async function press(el: CarewayPathway, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<careway-pathway> by keyboard alone', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  it('is accessible when reached by keyboard', async () => {
    const pathway = await testPathway();
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <button>Host page button</button>
        <careway-pathway .pathway=${pathway} today="2026-11-24"></careway-pathway>
      </div>`,
    );
    await expect(page).to.be.accessible();
  });

  it('runs the whole pathway with Tab, typing, Space, arrows and Enter', async () => {
    const pathway = await testPathway();
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <button>Host page button</button>
        <careway-pathway .pathway=${pathway} today="2026-11-24"></careway-pathway>
      </div>`,
    );
    const el = page.querySelector('careway-pathway') as CarewayPathway;
    await el.updateComplete;
    (page.querySelector('button') as HTMLButtonElement).focus();

    // One-question page: Tab into the element, type, Enter submits.
    await tabTo(el, (n) => n.id === 'cw-age');
    await sendKeys({ type: '40' });
    await press(el, 'Enter');
    expect(headingText(el)).to.equal('Symptoms');
    expect(focused(el)?.hasAttribute('data-heading')).to.equal(true);

    // Continue with nothing answered: the error summary takes focus; its link takes us to the field.
    await tabTo(el, (n) => n.classList.contains('button'));
    await press(el, 'Enter');
    expect(focused(el)?.hasAttribute('data-error-summary')).to.equal(true);
    await tabTo(el, (n) => n.getAttribute('href') === '#cw-onset');
    await press(el, 'Enter');
    expect(focused(el)?.id).to.equal('cw-onset');

    await sendKeys({ type: '20' });
    await press(el, 'Tab');
    await sendKeys({ type: '11' });
    await press(el, 'Tab');
    await sendKeys({ type: '2026' });
    await tabTo(el, (n) => n.id === 'cw-symptom_list');
    await press(el, 'Space');
    await tabTo(el, (n) => (n as HTMLInputElement).value === 'fever');
    await press(el, 'Space');
    await tabTo(el, (n) => n.id === 'cw-sex');
    await press(el, 'Space');
    await tabTo(el, (n) => (n as HTMLInputElement).name === 'cw-severe');
    await press(el, 'ArrowRight');
    expect(($(el, 'input[name="cw-severe"][value="no"]') as HTMLInputElement).checked).to.equal(true);
    await tabTo(el, (n) => n.classList.contains('button'));
    await press(el, 'Enter');
    expect(headingText(el)).to.equal('Before you go on');

    await tabTo(el, (n) => n.classList.contains('button'));
    await press(el, 'Enter');
    expect(headingText(el)).to.equal('Details');
    await tabTo(el, (n) => n.classList.contains('button'));
    await press(el, 'Enter');
    expect(headingText(el)).to.equal('Check your answers');

    // Change an answer from the review and come back to it.
    await tabTo(
      el,
      (n) => n.getAttribute('part') === 'change-link' && (n.textContent ?? '').includes('severely'),
    );
    await press(el, 'Enter');
    expect(focused(el)?.id).to.equal('cw-severe');
    await tabTo(el, (n) => n.classList.contains('button'));
    await press(el, 'Enter');
    expect(headingText(el)).to.equal('Check your answers');

    await tabTo(el, (n) => n.classList.contains('button') && !n.classList.contains('button--secondary'));
    await press(el, 'Enter');
    expect(headingText(el)).to.equal('Urgent advice: Urgent GP review');
    expect(focused(el)?.classList.contains('care-card__heading')).to.equal(true);
    expect(el.value?.outcome.id).to.equal('urgent');
  });

  it('goes back with the back link by keyboard', async () => {
    const pathway = await testPathway();
    const el = await fixture<CarewayPathway>(
      html`<careway-pathway .pathway=${pathway} .context=${{ age: 40 }}></careway-pathway>`,
    );
    await el.updateComplete;
    $(el, '.page .button').focus();
    await press(el, 'Enter');
    expect(headingText(el)).to.equal('Symptoms');
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(el)?.classList.contains('back-link__link')).to.equal(true);
    await press(el, 'Enter');
    expect(headingText(el)).to.contain('How old is the patient?');
  });

  it('shows a visible focus indicator on every control', async () => {
    const pathway = await testPathway();
    const el = await fixture<CarewayPathway>(
      html`<careway-pathway .pathway=${pathway} .context=${{ age: 40 }}></careway-pathway>`,
    );
    await el.updateComplete;
    $(el, '.page .button').focus();
    await press(el, 'Enter');
    const seen = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await sendKeys({ press: 'Tab' });
      const node = focused(el);
      if (!node) continue;
      const style = getComputedStyle(node);
      const visible =
        style.outlineStyle !== 'none' ||
        style.boxShadow !== 'none' ||
        style.backgroundColor === 'rgb(255, 235, 59)';
      expect(visible, `focus shows on ${node.outerHTML.slice(0, 60)}`).to.equal(true);
      seen.add(node.localName);
    }
    expect(seen.size).to.be.greaterThan(2);
  });

  it('honours prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const pathway = await testPathway();
    const el = await fixture<CarewayPathway>(html`<careway-pathway .pathway=${pathway}></careway-pathway>`);
    await el.updateComplete;
    const duration = parseFloat(getComputedStyle($(el, '.page')).animationDuration);
    expect(duration).to.be.lessThan(0.001);
  });

  it('keeps controls visible in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const pathway = await testPathway();
    const el = await fixture<CarewayPathway>(
      html`<careway-pathway .pathway=${pathway} .context=${{ age: 40 }}></careway-pathway>`,
    );
    await el.updateComplete;
    $(el, '.page .button').click();
    await el.updateComplete;
    const radio = $(el, 'input[name="cw-severe"]');
    expect(getComputedStyle(radio).borderTopStyle).to.equal('solid');
    expect(getComputedStyle($(el, '.button')).borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });
});
