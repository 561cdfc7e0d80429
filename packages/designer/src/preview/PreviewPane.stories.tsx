import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { DesignerPart } from '../story-harness.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { PreviewPane } from './PreviewPane.js';

/**
 * The live preview: the real `<careway-pathway>` running the pathway being
 * edited. In the designer, answers given here light up the route on the
 * canvas and can be saved as a scenario.
 */
const meta: Meta<typeof PreviewPane> = {
  title: 'Designer/Preview pane',
  component: PreviewPane,
  render: () => (
    <DesignerPart doc={smallPathway()} style={{ maxWidth: '40rem', background: '#fff' }}>
      {({ doc, checks }) => <PreviewPane trace={(answers) => checks.services.trace(doc, answers, {})} />}
    </DesignerPart>
  ),
};
export default meta;

type Story = StoryObj<typeof PreviewPane>;

/** The first page of the small pathway, in the real runtime. */
export const Running: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('careway-pathway');
    await waitFor(() => expect(el?.shadowRoot?.querySelector('[data-heading]')).toBeTruthy());
  },
};
