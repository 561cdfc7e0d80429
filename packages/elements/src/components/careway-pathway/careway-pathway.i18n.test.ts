import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';
import {
  $,
  $$,
  answerToReview,
  choose,
  headingText,
  next,
  renderTestPathway,
  testPathway,
  text,
  typeInto,
} from '../../test-support/helpers.js';

describe('<careway-pathway> in Welsh', () => {
  it('is accessible in Welsh, with the language marked for assistive technology', async () => {
    const el = await renderTestPathway({ lang: 'cy' });
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('cy');
    await expect(el).to.be.accessible();
  });

  it('shows the pathway’s Welsh translations and the element’s own words in Welsh', async () => {
    const el = await renderTestPathway({ lang: 'cy', context: { age: 40 } });
    expect(headingText(el)).to.contain('Faint yw oed y claf?');
    expect(text($(el, '.hint'))).to.equal('Mewn blynyddoedd cyfan.');
    expect(text($(el, '.tag'))).to.equal('O’r cofnod');
    expect(text($(el, '.page .button'))).to.equal('Parhau');
    await next(el);
    expect(headingText(el)).to.equal('Symptomau');
    expect(text($(el, '.back-link__link'))).to.equal('Yn ôl');
    expect(text($(el, 'label[for="cw-symptom_list"]'))).to.equal('Peswch');
    expect(text($(el, '[data-field="temperature"] label'))).to.equal('Temperature (dewisol)');
    expect($$(el, '.date-input__label').map(text)).to.deep.equal(['Diwrnod', 'Mis', 'Blwyddyn']);
    expect(text($(el, '.checkboxes__divider'))).to.equal('neu');
  });

  it('words the engine’s errors in Welsh, naming the question', async () => {
    const el = await renderTestPathway({ lang: 'cy', context: { age: 40 } });
    await next(el);
    await next(el);
    expect(text($(el, '.error-summary__title'))).to.equal('Mae problem');
    expect(text($(el, '#cw-severe-error'))).to.equal('Gwall: Atebwch “A yw’r claf yn ddifrifol wael”');
  });

  it('uses the translated message of a pathway validation rule', async () => {
    const el = await renderTestPathway({ lang: 'cy' });
    await answerToReview(el, ['none']);
    el.back();
    await el.updateComplete;
    await typeInto(el, 'cw-reference', 'bad');
    await next(el);
    expect(text($(el, '#cw-reference-error'))).to.contain('Rhowch gyfeirnod heblaw bad');
  });

  it('switches language without losing progress, and keeps the record summary in the published language', async () => {
    const el = await renderTestPathway({ context: { age: 40 } });
    await next(el);
    await choose(el, 'severe', 'no');
    el.lang = 'cy';
    await el.updateComplete;
    expect(headingText(el)).to.equal('Symptomau');
    expect(($(el, 'input[name="cw-severe"][value="no"]') as HTMLInputElement).checked).to.equal(true);
    el.lang = 'en-GB';
    await el.updateComplete;
    expect(headingText(el)).to.equal('Symptoms');
  });

  it('shows check your answers and the care card in Welsh', async () => {
    const el = await renderTestPathway({ lang: 'cy' });
    await answerToReview(el, ['none']);
    expect(headingText(el)).to.equal('Gwiriwch eich atebion');
    expect(text($(el, '.summary-list__row[data-field="symptom_list"] .summary-list__value'))).to.equal(
      'Dim un o’r rhain',
    );
    expect(text($(el, '.summary-list__row[data-field="severe"] .summary-list__value'))).to.equal('Na');
    await next(el);
    expect(headingText(el)).to.equal('Cyngor nad yw’n frys: Hunanofal');
    expect(text($(el, '.care-card'))).to.contain('Os bydd y symptomau’n para mwy nag wythnos');
    expect(el.value?.summaryText).not.to.contain('Hunanofal');
  });

  it('follows the page’s language when it has no lang of its own', async () => {
    const pathway = await testPathway();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy">
        <careway-pathway .pathway=${pathway}></careway-pathway>
      </div>`,
    );
    const el = wrapper.querySelector('careway-pathway') as CarewayPathway;
    await el.updateComplete;
    expect(text($(el, '.page .button'))).to.equal('Parhau');
  });
});
