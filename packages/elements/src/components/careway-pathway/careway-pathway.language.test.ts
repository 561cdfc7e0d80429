import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import { loadedPack } from '../../internal/language.js';
import type { CarewayCareCard } from '../careway-care-card/careway-care-card.js';
import { $, headingText, renderTestPathway, testPathway, text } from '../../test-support/helpers.js';

// Every module the page fetches is listed, however many there are.
performance.setResourceTimingBufferSize(100_000);

/** Whether the page has fetched the Welsh module. */
const welshFetched = () =>
  performance.getEntriesByType('resource').some((entry) => /\/internal\/welsh\.[jt]s/.test(entry.name));

// One page for the whole file: the Welsh is loaded once per page, so the order of these tests matters.
describe('<careway-pathway> speaks Welsh on demand', () => {
  it('never fetches the Welsh for a page in English', async () => {
    const el = await renderTestPathway({ context: { age: 40 } });
    expect(headingText(el)).to.contain('How old is the patient?');
    expect(loadedPack('cy')).to.equal(undefined);
    expect(welshFetched()).to.equal(false);
  });

  it('fetches it for the first Welsh element, and draws the first page in Welsh', async () => {
    const el = await renderTestPathway({ lang: 'cy', context: { age: 40 } });
    expect(headingText(el)).to.contain('Faint yw oed y claf?');
    expect(text($(el, '.page .button'))).to.equal('Parhau');
    expect(loadedPack('cy')).to.not.equal(undefined);
    expect(welshFetched()).to.equal(true);
  });

  it('switches an English element to Welsh once loaded, and a care card too', async () => {
    const el = await renderTestPathway({ context: { age: 40 } });
    el.lang = 'cy';
    await el.updateComplete;
    expect(headingText(el)).to.contain('Faint yw oed y claf?');
    const outcome = (await testPathway()).nodes.find((n) => n.kind === 'outcome');
    const card = await fixture<CarewayCareCard>(
      html`<careway-care-card lang="cy" .outcome=${outcome}></careway-care-card>`,
    );
    await card.updateComplete;
    expect(card.shadowRoot?.textContent).to.match(/Cyngor|Mae angen gweithredu/);
  });
});
