import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';
import type { CarewayErrorDetail } from '../../internal/errors.js';
import type { Pathway } from '../../internal/core.js';
import {
  $,
  answerToReview,
  headingText,
  next,
  renderTestPathway,
  root,
  testPathway,
  text,
  typeInto,
} from '../../test-support/helpers.js';

function errorsOf(el: EventTarget): CarewayErrorDetail[] {
  const errors: CarewayErrorDetail[] = [];
  el.addEventListener('careway-error', (e) => errors.push((e as CustomEvent<CarewayErrorDetail>).detail));
  return errors;
}

describe('<careway-pathway> given unusual input', () => {
  it('shows an option’s hint as the plain text the format says it is', async () => {
    const doc = await testPathway();
    for (const node of doc.nodes)
      if (node.kind === 'step')
        for (const field of node.fields)
          if (field.id === 'symptom_list' && 'options' in field)
            (field.options[1] as { hint?: string }).hint = '**38°C** or [above](https://example.org/)';
    const el = await renderTestPathway({ context: { age: 40 } }, doc);
    await next(el);
    const hint = $(el, '#cw-symptom_list-1-hint, .checkboxes__hint');
    expect(text(hint)).to.equal('**38°C** or [above](https://example.org/)');
    expect(hint.querySelector('strong, a')).to.equal(null);
  });

  it('says so, on screen and in careway-error, when pathway is set to null', async () => {
    const errors: CarewayErrorDetail[] = [];
    const el = await fixture<CarewayPathway>(
      html`<careway-pathway
        .pathway=${null as unknown as Pathway}
        @careway-error=${(e: CustomEvent<CarewayErrorDetail>) => errors.push(e.detail)}
      ></careway-pathway>`,
    );
    await el.updateComplete;
    const panel = $(el, '[part="error"]');
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(text(panel)).to.contain('not a valid Careway pathway');
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid_pathway']);
    await expect(el).to.be.accessible();
  });

  it('says nothing while neither pathway nor src is given', async () => {
    const errors: CarewayErrorDetail[] = [];
    const el = await fixture<CarewayPathway>(
      html`<careway-pathway
        @careway-error=${(e: CustomEvent<CarewayErrorDetail>) => errors.push(e.detail)}
      ></careway-pathway>`,
    );
    await el.updateComplete;
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('warns (invalid_context) when a context text is over 100 000 characters, and runs without it', async () => {
    const doc = await testPathway();
    doc.context = [...doc.context, { id: 'note', label: 'Note', type: 'string' }];
    const el = document.createElement('careway-pathway') as CarewayPathway;
    const errors = errorsOf(el);
    el.pathway = doc;
    el.context = { age: 40, note: 'x'.repeat(100_001) };
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(headingText(el)).to.contain('How old is the patient?');
      const warning = errors.find((e) => e.code === 'invalid_context');
      expect(warning?.severity).to.equal('warning');
      expect(warning?.message).to.contain('note');
      expect(warning?.message).to.contain('100000 characters');
    } finally {
      el.remove();
    }
  });

  it('shows score item and band labels in Welsh when the pathway translates them', async () => {
    const doc = await testPathway();
    const cy = doc.translations?.cy ?? {};
    doc.translations = {
      cy: {
        ...cy,
        'variable.symptom_score.item.0.label': 'Peswch (sgôr)',
        'variable.symptom_score.item.1.label': 'Twymyn (sgôr)',
        'variable.symptom_score.band.1.label': 'Uchel',
      },
    };
    const el = await renderTestPathway({ lang: 'cy' }, doc);
    await typeInto(el, 'cw-age', '40');
    await answerToReview(el, ['cough', 'fever']);
    const score = $(el, '[data-score="symptom_score"]');
    expect(text(score)).to.contain('(Uchel)');
    expect(text(score)).not.to.contain('High');
    const items = [...score.querySelectorAll('.score__items li')].map(text);
    expect(items[0]).to.contain('Peswch (sgôr)');
    expect(items[1]).to.contain('Twymyn (sgôr)');
  });

  it('lists the red flags behind the outcome with their reasons, in Welsh when the pathway translates them', async () => {
    const doc = await testPathway();
    for (const node of doc.nodes) {
      if (node.kind !== 'step') continue;
      for (const field of node.fields) {
        if (field.id === 'severe' && field.redFlag) field.redFlag.reason = 'Needs emergency assessment.';
      }
    }
    const english = await renderTestPathway({}, structuredClone(doc));
    await answerToReview(english, ['none'], true);
    await next(english);
    const flags = $(english, '[part="red-flags"]');
    expect(text(flags.querySelector('h3'))).to.equal('Red flags');
    expect(text(flags.querySelector('li[data-field="severe"]'))).to.equal(
      'Is the patient severely unwell? Yes (Needs emergency assessment.)',
    );
    english.remove();

    doc.translations = {
      cy: {
        ...(doc.translations?.cy ?? {}),
        'field.severe.redFlagReason': 'Angen asesiad brys.',
      },
    };
    const welsh = await renderTestPathway({ lang: 'cy' }, doc);
    await answerToReview(welsh, ['none'], true);
    await next(welsh);
    const cy = $(welsh, '[part="red-flags"]');
    expect(text(cy.querySelector('h3'))).to.equal('Baneri coch');
    const line = text(cy.querySelector('li[data-field="severe"]'));
    expect(line).to.contain('(Angen asesiad brys.)');
    expect(line).not.to.contain('Needs emergency');
    expect(line).not.to.contain('Is the patient');
    // The record summary keeps the language the pathway was published in.
    expect(welsh.value?.summaryText).to.contain('(Needs emergency assessment.)');
    await expect(welsh).to.be.accessible();
  });
});
