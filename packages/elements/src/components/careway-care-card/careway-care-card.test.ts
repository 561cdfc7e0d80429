import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { CarewayCareCard } from './careway-care-card.js';
import { careCardKind } from './render-care-card.js';
import type { OutcomeNode } from '../../internal/core.js';

const outcome: OutcomeNode = {
  id: 'refer',
  kind: 'outcome',
  title: 'Refer to the DVT clinic',
  disposition: 'refer',
  urgency: 'urgent',
  timeframe: 'within 4 hours',
  service: { name: 'DVT clinic' },
  actor: 'Receiving clinician',
  summary: 'A scan is needed.',
  nextSteps: 'The clinic will **call** the patient.',
  safetyNetting: 'If breathless, call 999.',
  requires: [],
};

describe('<careway-care-card>', () => {
  it('is accessible for every urgency', async () => {
    for (const urgency of ['routine', 'urgent', 'suspected-cancer', 'same-day', 'emergency'] as const) {
      const el = await fixture<CarewayCareCard>(
        html`<careway-care-card .outcome=${{ ...outcome, urgency }}></careway-care-card>`,
      );
      await expect(el).to.be.accessible();
    }
  });

  it('renders nothing without an outcome', async () => {
    const el = await fixture<CarewayCareCard>(html`<careway-care-card></careway-care-card>`);
    expect(el.shadowRoot?.querySelector('.care-card')).to.equal(null);
  });

  it('maps urgency to the three NHS care cards', () => {
    expect(careCardKind('routine')).to.equal('non-urgent');
    expect(careCardKind('urgent')).to.equal('urgent');
    expect(careCardKind('suspected-cancer')).to.equal('urgent');
    expect(careCardKind('same-day')).to.equal('urgent');
    expect(careCardKind('emergency')).to.equal('emergency');
  });

  it('shows the service, timeframe, who acts, next steps and safety-netting', async () => {
    const el = await fixture<CarewayCareCard>(
      html`<careway-care-card .outcome=${outcome}></careway-care-card>`,
    );
    const card = el.shadowRoot?.querySelector('.care-card');
    expect(card?.classList.contains('care-card--urgent')).to.equal(true);
    expect(card?.querySelector('[data-fact="service"]')?.textContent).to.equal('DVT clinic');
    expect(card?.querySelector('[data-fact="timeframe"]')?.textContent).to.equal('within 4 hours');
    expect(card?.querySelector('[data-fact="actor"]')?.textContent).to.equal('Receiving clinician');
    expect(card?.querySelector('strong')?.textContent).to.equal('call');
    expect(card?.textContent).to.contain('If things get worse');
  });

  it('speaks Welsh with lang="cy"', async () => {
    const el = await fixture<CarewayCareCard>(
      html`<careway-care-card lang="cy" .outcome=${outcome}></careway-care-card>`,
    );
    expect(
      el.shadowRoot?.querySelector('.care-card__heading')?.textContent?.replace(/\s+/g, ' ').trim(),
    ).to.equal('Cyngor brys: Refer to the DVT clinic');
  });
});
