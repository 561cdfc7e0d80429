import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { CarewayCareCard } from './careway-care-card.js';
import { careCardKind } from './render-care-card.js';
import type { OutcomeNode } from '../../internal/core.js';
import type { CarewayErrorDetail } from '../../internal/errors.js';

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

  it('shows no urgency, and warns (invalid_outcome), for an urgency that is not one of the format’s', async () => {
    const errors: CarewayErrorDetail[] = [];
    const el = await fixture<CarewayCareCard>(
      html`<careway-care-card
        .outcome=${{ ...outcome, urgency: 'critical' } as unknown as OutcomeNode}
        @careway-error=${(e: CustomEvent<CarewayErrorDetail>) => errors.push(e.detail)}
      ></careway-care-card>`,
    );
    await el.updateComplete;
    const card = el.shadowRoot?.querySelector('.care-card') as HTMLElement;
    expect(card.className).not.to.match(/care-card--(urgent|emergency|non-urgent)/);
    expect(card.hasAttribute('data-urgency')).to.equal(false);
    expect(card.textContent).not.to.match(/Urgent advice|Non-urgent|Immediate action/);
    expect(card.textContent).to.contain('Refer to the DVT clinic');
    expect(errors.map((e) => [e.code, e.severity])).to.deep.equal([['invalid_outcome', 'warning']]);
    await expect(el).to.be.accessible();
  });

  it('lets nothing reach the host when the urgency throws on reading or on conversion', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => {
      rejections.push(e.reason);
      e.preventDefault();
    };
    const onError = (e: ErrorEvent) => {
      rejections.push(e.error);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    try {
      const converting = {
        ...outcome,
        urgency: {
          toString() {
            throw new Error('hostile');
          },
        },
      } as unknown as OutcomeNode;
      const reading = { ...outcome } as Record<string, unknown>;
      Object.defineProperty(reading, 'urgency', {
        get() {
          throw new Error('hostile');
        },
      });
      for (const hostile of [converting, reading as unknown as OutcomeNode]) {
        const el = await fixture<CarewayCareCard>(
          html`<careway-care-card .outcome=${hostile}></careway-care-card>`,
        );
        await el.updateComplete;
        expect(el.shadowRoot?.querySelector('.care-card--urgent')).to.equal(null);
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
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
