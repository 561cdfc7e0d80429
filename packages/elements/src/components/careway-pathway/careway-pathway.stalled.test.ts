import { expect } from '@open-wc/testing';
import '../../define.js';
import type { CarewayErrorDetail } from '../../internal/errors.js';
import {
  $,
  answerToInfo,
  headingText,
  next,
  record,
  renderTestPathway,
  testPathway,
  text,
} from '../../test-support/helpers.js';

/** The test pathway with a route that depends on an optional question, so that it can stall. */
async function stallingPathway() {
  const pathway = await testPathway();
  pathway.edges = pathway.edges.map((e) => (e.id === 'e6' ? { ...e, when: 'temperature > 38' } : e));
  return pathway;
}

describe('<careway-pathway> when the pathway cannot decide', () => {
  it('is accessible on the stalled page', async () => {
    const el = await renderTestPathway({}, await stallingPathway());
    await answerToInfo(el, ['none']);
    await next(el);
    await next(el);
    expect(headingText(el)).to.equal('This pathway cannot decide what comes next');
    await expect(el).to.be.accessible();
  });

  it('says which answer it needs, links to its page, and reports the defect', async () => {
    const el = await renderTestPathway({}, await stallingPathway());
    const errors = record(el, ['careway-error']);
    await answerToInfo(el, ['none']);
    await next(el);
    await next(el);
    expect(text($(el, '[part~="stalled"]'))).to.contain('Temperature');
    const codes = errors.map((e) => (e.detail as CarewayErrorDetail).code);
    expect(codes).to.deep.equal(['pathway_stalled']);
    expect((errors[0]?.detail as CarewayErrorDetail).severity).to.equal('warning');
    $(el, '[part~="stalled"] button').click();
    await el.updateComplete;
    expect(headingText(el)).to.equal('Symptoms');
  });
});
