import { expect } from '@open-wc/testing';
import '../../define.js';
import {
  $,
  answerToReview,
  choose,
  headingText,
  next,
  renderTestPathway,
  root,
  text,
  typeInto,
} from '../../test-support/helpers.js';

describe('<careway-pathway> prefilled answers', () => {
  it('is accessible with "from the record" tags', async () => {
    const el = await renderTestPathway({ context: { age: 67, sex: 'female' } });
    await expect(el).to.be.accessible();
    await next(el);
    await expect(el).to.be.accessible();
  });

  it('shows that an answer came from the record, and lets the clinician change it', async () => {
    const el = await renderTestPathway({ context: { age: 67, sex: 'female' } });
    const input = $(el, '#cw-age') as HTMLInputElement;
    expect(input.value).to.equal('67');
    expect(text($(el, '[part="record-tag"]'))).to.equal('From the record');
    expect(input.getAttribute('aria-describedby')).to.contain('cw-age-record');
    await typeInto(el, 'cw-age', '68');
    expect(root(el).querySelector('[part="record-tag"]')).to.equal(null);
    expect(text($(el, '#cw-age-record'))).to.equal('Changed from the record (it said 67 years)');
    await next(el);
    expect(($(el, 'input[name="cw-sex"][value="female"]') as HTMLInputElement).checked).to.equal(true);
    expect(text($(el, '[data-field="sex"] [part="record-tag"]'))).to.equal('From the record');
    await choose(el, 'sex', 'male');
    expect(text($(el, '#cw-sex-record'))).to.equal('Changed from the record (it said Female)');
  });

  it('files prefilled answers in the result as such', async () => {
    const el = await renderTestPathway({ context: { age: 67 } });
    await answerToReview(el);
    await next(el);
    const age = el.value?.answers.find((a) => a.fieldId === 'age');
    expect(age?.value).to.equal(67);
    expect(age?.prefilled).to.equal(true);
    expect(headingText(el)).to.contain('Urgent GP review');
  });
});
