import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';
import { answerToReview, next, testPathway } from '../../test-support/helpers.js';

describe('<careway-pathway> in a host form', () => {
  async function hostForm() {
    const pathway = await testPathway();
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <careway-pathway name="triage" .pathway=${pathway} today="2026-11-24"></careway-pathway>
        <button type="submit">Send referral</button>
      </form>`,
    );
    const el = form.querySelector('careway-pathway') as CarewayPathway;
    await el.updateComplete;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted += 1;
    });
    return { form, el, submits: () => submitted };
  }

  it('is accessible inside a form', async () => {
    const { form } = await hostForm();
    await expect(form).to.be.accessible();
  });

  it('is associated with the form and blocks submission until the pathway is complete', async () => {
    const { form, el, submits } = await hostForm();
    expect(el.form).to.equal(form);
    expect(el.willValidate).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Complete the pathway before you submit this form.');
    form.requestSubmit();
    expect(submits()).to.equal(0);
    expect(new FormData(form).has('triage')).to.equal(false);
  });

  it('submits the JSON of the result once complete', async () => {
    const { form, el, submits } = await hostForm();
    await answerToReview(el);
    expect(form.checkValidity()).to.equal(false);
    await next(el);
    expect(el.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submits()).to.equal(1);
    const submitted = JSON.parse(String(new FormData(form).get('triage'))) as { outcome: { id: string } };
    expect(submitted.outcome.id).to.equal('urgent');
  });

  it('says why it is invalid in Welsh when the element speaks Welsh', async () => {
    const { el } = await hostForm();
    el.lang = 'cy';
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Cwblhewch y llwybr cyn i chi gyflwyno’r ffurflen hon.');
  });

  it('starts again on form reset, and is invalid again', async () => {
    const { form, el } = await hostForm();
    await answerToReview(el);
    await next(el);
    form.reset();
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.value).to.equal(null);
  });
});
