import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback } from 'react';
import { fn } from 'storybook/test';
import { createApp } from 'vue';
import Triage from '../../embedding/examples/vue/Triage.vue';
import triageSource from '../../embedding/examples/vue/Triage.vue?raw';
import { Mount } from './Mount.js';
import { dvt, shown, type Pathway } from './support.js';

interface Args {
  pathway: Pathway;
  patient: { encounterId: string; age: number; sex: 'female' | 'male' };
  onReferral: (referral: unknown) => void;
}

/** Mounts the Vue component with `createApp`, as a Vue app's entry point does. */
function VueApp(args: Args) {
  const { pathway, patient, onReferral } = args;
  const setup = useCallback(
    (root: HTMLElement) => {
      const app = createApp(Triage, { pathway, patient, onReferral });
      app.mount(root);
      return () => app.unmount();
    },
    [pathway, patient, onReferral],
  );
  return <Mount setup={setup} />;
}

/**
 * `docs/embedding/examples/vue/Triage.vue`, the component of the Vue guide:
 * a real single-file component, compiled by `@vitejs/plugin-vue` with the
 * guide's `isCustomElement` option and mounted with Vue's `createApp`.
 */
const meta: Meta<typeof VueApp> = {
  title: 'Examples/Vue',
  component: VueApp,
  tags: ['!autodocs'],
  args: {
    pathway: dvt(),
    patient: { encounterId: 'enc-5c1f8e27', age: 67, sex: 'female' },
    onReferral: fn(),
  },
  argTypes: { pathway: { control: false } },
  parameters: { docs: { source: { code: triageSource, language: 'html' } } },
};
export default meta;

type Story = StoryObj<typeof VueApp>;

/** The suspected-DVT pathway in a Vue app, prefilled from the patient. */
export const SidePanel: Story = {
  name: 'Triage in a Vue app',
  play: async ({ canvasElement }) => {
    const el = await shown(() => canvasElement.querySelector('careway-pathway'));
    if (el.getAttribute('draft-key') !== 'triage:enc-5c1f8e27')
      throw new Error('The draft key was not bound');
  },
};
