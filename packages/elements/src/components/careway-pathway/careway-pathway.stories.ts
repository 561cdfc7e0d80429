import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CarewayPathway } from './careway-pathway.js';
import type { Pathway } from '../../internal/core.js';
import testPathway from '../../test-support/element-test.json';
import '../../define.js';

const pathway = testPathway as unknown as Pathway;

type Args = Pick<CarewayPathway, 'lang' | 'layout'> & { context: Record<string, unknown> | undefined };

const meta: Meta<Args> = {
  title: 'Runtime/careway-pathway',
  component: 'careway-pathway',
  args: { lang: 'en-GB', layout: 'default', context: undefined },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en-GB', 'cy'] },
    layout: { control: 'inline-radio', options: ['default', 'compact'] },
  },
  render: (args) =>
    html`<careway-pathway
      .pathway=${pathway}
      .context=${args.context}
      lang=${args.lang}
      layout=${args.layout}
      today="2026-11-24"
    ></careway-pathway>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A one-question page: the question is the heading. */
export const QuestionPage: Story = {};

/** An answer filled in from the host's record, shown with its tag and changeable. */
export const FromTheRecord: Story = { args: { context: { age: 67, sex: 'female' } } };

/** For EPR side panels: smaller type and spacing. */
export const Compact: Story = { args: { layout: 'compact', context: { age: 67 } } };

/** The element's words and the pathway's translations in Welsh. */
export const Welsh: Story = { args: { lang: 'cy' } };

/** A pathway file that fails its integrity check is refused, visibly. */
export const IntegrityMismatch: Story = {
  render: () =>
    html`<careway-pathway
      src=${new URL('../../test-support/element-test.json', import.meta.url).href}
      integrity="sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    ></careway-pathway>`,
};
