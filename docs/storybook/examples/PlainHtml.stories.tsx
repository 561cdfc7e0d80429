import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import formPage from '../../embedding/examples/html/form.html?raw';
import scriptTagPage from '../../embedding/examples/html/script-tag.html?raw';
import twoVersionsPage from '../../embedding/examples/html/two-versions.html?raw';
import { inFrame, shown } from './support.js';

function Page({ src, title }: { src: string; title: string }) {
  return (
    <iframe src={src} title={title} style={{ width: '100%', height: '46rem', border: '1px solid #d8dde0' }} />
  );
}

/**
 * Real HTML pages, no build step: each loads the single-file build
 * (`careway.js`) with a script tag, from `/vendor/careway/`, and a pathway
 * from `/pathways/`, as a portal would serve them. The pages live in
 * `docs/embedding/examples/html/`; Storybook serves them at `/examples/`.
 */
const meta: Meta<typeof Page> = {
  title: 'Examples/Plain HTML',
  component: Page,
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj<typeof Page>;

/** One script tag, one element, one listener: the sample from "Script tag (no build step)". */
export const ScriptTag: Story = {
  name: 'Script tag',
  args: { src: '/examples/script-tag.html', title: 'Example: Careway in a plain HTML page' },
  parameters: { docs: { source: { code: scriptTagPage, language: 'html' } } },
  play: async ({ canvasElement }) => {
    const el = await shown(inFrame(canvasElement, 'careway-pathway'));
    await expect(el.context).toEqual({ age: 67, sex: 'female' });
  },
};

/** The element as a form control: the form cannot be sent until the pathway is complete. */
export const InAForm: Story = {
  name: 'In a form',
  args: { src: '/examples/form.html', title: 'Example: Careway inside a host form' },
  parameters: { docs: { source: { code: formPage, language: 'html' } } },
  play: async ({ canvasElement }) => {
    const el = await shown(inFrame(canvasElement, 'careway-pathway'));
    await expect(el.closest('form')?.checkValidity()).toBe(false);
  },
};

/** A second build under its own prefix, beside the first. */
export const TwoVersions: Story = {
  name: 'Two versions side by side',
  args: { src: '/examples/two-versions.html', title: 'Example: two Careway builds on one page' },
  parameters: { docs: { source: { code: twoVersionsPage, language: 'html' } } },
  play: async ({ canvasElement }) => {
    await shown(inFrame(canvasElement, 'careway-pathway'));
    await shown(inFrame(canvasElement, 'careway-v2-pathway'), 'the prefixed element');
  },
};
