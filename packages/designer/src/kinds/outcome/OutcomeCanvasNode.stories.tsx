import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Pathway } from '../../core.js';
import { CanvasPart, DesignerPart } from '../../story-harness.js';
import { smallPathway } from '../../editor/test-fixtures.js';

const urgencies = ['routine', 'urgent', 'suspected-cancer', 'same-day', 'emergency'] as const;
type Urgency = (typeof urgencies)[number];

interface Args {
  /** The outcome's urgency, which sets its colour on the canvas. */
  urgency: Urgency;
}

const titles: Record<Urgency, string> = {
  routine: 'Manage in primary care',
  urgent: 'Urgent GP review',
  'suspected-cancer': 'Refer: suspected cancer',
  'same-day': 'Same-day emergency care',
  emergency: 'Call 999',
};

/** The condition of the route to each outcome, tried most urgent first; routine is the otherwise route. */
const conditions: Record<Urgency, string | undefined> = {
  emergency: 'bleeding and age >= 80',
  'same-day': 'bleeding and age >= 60',
  'suspected-cancer': 'bleeding',
  urgent: 'age >= 60',
  routine: undefined,
};

function outcomesDoc(shown: readonly Urgency[]): Pathway {
  const doc = smallPathway();
  const [step] = doc.nodes;
  const template = doc.nodes.find((n) => n.kind === 'outcome');
  if (step?.kind !== 'step' || template?.kind !== 'outcome') throw new Error('The small pathway changed');
  const outcomes = shown.map((urgency) => ({
    ...template,
    id: urgency,
    title: titles[urgency],
    urgency,
    disposition: urgency === 'routine' ? ('primary-care' as const) : ('refer' as const),
    timeframe: urgency === 'emergency' ? 'immediately' : urgency === 'same-day' ? 'today' : 'within 2 weeks',
    requires: [],
  }));
  const tried = [...shown].reverse();
  return {
    ...doc,
    nodes: [step, { kind: 'decision', id: 'triage', title: 'Triage' }, ...outcomes],
    edges: [
      { id: 'e1', from: 'symptoms', to: 'triage' },
      ...tried.map((urgency, i) => {
        const when = i < tried.length - 1 ? conditions[urgency] : undefined;
        return { id: `e-${urgency}`, from: 'triage', to: urgency, ...(when ? { when } : {}) };
      }),
    ],
    scenarios: [],
    layout: {
      nodes: Object.fromEntries([
        ['symptoms', { x: ((shown.length - 1) * 250) / 2, y: 0 }],
        ['triage', { x: ((shown.length - 1) * 250) / 2, y: 200 }],
        ...shown.map((urgency, i) => [urgency, { x: i * 250, y: 480 }]),
      ]),
    },
  } as Pathway;
}

/**
 * An outcome on the canvas: its kind, receiving service, urgency and
 * timeframe, coloured by urgency (routine green, urgent yellow, suspected
 * cancer orange, same day red, emergency dark red on pink).
 */
const meta: Meta<Args> = {
  title: 'Designer/Canvas nodes/Outcome',
  args: { urgency: 'urgent' },
  argTypes: {
    urgency: {
      description: 'The outcome’s urgency, which sets its colour on the canvas.',
      control: 'select',
      options: [...urgencies],
    },
  },
  render: (args) => (
    <DesignerPart key={args.urgency} doc={outcomesDoc([args.urgency])}>
      {({ checks }) => <CanvasPart checks={checks} badges={false} height={520} />}
    </DesignerPart>
  ),
};
export default meta;

type Story = StoryObj<Args>;

export const Routine: Story = { args: { urgency: 'routine' } };
export const Urgent: Story = { args: { urgency: 'urgent' } };
export const SuspectedCancer: Story = { name: 'Suspected cancer', args: { urgency: 'suspected-cancer' } };
export const SameDay: Story = { name: 'Same day', args: { urgency: 'same-day' } };
export const Emergency: Story = { args: { urgency: 'emergency' } };

/** Every urgency side by side, as a decision routes to them. */
export const EveryUrgency: Story = {
  name: 'Every urgency',
  render: () => (
    <DesignerPart doc={outcomesDoc(urgencies)}>
      {({ checks }) => <CanvasPart checks={checks} badges={false} height={560} />}
    </DesignerPart>
  ),
};
