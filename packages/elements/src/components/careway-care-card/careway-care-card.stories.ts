import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CarewayCareCard } from './careway-care-card.js';
import type { Urgency } from '../../internal/core.js';
import { outcomeOf, urgencies } from '../../test-support/stories.js';
import '../../define.js';

type Args = Partial<Pick<CarewayCareCard, 'outcome' | 'lang'>> & { urgency: Urgency };

/**
 * `<careway-care-card>` shows an outcome on its own, e.g. in the record after
 * `careway-complete`. The card is chosen by the outcome's urgency. Controls
 * and tables come from the Custom Elements Manifest.
 */
const meta: Meta<Args> = {
  title: 'Runtime/careway-care-card',
  component: 'careway-care-card',
  args: { urgency: 'urgent', lang: 'en-GB' },
  argTypes: {
    urgency: { control: 'select', options: [...urgencies] },
    lang: { control: 'inline-radio', options: ['en-GB', 'cy'] },
    outcome: { control: false },
  },
  render: (args) =>
    html`<careway-care-card
      lang=${ifDefined(args.lang)}
      .outcome=${args.outcome ?? outcomeOf(args.urgency)}
    ></careway-care-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Routine outcomes: the blue non-urgent card. */
export const NonUrgent: Story = { args: { urgency: 'routine' } };

/** Urgent outcomes: the red urgent card. */
export const Urgent: Story = { args: { urgency: 'urgent' } };

/** Suspected-cancer referrals: the urgent card, with the two-week timeframe. */
export const SuspectedCancer: Story = { args: { urgency: 'suspected-cancer' } };

/** Same-day outcomes: the urgent card. */
export const SameDay: Story = { args: { urgency: 'same-day' } };

/** Emergency outcomes: immediate action required. */
export const Emergency: Story = { args: { urgency: 'emergency' } };

/** The card's own words in Welsh (the outcome's text is the pathway's). */
export const Welsh: Story = { args: { urgency: 'urgent', lang: 'cy' } };
