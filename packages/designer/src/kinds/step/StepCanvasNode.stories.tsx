import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Pathway } from '../../core.js';
import { CanvasPart, DesignerPart } from '../../story-harness.js';
import { smallPathway } from '../../editor/test-fixtures.js';

type Urgency = 'urgent' | 'suspected-cancer' | 'same-day' | 'emergency';

interface Args {
  /** The step's title on the canvas. */
  title: string;
  /** The urgency the red-flag question demands. */
  redFlag: Urgency;
  /** Whether the node carries core's problem badge (here: the step leads nowhere). */
  badges: boolean;
}

function stepOnly({ title, redFlag }: Args): Pathway {
  const doc = smallPathway();
  const step = doc.nodes[0];
  if (step?.kind !== 'step') throw new Error('The small pathway starts with a step');
  const fields = step.fields.map((f) => (f.redFlag ? { ...f, redFlag: { urgency: redFlag } } : f));
  return { ...doc, nodes: [{ ...step, title, fields }], edges: [], scenarios: [] };
}

/**
 * A step on the canvas: its questions in order, red flags marked ⚑ (with
 * the urgency they demand in the tooltip and for screen readers). The
 * canvas is a projection of the document; the node is drawn by the step
 * kind's canvas component.
 */
const meta: Meta<Args> = {
  title: 'Designer/Canvas nodes/Step',
  args: { title: 'Symptoms', redFlag: 'suspected-cancer', badges: false },
  argTypes: {
    title: { description: 'The step’s title on the canvas.' },
    redFlag: {
      description: 'The urgency the red-flag question demands.',
      control: 'select',
      options: ['urgent', 'suspected-cancer', 'same-day', 'emergency'],
    },
    badges: { description: 'Whether the node carries core’s problem badge (here: the step leads nowhere).' },
  },
  render: (args) => (
    <DesignerPart key={JSON.stringify(args)} doc={stepOnly(args)}>
      {({ checks }) => <CanvasPart checks={checks} badges={args.badges} height={260} />}
    </DesignerPart>
  ),
};
export default meta;

type Story = StoryObj<Args>;

/** A step whose first question is a red flag. */
export const WithRedFlag: Story = { name: 'With a red flag' };

/** The same step with its problem badge: errors and warnings from core's analysis. */
export const WithProblemBadge: Story = { name: 'With a problem badge', args: { badges: true } };
