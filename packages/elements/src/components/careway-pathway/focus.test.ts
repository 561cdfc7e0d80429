import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { FocusController } from './focus.js';

/** A page with a heading, maybe an error summary, and one field (`cw-age`). */
class FocusHost extends LitElement {
  readonly focusing = new FocusController(this);
  @property({ type: Boolean }) summary = false;

  protected override render() {
    return html`<h2 tabindex="-1" data-heading>Heading</h2>
      ${this.summary ? html`<div tabindex="-1" data-error-summary>Problems</div>` : nothing}
      <input id="cw-age" />`;
  }
}
customElements.define('focus-controller-test-host', FocusHost);

async function host(): Promise<FocusHost> {
  const el = await fixture<FocusHost>(fixtureHtml`<focus-controller-test-host></focus-controller-test-host>`);
  await el.updateComplete;
  return el;
}

const focused = (el: FocusHost) => el.shadowRoot?.activeElement;

describe('FocusController (where focus goes)', () => {
  it('moves focus after the next update, once, and never before it is asked to', async () => {
    const el = await host();
    expect(focused(el), 'a page that loads leaves focus alone').to.equal(null);
    el.focusing.set('heading');
    expect(focused(el), 'waits for the update').to.equal(null);
    el.requestUpdate();
    await el.updateComplete;
    expect(focused(el)?.hasAttribute('data-heading')).to.equal(true);
    (el.shadowRoot?.getElementById('cw-age') as HTMLInputElement).focus();
    el.requestUpdate();
    await el.updateComplete;
    expect(focused(el)?.id, 'a later update does not take focus back').to.equal('cw-age');
  });

  it('goes to the error summary, or to the heading when there is none', async () => {
    const el = await host();
    el.focusing.set('error-summary');
    el.summary = true;
    await el.updateComplete;
    expect(focused(el)?.hasAttribute('data-error-summary')).to.equal(true);
    el.focusing.set('error-summary');
    el.summary = false;
    await el.updateComplete;
    expect(focused(el)?.hasAttribute('data-heading')).to.equal(true);
  });

  it('goes to a field’s first control, now when asked to, or to the heading when the field is gone', async () => {
    const el = await host();
    el.focusing.now({ field: 'age' });
    expect(focused(el)?.id).to.equal('cw-age');
    el.focusing.now({ field: 'not-here' });
    expect(focused(el)?.hasAttribute('data-heading')).to.equal(true);
  });
});
