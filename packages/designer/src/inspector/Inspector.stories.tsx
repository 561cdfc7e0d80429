import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import type { Selection } from '../editor/selection.js';
import { DesignerPart } from '../story-harness.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { Inspector } from './Inspector.js';

type Args = ComponentProps<typeof Inspector>;

function inspecting(selection: Selection): NonNullable<Story['render']> {
  return (args) => (
    <DesignerPart
      doc={smallPathway()}
      selection={selection}
      style={{ maxWidth: '32rem', background: '#fff' }}
    >
      {() => <Inspector {...args} />}
    </DesignerPart>
  );
}

/**
 * The inspector edits what is selected: a node (its kind's own editor, then
 * its routes), a connection, or, with nothing selected, the pathway itself.
 * Every change is a named command on the document, so undo and the history
 * see it. Try editing in these stories: the edits are real.
 */
const meta: Meta<Args> = {
  title: 'Designer/Inspector',
  component: Inspector,
  args: { onDuplicate: fn(), onPreviewFrom: fn() },
};
export default meta;

type Story = StoryObj<Args>;

/** A step: its questions, each with its type, options, range, red flag, validation and prefill. */
export const Step: Story = {
  render: inspecting({ nodes: ['symptoms'], edges: [] }),
  play: async ({ canvasElement }) => {
    for (const details of canvasElement.querySelectorAll('details')) details.open = true;
    await waitFor(() => expect(canvasElement.textContent).toContain('A positive answer is a red flag'));
  },
};

/** A decision: its routes in the order they are tried, each with its condition. */
export const Decision: Story = { render: inspecting({ nodes: ['triage'], edges: [] }) };

/** An outcome: kind, urgency, timeframe, who acts, the receiving service and the data it requires. */
export const Outcome: Story = { render: inspecting({ nodes: ['refer'], edges: [] }) };

/** A connection: its condition (text and rule builder), label and place in the order. */
export const Connection: Story = { render: inspecting({ nodes: [], edges: ['e2'] }) };

/** Nothing selected: the pathway itself, with its approvals, sources and context facts. */
export const NothingSelected: Story = {
  name: 'Nothing selected: the pathway',
  render: inspecting({ nodes: [], edges: [] }),
};
