import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { Pathway } from '../core.js';
import { DesignerPart } from '../story-harness.js';
import { smallPathway, tracedPathway } from '../editor/test-fixtures.js';
import { TraceabilityPanel } from './TraceabilityPanel.js';

function panel(doc: Pathway): NonNullable<Story['render']> {
  return () => (
    <DesignerPart doc={doc} style={{ maxWidth: '60rem', background: '#fff' }}>
      {() => <TraceabilityPanel />}
    </DesignerPart>
  );
}

/**
 * Core's traceability matrix: each source's recommendations and what
 * implements each, out of scope with the reason, or not traced; then the red
 * flags, decision connections and outcomes that name no source. Choosing an
 * element selects it in the designer.
 */
const meta: Meta<typeof TraceabilityPanel> = {
  title: 'Designer/Traceability panel',
  component: TraceabilityPanel,
};
export default meta;

type Story = StoryObj<typeof TraceabilityPanel>;

/** One recommendation implemented three times, one out of scope, one that nothing implements. */
export const Traced: Story = {
  name: 'Traced',
  render: panel(tracedPathway()),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.cw-trace__untraced')?.textContent).toContain('Not traced');
  },
};

/** A pathway that cites no sources yet. */
export const NoSources: Story = {
  name: 'No sources',
  render: panel(smallPathway()),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[role="status"]')?.textContent).toContain('cites no sources');
  },
};
