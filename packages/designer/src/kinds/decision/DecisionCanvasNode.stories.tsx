import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Pathway } from '../../core.js';
import { CanvasPart, DesignerPart } from '../../story-harness.js';
import { smallPathway } from '../../editor/test-fixtures.js';

interface Args {
  /** The condition of the first branch, in the expression language. */
  condition: string;
}

function decisionDoc({ condition }: Args): Pathway {
  const doc = smallPathway();
  return {
    ...doc,
    start: 'triage',
    nodes: doc.nodes.filter((n) => n.kind !== 'step'),
    edges: doc.edges
      .filter((e) => e.from === 'triage')
      .map((e) => (e.id === 'e2' ? { ...e, when: condition } : e)),
    scenarios: [],
    layout: { nodes: { triage: { x: 0, y: 0 }, refer: { x: -160, y: 220 }, manage: { x: 160, y: 220 } } },
  };
}

/**
 * A decision on the canvas: no screen, only branches, listed on the node in
 * the order the engine tries them; the last, without a condition, is the
 * otherwise route.
 */
const meta: Meta<Args> = {
  title: 'Designer/Canvas nodes/Decision',
  args: { condition: 'bleeding or age >= 60' },
  argTypes: { condition: { description: 'The condition of the first branch, in the expression language.' } },
  render: (args) => (
    <DesignerPart key={args.condition} doc={decisionDoc(args)}>
      {({ checks }) => <CanvasPart checks={checks} badges={false} height={420} />}
    </DesignerPart>
  ),
};
export default meta;

type Story = StoryObj<Args>;

/** A decision with a conditional branch and an otherwise branch, connected to two outcomes. */
export const WithBranches: Story = { name: 'With branches' };
