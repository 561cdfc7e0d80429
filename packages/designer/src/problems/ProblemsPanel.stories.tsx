import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import type { Pathway } from '../core.js';
import { DesignerPart } from '../story-harness.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { ProblemsPanel } from './ProblemsPanel.js';

function withProblems(): Pathway {
  const doc = smallPathway();
  return {
    ...doc,
    edges: doc.edges.map((e) => (e.id === 'e2' ? { ...e, when: 'bleding or age >= 60' } : e)),
    nodes: [
      ...doc.nodes,
      { kind: 'info', id: 'orphan', title: 'Leaflet', body: 'Give the patient the leaflet.' },
    ],
  };
}

function panel(doc: Pathway): NonNullable<Story['render']> {
  return () => (
    <DesignerPart doc={doc} style={{ maxWidth: '48rem', background: '#fff' }}>
      {({ checks }) => <ProblemsPanel problems={checks.problems} />}
    </DesignerPart>
  );
}

/**
 * Everything core finds (schema issues, type errors in conditions, the
 * analysis' findings), errors first, in words for the clinical lead. Choosing
 * one selects and frames its node in the designer.
 */
const meta: Meta<typeof ProblemsPanel> = {
  title: 'Designer/Problems panel',
  component: ProblemsPanel,
};
export default meta;

type Story = StoryObj<typeof ProblemsPanel>;

/** A misspelt question in a condition and a node nothing leads to. */
export const WithProblems: Story = {
  name: 'With problems',
  render: panel(withProblems()),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.textContent).toContain('bleding'), { timeout: 4000 });
  },
};

/** The small example pathway as it is. */
export const SmallPathway: Story = {
  name: 'Small pathway',
  render: panel(smallPathway()),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[role="status"]')?.textContent).toBeTruthy());
  },
};
