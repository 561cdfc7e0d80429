import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import type { CarewayPathway } from './careway-pathway.js';
import type { Pathway, Urgency } from '../../internal/core.js';
import {
  answerTestPathwayToReview,
  choose,
  elementTestPathway,
  headingText,
  next,
  onePage,
  part,
  pathwayIn,
  stallingPathway,
  typeInto,
  until,
  urgencyPathway,
} from '../../test-support/stories.js';
import '../../define.js';

type Args = Partial<
  Pick<CarewayPathway, 'pathway' | 'context' | 'src' | 'integrity' | 'lang' | 'layout' | 'today' | 'name'>
> & {
  onCarewayStep?: (event: Event) => void;
  onCarewayChange?: (event: Event) => void;
  onCarewayComplete?: (event: Event) => void;
  onCarewayError?: (event: Event) => void;
};

/**
 * `<careway-pathway>` in every state a clinician meets. The controls and the
 * tables below come from the Custom Elements Manifest (`custom-elements.json`),
 * generated from the element's JSDoc. States after the first page are reached
 * by each story's `play` function, which answers through the element's own
 * controls: nothing is faked.
 */
const meta: Meta<Args> = {
  title: 'Runtime/careway-pathway',
  component: 'careway-pathway',
  args: { pathway: elementTestPathway(), lang: 'en-GB', layout: 'default', today: '2026-11-24' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en-GB', 'cy'] },
    layout: { control: 'inline-radio', options: ['default', 'compact'] },
    pathway: { control: false },
  },
  render: (args) =>
    html`<careway-pathway
      .pathway=${args.pathway}
      .context=${args.context}
      src=${ifDefined(args.src)}
      integrity=${ifDefined(args.integrity)}
      lang=${ifDefined(args.lang)}
      layout=${ifDefined(args.layout)}
      today=${ifDefined(args.today)}
      name=${ifDefined(args.name)}
      @careway-step=${args.onCarewayStep}
      @careway-change=${args.onCarewayChange}
      @careway-complete=${args.onCarewayComplete}
      @careway-error=${args.onCarewayError}
    ></careway-pathway>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A one-question page: the question is the heading. */
export const QuestionPage: Story = {};

// ---- Each field type, on a page of its own --------------------------------

/** Yes or no, with "Why we ask" and the red flag it carries. */
export const BooleanField: Story = {
  name: 'Field: yes or no',
  args: {
    pathway: onePage('Breathlessness', [
      {
        id: 'breathless',
        type: 'boolean',
        label: 'Is the patient breathless at rest?',
        hint: 'Count a respiratory rate of more than 30 as breathless.',
        why: 'Breathlessness at rest may mean a pulmonary embolism.',
        redFlag: { urgency: 'emergency' },
      },
    ]),
  },
};

/** One answer from a list; each option may carry a code and a hint. */
export const ChoiceField: Story = {
  name: 'Field: single choice',
  args: {
    pathway: onePage('Smoking', [
      {
        id: 'smoking',
        type: 'choice',
        label: 'Does the patient smoke?',
        options: [
          {
            value: 'current',
            label: 'Yes, currently',
            code: { system: 'http://snomed.info/sct', code: '77176002' },
          },
          { value: 'ex', label: 'Used to smoke', hint: 'Stopped more than a year ago.' },
          { value: 'never', label: 'Never smoked' },
        ],
      },
    ]),
  },
};

/** Several answers, with an exclusive "None of these". */
export const MultiChoiceField: Story = {
  name: 'Field: multiple choice',
  args: {
    pathway: onePage('Symptoms', [
      {
        id: 'symptoms',
        type: 'multi-choice',
        label: 'Which symptoms does the patient have?',
        hint: 'Select all that apply.',
        exclusive: ['none'],
        options: [
          { value: 'bleeding', label: 'Rectal bleeding' },
          { value: 'weight_loss', label: 'Unexplained weight loss' },
          { value: 'bowel_habit', label: 'Change in bowel habit' },
          { value: 'none', label: 'None of these' },
        ],
      },
    ]),
  },
};

/** A whole number with its unit and range. */
export const IntegerField: Story = {
  name: 'Field: whole number with unit',
  args: {
    pathway: onePage('Pulse', [
      {
        id: 'pulse',
        type: 'integer',
        label: 'What is the heart rate?',
        hint: 'Beats per minute, at rest.',
        min: 20,
        max: 250,
        unit: { label: 'beats per minute', ucum: '/min' },
      },
    ]),
  },
};

/** A decimal number with its unit; out-of-range values are refused with a message. */
export const DecimalField: Story = {
  name: 'Field: decimal with unit',
  args: {
    pathway: onePage('Temperature', [
      {
        id: 'temperature',
        type: 'decimal',
        label: 'What is the temperature?',
        min: 30,
        max: 45,
        step: 0.1,
        unit: { label: '°C', ucum: 'Cel' },
      },
    ]),
  },
};

/** Day, month and year boxes, refusing dates in the future. */
export const DateField: Story = {
  name: 'Field: date',
  args: {
    pathway: onePage('Onset', [
      {
        id: 'onset',
        type: 'date',
        label: 'When did the symptoms start?',
        hint: 'For example, 15 3 2026.',
        notInFuture: true,
      },
    ]),
  },
};

/** A line of text with a length limit. */
export const TextField: Story = {
  name: 'Field: text',
  args: {
    pathway: onePage('Reference', [
      {
        id: 'reference',
        type: 'text',
        label: 'Your reference for this referral',
        hint: 'Up to 20 characters.',
        maxLength: 20,
      },
    ]),
  },
};

/** Several lines of text. */
export const LongTextField: Story = {
  name: 'Field: long text',
  args: {
    pathway: onePage('History', [
      {
        id: 'history',
        type: 'long-text',
        label: 'Relevant history',
        hint: 'Medication, previous investigations and anything the team should know.',
        maxLength: 2000,
      },
    ]),
  },
};

const photoPathway = onePage('Photographs', [
  {
    id: 'photos',
    type: 'attachment',
    label: 'Photographs of the lesion',
    hint: 'A close-up and one from further away.',
    accept: ['image/png', 'image/jpeg'],
    maxBytes: 1048576,
    maxFiles: 2,
  },
]);

/** Files limited by type, size and number; images are previewed and never uploaded by Careway. */
export const AttachmentField: Story = {
  name: 'Field: attachment',
  args: { pathway: photoPathway },
};

/** An attachment question with a photograph attached through the file input. */
export const AttachmentWithFile: Story = {
  name: 'Field: attachment, with a file',
  args: { pathway: photoPathway },
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    const canvas = document.createElement('canvas');
    canvas.width = 48;
    canvas.height = 32;
    const context = canvas.getContext('2d');
    if (context) {
      context.fillStyle = '#ae2573';
      context.fillRect(8, 8, 32, 16);
    }
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('Could not draw the photograph');
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], 'lesion.png', { type: 'image/png' }));
    const input = part(el, '#cw-photos') as HTMLInputElement;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await expect(part(el, '[part~="attachment-list"]').textContent).toContain('lesion.png');
  },
};

/** Text to read, shown among the questions; it asks nothing. */
export const DisplayField: Story = {
  name: 'Field: display text',
  args: {
    pathway: onePage('Before you refer', [
      {
        id: 'about',
        type: 'display',
        label: 'About this referral',
        text: 'The clinic sees patients **within 4 hours**. Have the latest blood results to hand.',
      },
      { id: 'consent', type: 'boolean', label: 'Has the patient agreed to the referral?' },
    ]),
  },
};

// ---- States ----------------------------------------------------------------

/** Continue with nothing answered: the error summary takes focus and links to each question. */
export const WithErrors: Story = {
  name: 'Errors shown',
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    await typeInto(el, 'cw-age', '40');
    await next(el);
    await next(el);
    const summary = part(el, '[data-error-summary]');
    await expect(summary.querySelectorAll('a').length).toBeGreaterThan(1);
  },
};

/** An answer filled in from the host's record, shown with its tag and changeable. */
export const FromTheRecord: Story = {
  name: 'Prefilled from the record',
  args: { context: { age: 67, sex: 'female' } },
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    await expect(part(el, '[part~="record-tag"]')).toBeTruthy();
  },
};

/** The guidance page between questions. */
export const GuidancePage: Story = {
  name: 'Guidance page',
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    await typeInto(el, 'cw-age', '40');
    await next(el);
    await typeInto(el, 'cw-onset', '20');
    await typeInto(el, 'cw-onset-month', '11');
    await typeInto(el, 'cw-onset-year', '2026');
    await choose(el, 'symptom_list', 'cough');
    await choose(el, 'sex', 'female');
    await choose(el, 'severe', 'no');
    await next(el);
    await expect(headingText(el)).toBe('Before you go on');
  },
};

/** Every answer with a change link, the score and its explanation, then Confirm. */
export const CheckYourAnswers: Story = {
  name: 'Check your answers',
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    await answerTestPathwayToReview(el);
    await expect(part(el, '[part~="review"]')).toBeTruthy();
  },
};

function outcomeStory(urgency: Urgency, name: string, description: string): Story {
  return {
    name,
    args: { pathway: urgencyPathway() },
    parameters: { docs: { description: { story: description } } },
    play: async ({ canvasElement }) => {
      const el = await pathwayIn(canvasElement);
      await choose(el, 'which', urgency);
      await next(el);
      await next(el); // Confirm on check your answers
      await expect(el.value?.outcome.urgency).toBe(urgency);
      await expect(part(el, '[part~="care-card"]')).toBeTruthy();
    },
  };
}

export const OutcomeRoutine = outcomeStory(
  'routine',
  'Outcome: routine (non-urgent)',
  'A routine outcome ends on the blue non-urgent care card.',
);
export const OutcomeUrgent = outcomeStory(
  'urgent',
  'Outcome: urgent',
  'An urgent outcome ends on the red urgent care card.',
);
export const OutcomeSuspectedCancer = outcomeStory(
  'suspected-cancer',
  'Outcome: suspected cancer',
  'A suspected-cancer referral uses the urgent care card.',
);
export const OutcomeSameDay = outcomeStory(
  'same-day',
  'Outcome: same day',
  'A same-day outcome uses the urgent care card.',
);
export const OutcomeEmergency = outcomeStory(
  'emergency',
  'Outcome: emergency',
  'An emergency ends on the immediate-action care card.',
);

/** The element's words and the pathway's translations in Welsh. */
export const Welsh: Story = { args: { lang: 'cy' } };

/** A whole pathway in Welsh, to its outcome: the care card's own words are Welsh too. */
export const WelshOutcome: Story = {
  name: 'Welsh, at the outcome',
  args: { lang: 'cy' },
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    await answerTestPathwayToReview(el, { symptoms: ['none'] });
    await next(el);
    await expect(headingText(el)).toContain('Hunanofal');
  },
};

/** For EPR side panels: smaller type and spacing. */
export const Compact: Story = { args: { layout: 'compact', context: { age: 67 } } };

/** Compact layout on the busiest page: several questions, an error summary. */
export const CompactWithErrors: Story = {
  name: 'Compact, with errors',
  args: { layout: 'compact', context: { age: 67 } },
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    await next(el);
    await next(el);
    await expect(part(el, '[data-error-summary]')).toBeTruthy();
  },
};

/**
 * Themed by the host: `--careway-*` custom properties for colours, type and
 * space, and `::part()` for anything else. The host's CSS reaches only what
 * the element exposes.
 */
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .trust-theme careway-pathway {
          --careway-font-family: Georgia, 'Times New Roman', serif;
          --careway-color-button: #330072;
          --careway-color-button-hover: #24004f;
          --careway-color-button-shadow: #1a0033;
          --careway-color-link: #330072;
          --careway-color-focus: #ffb81c;
          --careway-radius: 0;
          --careway-max-width: 48rem;
        }
        .trust-theme careway-pathway::part(button) {
          text-transform: uppercase;
          letter-spacing: 0.05em;
        }
        .trust-theme careway-pathway::part(heading) {
          border-bottom: 4px solid #330072;
          padding-bottom: 0.25rem;
        }
      </style>
      <div class="trust-theme">
        <careway-pathway .pathway=${args.pathway} today=${ifDefined(args.today)}></careway-pathway>
      </div>`,
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    await typeInto(el, 'cw-age', '40');
    await next(el);
  },
};

