import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback } from 'react';
import { expect } from 'storybook/test';
import type { CarewayCareCard, CarewayPathway } from '@careway/elements';
import '@careway/elements/define';
import { handleCompletion } from '../../embedding/examples/careway-complete.js';
import completeSource from '../../embedding/examples/careway-complete.ts?raw';
import { db, keepDraftsInDb } from '../../embedding/examples/drafts.js';
import draftsSource from '../../embedding/examples/drafts.ts?raw';
import npmSource from '../../embedding/examples/npm.ts?raw';
import { passPatient } from '../../embedding/examples/patient-context.js';
import contextSource from '../../embedding/examples/patient-context.ts?raw';
import themeCss from '../../embedding/examples/theme.css?raw';
import {
  answerTestPathwayToReview,
  choose,
  next,
  part,
  until,
  urgencyPathway,
} from '../../../packages/elements/src/test-support/stories.js';
import { Mount } from './Mount.js';
import { dvt, shown, testPathway } from './support.js';

const TODAY = '2026-11-24';

function pathwayElement(parent: HTMLElement): CarewayPathway {
  const el = document.createElement('careway-pathway') as CarewayPathway;
  el.setAttribute('today', TODAY);
  parent.append(el);
  return el;
}

function Example({ setup }: { setup: (root: HTMLElement) => void }) {
  const stable = useCallback(
    (root: HTMLElement) => {
      setup(root);
      return undefined;
    },
    [setup],
  );
  return <Mount setup={stable} />;
}

/**
 * The runnable parts of the embedding guides: each story runs the guide's
 * example module from `docs/embedding/examples/` in a host page.
 */
const meta: Meta<typeof Example> = {
  title: 'Examples/Embedding',
  component: Example,
  tags: ['!autodocs'],
  argTypes: { setup: { control: false, table: { disable: true } } },
};
export default meta;

type Story = StoryObj<typeof Example>;

/** The "npm" sample: the module finds the element, fetches a pathway and listens. */
export const Npm: Story = {
  name: 'npm: a module that runs a pathway',
  args: {
    setup: (root) => {
      pathwayElement(root);
      void import('../../embedding/examples/npm.js');
    },
  },
  parameters: { docs: { source: { code: npmSource, language: 'typescript' } } },
  play: async ({ canvasElement }) => {
    await shown(() => canvasElement.querySelector('careway-pathway'));
  },
};

/** Patient context: age and sex from the record prefill their questions, tagged "From the record". */
export const PatientContext: Story = {
  name: 'Passing patient context',
  args: {
    setup: (root) => {
      const el = pathwayElement(root);
      passPatient(el);
      el.pathway = dvt();
    },
  },
  parameters: { docs: { source: { code: contextSource, language: 'typescript' } } },
  play: async ({ canvasElement }) => {
    const el = await shown(() => canvasElement.querySelector('careway-pathway'));
    await expect(part(el, '[part~="record-tag"]')).toBeTruthy();
  },
};

/** careway-complete: the summary is filed, the care card shown in the record view. */
export const CarewayComplete: Story = {
  name: 'Handling careway-complete',
  args: {
    setup: (root) => {
      const el = pathwayElement(root);
      const heading = document.createElement('h2');
      heading.textContent = 'In the record';
      const card = document.createElement('careway-care-card') as CarewayCareCard;
      const record = document.createElement('pre');
      record.dataset['record'] = '';
      record.textContent = 'Nothing filed yet.';
      record.style.whiteSpace = 'pre-wrap';
      root.append(heading, card, record);
      handleCompletion(el, card, {
        fileInRecord: async (text) => {
          record.textContent = text;
        },
        sendToFhirServer: async () => undefined,
        upload: async () => undefined,
      });
      el.pathway = testPathway();
    },
  },
  parameters: { docs: { source: { code: completeSource, language: 'typescript' } } },
  play: async ({ canvasElement }) => {
    const el = await shown(() => canvasElement.querySelector('careway-pathway'));
    await answerTestPathwayToReview(el);
    await next(el);
    const card = canvasElement.querySelector<CarewayCareCard>('careway-care-card');
    await until(() => Boolean(card?.outcome), 'the care card in the record');
    await until(
      () => canvasElement.querySelector('[data-record]')?.textContent !== 'Nothing filed yet.',
      'the summary in the record',
    );
  },
};

/** The "Theming" samples: custom properties, then parts, all the way to the care card. */
export const Theming: Story = {
  name: 'Theming',
  args: {
    setup: (root) => {
      const style = document.createElement('style');
      style.textContent = themeCss;
      root.append(style);
      pathwayElement(root).pathway = urgencyPathway();
    },
  },
  parameters: { docs: { source: { code: themeCss, language: 'css' } } },
  play: async ({ canvasElement }) => {
    const el = await shown(() => canvasElement.querySelector('careway-pathway'));
    await choose(el, 'which', 'urgent');
    await next(el);
    await next(el);
    await expect(part(el, '[part~="care-card"]')).toBeTruthy();
  },
};

const DRAFT_KEY = 'encounter-8842';

function draftElement(root: HTMLElement): CarewayPathway {
  const el = pathwayElement(root);
  el.draftKey = DRAFT_KEY;
  keepDraftsInDb(el);
  el.pathway = testPathway();
  return el;
}

/**
 * Drafts in the host's own store: answer a page, the draft is saved; a new
 * element with the same key (after a reload, say) restores it and says so.
 */
export const Drafts: Story = {
  name: 'Drafts in your own storage',
  args: { setup: (root) => void draftElement(root) },
  parameters: { docs: { source: { code: draftsSource, language: 'typescript' } } },
  play: async ({ canvasElement }) => {
    const root = canvasElement.firstElementChild as HTMLElement;
    const first = await shown(() => root.querySelector('careway-pathway'));
    const input = part(first, '#cw-age') as HTMLInputElement;
    input.value = '52';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await next(first);
    let saved: string | null = null;
    const started = Date.now();
    while (!saved && Date.now() - started < 5000) {
      saved = await db.get('drafts', `careway-draft:${DRAFT_KEY}`);
      if (!saved) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (!saved) throw new Error('No draft was saved');
    first.remove();
    draftElement(root);
    const second = await shown(() => root.querySelector('careway-pathway'), 'the restored page');
    await until(() => Boolean(second.shadowRoot?.querySelector('[part~="notice"]')), 'the restored notice');
  },
};
