import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';

describe('<careway-pathway>', () => {
  it('is accessible when empty', async () => {
    const el = await fixture<CarewayPathway>(html`<careway-pathway></careway-pathway>`);
    await expect(el).to.be.accessible();
  });
});
