/**
 * Support for the Storybook stories: small pathway documents, one state
 * each, and a driver that takes a rendered `<careway-pathway>` to a state
 * through its own controls (clicks, typing), as a clinician would. Nothing
 * here fakes markup: every state a story shows is one the engine reached.
 */
import type { CarewayPathway } from '../components/careway-pathway/careway-pathway.js';
import type { Field, OutcomeNode, Pathway, Urgency } from '../internal/core.js';
import testPathway from './element-test.json';

/** The element test pathway (every field kind, a score, three care cards), fresh each time. */
export function elementTestPathway(): Pathway {
  return structuredClone(testPathway) as unknown as Pathway;
}

/** The test pathway with a route that depends on an optional question, so that it can stall. */
export function stallingPathway(): Pathway {
  const pathway = elementTestPathway();
  pathway.edges = pathway.edges.map((e) => (e.id === 'e6' ? { ...e, when: 'temperature > 38' } : e));
  return pathway;
}

/** The urgencies, least to most urgent, as the care cards show them. */
export const urgencies: readonly Urgency[] = [
  'routine',
  'urgent',
  'suspected-cancer',
  'same-day',
  'emergency',
];

const outcomeText: Record<Urgency, Omit<OutcomeNode, 'id' | 'kind' | 'urgency' | 'requires'>> = {
  routine: {
    title: 'Manage in primary care',
    disposition: 'primary-care',
    timeframe: 'at the next routine appointment',
    actor: 'GP',
    summary: 'Review the patient at the practice.',
    safetyNetting: 'If symptoms get worse, book an earlier appointment.',
  },
  urgent: {
    title: 'Refer to the DVT clinic',
    disposition: 'refer',
    timeframe: 'within 4 hours',
    service: { name: 'DVT clinic' },
    actor: 'Receiving clinician',
    summary: 'A proximal leg vein ultrasound scan is needed.',
    nextSteps: 'The clinic will **call** the patient to arrange the scan.',
    safetyNetting: 'If the patient becomes breathless or has chest pain, call 999.',
  },
  'suspected-cancer': {
    title: 'Refer on the suspected cancer pathway',
    disposition: 'refer',
    timeframe: 'within 2 weeks',
    service: { name: 'Colorectal surgery' },
    actor: 'Receiving clinician',
    summary: 'Symptoms meet the criteria for a suspected cancer referral.',
    nextSteps: 'Tell the patient why they are being referred and that they will be contacted.',
    safetyNetting: 'If bleeding becomes heavy, seek same-day care.',
  },
  'same-day': {
    title: 'Same-day emergency care',
    disposition: 'urgent-care',
    timeframe: 'today',
    service: { name: 'Same-day emergency care unit' },
    actor: 'Referrer',
    summary: 'The patient needs to be seen today.',
    safetyNetting: 'If the patient collapses, call 999.',
  },
  emergency: {
    title: 'Call 999 now',
    disposition: 'emergency',
    timeframe: 'immediately',
    service: { name: 'Emergency department' },
    actor: 'Referrer',
    summary: 'The patient needs emergency care.',
    nextSteps: 'Call 999 and stay with the patient.',
    safetyNetting: 'Do not leave the patient alone.',
  },
};

/** An outcome node of the given urgency, with believable text. */
export function outcomeOf(urgency: Urgency, id = `outcome-${urgency}`): OutcomeNode {
  return { id, kind: 'outcome', urgency, requires: [], ...outcomeText[urgency] };
}

function base(id: string, title: string): Omit<Pathway, 'start' | 'nodes' | 'edges'> {
  return {
    schemaVersion: 1,
    id,
    version: '1.0.0',
    title,
    status: 'draft',
    approvals: [],
    sources: [],
    context: [],
    variables: [],
    scenarios: [],
  } as Omit<Pathway, 'start' | 'nodes' | 'edges'>;
}