/** The pathway cannot decide (a defect in the pathway): it says which answer it needs, and reports it. */
export const Stalled: Story = {
  name: 'Stalled',
  args: { pathway: stallingPathway() },
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    await answerTestPathwayToReview(el, { symptoms: ['none'] });
    await expect(part(el, '[part~="stalled"]')).toBeTruthy();
  },
};

/** A `src` the server does not have: the element says so in place and fires `careway-error`. */
export const LoadingError: Story = {
  name: 'Loading error (bad src)',
  tags: ['!autodocs'],
  args: { pathway: undefined, src: './no-such-pathway.json' },
  parameters: {
    smoke: { expectedConsoleErrors: ['[careway] http_error', 'Failed to load resource'] },
  },
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    await until(() => el.shadowRoot?.querySelector('[part~="error"]') != null, 'the error panel');
  },
};

/** A pathway file that fails its integrity check is refused, visibly. */
export const IntegrityMismatch: Story = {
  tags: ['!autodocs'],
  parameters: { smoke: { expectedConsoleErrors: ['[careway] integrity_mismatch'] } },
  render: () =>
    html`<careway-pathway
      src=${new URL('../../test-support/element-test.json', import.meta.url).href}
      integrity="sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    ></careway-pathway>`,
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    await until(() => el.shadowRoot?.querySelector('[part~="error"]') != null, 'the error panel');
  },
};

/** A document core refuses (here, an edge to a node that does not exist). */
export const InvalidPathway: Story = {
  name: 'Invalid pathway',
  tags: ['!autodocs'],
  args: {
    pathway: {
      ...onePage('Broken', [{ id: 'q', type: 'boolean', label: 'A question' }]),
      edges: [{ id: 'e1', from: 'page', to: 'nowhere' }],
    } as Pathway,
  },
  parameters: { smoke: { expectedConsoleErrors: ['[careway] invalid_pathway'] } },
  play: async ({ canvasElement }) => {
    const el = await pathwayIn(canvasElement);
    await until(() => el.shadowRoot?.querySelector('[part~="error"]') != null, 'the error panel');
  },
};
