import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { Triage } from '../../embedding/examples/react/Triage.js';
import triageSource from '../../embedding/examples/react/Triage.tsx?raw';
import { dvt, shown } from './support.js';

/**
 * `docs/embedding/examples/react/Triage.tsx`, the component of the React
 * guide, running: the typed wrapper from `@careway/elements/react`.
 */
const meta: Meta<typeof Triage> = {
  title: 'Examples/React',
  component: Triage,
  tags: ['!autodocs'],
  args: {
    pathway: dvt(),
    patient: { encounterId: 'enc-5c1f8e27', age: 67, sex: 'female' },
    onReferral: fn(),
  },
  argTypes: { pathway: { control: false } },
  parameters: { docs: { source: { code: triageSource, language: 'tsx' } } },
};
export default meta;

type Story = StoryObj<typeof Triage>;

/** The suspected-DVT pathway in an EPR side panel, prefilled from the patient. */
export const SidePanel: Story = {
  name: 'Triage in a side panel',
  play: async ({ canvasElement }) => {
    await shown(() => canvasElement.querySelector('careway-pathway'));
  },
};
