import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { OutcomeNode } from '../../internal/core.js';
import '../../define.js';

const base: OutcomeNode = {
  id: 'outcome',
  kind: 'outcome',
  title: 'Refer to the DVT clinic',
  disposition: 'refer',
  urgency: 'urgent',
  timeframe: 'within 4 hours',
  service: { name: 'DVT clinic' },
  actor: 'Receiving clinician',
  summary: 'A proximal leg vein ultrasound scan is needed.',
  nextSteps: 'The clinic will **call** the patient to arrange the scan.',
  safetyNetting: 'If the patient becomes breathless or has chest pain, call 999.',
  requires: [],
};

type Args = { urgency: OutcomeNode['urgency']; lang: string };

const meta: Meta<Args> = {
  title: 'Runtime/careway-care-card',
  component: 'careway-care-card',
  args: { urgency: 'urgent', lang: 'en-GB' },
  argTypes: {
    urgency: {
      control: 'select',
      options: ['routine', 'urgent', 'suspected-cancer', 'same-day', 'emergency'],
    },
    lang: { control: 'inline-radio', options: ['en-GB', 'cy'] },
  },
  render: (args) =>
    html`<careway-care-card
      lang=${args.lang}
      .outcome=${{ ...base, urgency: args.urgency }}
    ></careway-care-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Routine outcomes: the blue non-urgent card. */
export const NonUrgent: Story = { args: { urgency: 'routine' } };

/** Urgent, suspected-cancer and same-day outcomes: the red urgent card. */
export const Urgent: Story = { args: { urgency: 'urgent' } };

/** Emergency outcomes: immediate action required. */
export const Emergency: Story = { args: { urgency: 'emergency' } };