/** A one-page pathway: a step holding the given fields, then a routine outcome. */
export function onePage(title: string, fields: Field[], description?: string): Pathway {
  return {
    ...base('one-page', title),
    start: 'page',
    nodes: [
      { id: 'page', kind: 'step', title, ...(description ? { description } : {}), fields },
      outcomeOf('routine', 'done'),
    ],
    edges: [{ id: 'e1', from: 'page', to: 'done' }],
  } as Pathway;
}

/** A pathway whose one question chooses the outcome, one per urgency. */
export function urgencyPathway(): Pathway {
  return {
    ...base('urgencies', 'Care cards by urgency'),
    start: 'which',
    nodes: [
      {
        id: 'which',
        kind: 'step',
        title: 'Which outcome?',
        fields: [
          {
            id: 'which',
            type: 'choice',
            label: 'Which outcome should the pathway reach?',
            options: urgencies.map((u) => ({ value: u, label: outcomeText[u].title })),
          },
        ],
      },
      { id: 'route', kind: 'decision', title: 'Route' },
      ...urgencies.map((u) => outcomeOf(u)),
    ],
    edges: [
      { id: 'e-which', from: 'which', to: 'route' },
      ...urgencies.slice(1).map((u) => ({
        id: `e-${u}`,
        from: 'route',
        to: `outcome-${u}`,
        when: `which = '${u}'`,
      })),
      { id: 'e-routine', from: 'route', to: 'outcome-routine' },
    ],
  } as Pathway;
}

// ---- Driving a rendered element ------------------------------------------

/** The first `<careway-pathway>` under `root`, once it has loaded and rendered. */
export async function pathwayIn(root: ParentNode, tag = 'careway-pathway'): Promise<CarewayPathway> {
  await customElements.whenDefined(tag);
  const el = root.querySelector<CarewayPathway>(tag);
  if (!el) throw new Error(`No <${tag}> in the story`);
  await el.updateComplete;
  return el;
}

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** One element in the shadow root; throws when missing, so a story never shows a state it did not reach. */
export function part(el: Element, selector: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in <${el.localName}>`);
  return found;
}

/** The text of the current page's heading. */
export function headingText(el: Element): string {
  return (shadow(el).querySelector('[data-heading]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Presses the page's primary button (Continue, or Confirm on check your answers). */
export async function next(el: CarewayPathway): Promise<void> {
  part(el, '.page .button:not(.button--secondary)').click();
  await el.updateComplete;
}

/** Types into a box as a person does: input events, then change. */
export async function typeInto(el: CarewayPathway, id: string, value: string): Promise<void> {
  const input = part(el, `#${id}`) as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Clicks a radio or checkbox by field id and option value (`yes`/`no` for booleans). */
export async function choose(el: CarewayPathway, fieldId: string, value: string): Promise<void> {
  part(el, `input[name="cw-${fieldId}"][value="${value}"]`).click();
  await el.updateComplete;
}

/** Fills the three boxes of a date. */
export async function enterDate(el: CarewayPathway, fieldId: string, ymd: string): Promise<void> {
  const [year = '', month = '', day = ''] = ymd.split('-');
  await typeInto(el, `cw-${fieldId}`, day);
  await typeInto(el, `cw-${fieldId}-month`, month);
  await typeInto(el, `cw-${fieldId}-year`, year);
}

/** Answers the element test pathway up to its check-your-answers page. */
export async function answerTestPathwayToReview(
  el: CarewayPathway,
  { symptoms = ['cough', 'fever'], severe = false } = {},
): Promise<void> {
  if (!(shadow(el).querySelector('#cw-age') as HTMLInputElement | null)?.value)
    await typeInto(el, 'cw-age', '40');
  await next(el);
  await enterDate(el, 'onset', '2026-11-20');
  for (const s of symptoms) await choose(el, 'symptom_list', s);
  await choose(el, 'sex', 'female');
  await choose(el, 'severe', severe ? 'yes' : 'no');
  await next(el); // symptoms
  await next(el); // the guidance page
  await next(el); // details: all optional
}

/** Waits until `check` holds (or throws after `ms`), for states reached asynchronously. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
