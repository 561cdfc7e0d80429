import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback } from 'react';
import { expect } from 'storybook/test';
import type { CarewayPathway } from '@careway/elements';
import '@careway/elements/define';
import { choose, next, typeInto, until } from '../../../packages/elements/src/test-support/stories.js';
import { Mount } from './Mount.js';
import { shown, testPathway } from './support.js';

const EVENTS = ['careway-step', 'careway-change', 'careway-complete', 'careway-error'] as const;

/** What the log shows of an event's `detail` (the result of careway-complete is long). */
function brief(event: Event): string {
  const detail = (event as CustomEvent).detail as Record<string, unknown>;
  if (event.type !== 'careway-complete') return JSON.stringify(detail);
  return JSON.stringify({ outcome: (detail['outcome'] as { id: string }).id, summaryText: '…', result: '…' });
}

/** The element beside a log of every `careway-*` event it fires, with its `detail`. */
function EventLog() {
  const setup = useCallback((root: HTMLElement) => {
    root.style.display = 'grid';
    root.style.gridTemplateColumns = 'minmax(0, 3fr) minmax(0, 2fr)';
    root.style.gap = '1rem';
    const el = document.createElement('careway-pathway') as CarewayPathway;
    el.layout = 'compact';
    el.today = '2026-11-24';
    const section = document.createElement('section');
    section.setAttribute('aria-labelledby', 'event-log-heading');
    const heading = document.createElement('h2');
    heading.id = 'event-log-heading';
    heading.textContent = 'Events';
    heading.style.font = 'bold 1.1rem Arial, sans-serif';
    const log = document.createElement('ol');
    log.dataset['log'] = '';
    log.style.fontSize = '0.85rem';
    section.append(heading, log);
    root.append(el, section);
    for (const type of EVENTS) {
      el.addEventListener(type, (event) => {
        const item = document.createElement('li');
        const name = document.createElement('code');
        name.textContent = event.type;
        const detail = document.createElement('code');
        detail.textContent = ` ${brief(event)}`;
        detail.style.wordBreak = 'break-all';
        item.append(name, detail);
        log.append(item);
      });
    }
    el.pathway = testPathway();
    return undefined;
  }, []);
  return <Mount setup={setup} />;
}

/**
 * Every event the element fires as a clinician goes, with its `detail`:
 * `careway-step` on each page, `careway-change` on each answer. The full
 * reference (attributes, properties, methods, events, parts and custom
 * properties) is generated from the Custom Elements Manifest in the
 * elements' Storybook.
 */
const meta: Meta<typeof EventLog> = {
  title: 'Examples/Events',
  component: EventLog,
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj<typeof EventLog>;

/** The first two pages answered: steps and changes in order. */
export const EventLogStory: Story = {
  name: 'Event log',
  play: async ({ canvasElement }) => {
    const el = await shown(() => canvasElement.querySelector('careway-pathway'));
    await typeInto(el, 'cw-age', '40');
    await next(el);
    await choose(el, 'symptom_list', 'cough');
    await choose(el, 'severe', 'no');
    await until(() => (canvasElement.querySelector('[data-log]')?.children.length ?? 0) >= 4, 'the events');
    await expect(canvasElement.querySelector('[data-log]')?.textContent).toContain('careway-change');
  },
};
