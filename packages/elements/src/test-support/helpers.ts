/**
 * Helpers for the element tests: fixtures, driving the element as a
 * clinician would (clicks and typing in its shadow root), and waiting for
 * its events.
 */
import { fixture, html } from '@open-wc/testing';
import type { CarewayPathway } from '../components/careway-pathway/careway-pathway.js';
import type { Pathway } from '../internal/core.js';
import type { DraftStorage } from '../internal/drafts.js';
import type { CarewayEventMap } from '../internal/events.js';

/** The URL of a file in this folder, as the test server serves it. */
export function fixtureUrl(name: string): string {
  return new URL(`./${name}`, import.meta.url).href;
}

/** The URL of an example pathway in the repository's `pathways/` folder. */
export function examplePathwayUrl(file: string): string {
  return new URL(`../../../../pathways/${file}`, import.meta.url).href;
}

/** The test pathway (every field kind, a score, three care cards), fresh each time. */
export async function testPathway(): Promise<Pathway> {
  const response = await fetch(fixtureUrl('element-test.json'));
  return (await response.json()) as Pathway;
}

/** Renders `<careway-pathway>` with the test pathway and waits until its first page shows. */
export async function renderTestPathway(
  props: Partial<
    Pick<
      CarewayPathway,
      'context' | 'lang' | 'draftKey' | 'draftStorage' | 'draftSecret' | 'draftTtl' | 'layout' | 'today'
    >
  > = {},
  pathway?: Pathway,
): Promise<CarewayPathway> {
  const doc = pathway ?? (await testPathway());
  const el = await fixture<CarewayPathway>(
    html`<careway-pathway
      .pathway=${doc}
      .context=${props.context}
      .draftStorage=${props.draftStorage}
      .draftSecret=${props.draftSecret}
      .draftTtl=${props.draftTtl}
      lang=${props.lang ?? 'en-GB'}
      layout=${props.layout ?? 'default'}
      draft-key=${props.draftKey ?? ''}
      today=${props.today ?? '2026-11-24'}
    ></careway-pathway>`,
  );
  await el.updateComplete;
  return el;
}

/** The element's shadow root. */
export function root(el: Element): ShadowRoot {
  const shadow = el.shadowRoot;
  if (!shadow) throw new Error(`<${el.localName}> has no shadow root`);
  return shadow;
}

/** One element in the shadow root; fails the test when missing. */
export function $(el: Element, selector: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in <${el.localName}>`);
  return found;
}

/** Every match in the shadow root. */
export function $$(el: Element, selector: string): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(selector)];
}

/** The text of the current page's heading. */
export function headingText(el: Element): string {
  return (root(el).querySelector('[data-heading]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Normalised text content. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for the element to finish updating. */
export async function settle(el: CarewayPathway): Promise<void> {
  await el.updateComplete;
}

/** Clicks a control and waits for the element. */
export async function click(el: CarewayPathway, selector: string): Promise<void> {
  $(el, selector).click();
  await settle(el);
}

/** Presses Continue (or Confirm) on the current page. */
export async function next(el: CarewayPathway): Promise<void> {
  const button = root(el).querySelector<HTMLElement>('.page .button:not(.button--secondary)');
  if (!button) throw new Error(`No Continue button on "${headingText(el)}"`);
  button.click();
  await settle(el);
}

/** Types into a text box as a person would: input events, then change. */
export async function typeInto(el: CarewayPathway, id: string, value: string, commit = true): Promise<void> {
  const input = $(el, `#${id}`) as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Clicks a radio or checkbox by field id and option key (`yes`/`no` for booleans). */
export async function choose(el: CarewayPathway, fieldId: string, key: string): Promise<void> {
  const byKey = root(el).querySelector<HTMLInputElement>(`input[name="cw-${fieldId}"][value="${key}"]`);
  if (!byKey) throw new Error(`No option ${key} for ${fieldId}`);
  byKey.click();
  await settle(el);
}

/** Fills the three boxes of a date. */
export async function enterDate(
  el: CarewayPathway,
  fieldId: string,
  day: string,
  month: string,
  year: string,
): Promise<void> {
  await typeInto(el, `cw-${fieldId}`, day);
  await typeInto(el, `cw-${fieldId}-month`, month);
  await typeInto(el, `cw-${fieldId}-year`, year);
}

/** Resolves with the next event of a type fired by the element. */
export function nextEvent<K extends keyof CarewayEventMap>(
  el: EventTarget,
  type: K,
): Promise<CarewayEventMap[K]> {
  return new Promise((resolve) => {
    el.addEventListener(type, (event) => resolve(event as CarewayEventMap[K]), { once: true });
  });
}

/** Collects every event of the given types fired by the element. */
export function record(el: EventTarget, types: (keyof CarewayEventMap)[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const type of types) el.addEventListener(type, (event) => seen.push(event as CustomEvent));
  return seen;
}

/** A draft store in memory that can be told to answer asynchronously, and that lists its keys. */
export class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly async = false) {}
  keys() {
    return [...this.items.keys()];
  }
  getItem(key: string) {
    const value = this.items.get(key) ?? null;
    return this.async ? Promise.resolve(value) : value;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
    return this.async ? Promise.resolve() : undefined;
  }
  removeItem(key: string) {
    this.items.delete(key);
    return this.async ? Promise.resolve() : undefined;
  }
}

/** Walks the test pathway's first two pages with valid answers, arriving at the info page. */
export async function answerToInfo(
  el: CarewayPathway,
  symptoms: string[] = ['cough', 'fever'],
  severe = false,
): Promise<void> {
  if (!(root(el).querySelector('#cw-age') as HTMLInputElement | null)?.value)
    await typeInto(el, 'cw-age', '40');
  await next(el);
  await enterDate(el, 'onset', '20', '11', '2026');
  for (const s of symptoms) await choose(el, 'symptom_list', s);
  await choose(el, 'sex', 'female');
  await choose(el, 'severe', severe ? 'yes' : 'no');
  await next(el);
}

/** Runs the test pathway to its review page. */
export async function answerToReview(
  el: CarewayPathway,
  symptoms?: string[],
  severe?: boolean,
): Promise<void> {
  await answerToInfo(el, symptoms, severe);
  await next(el); // info page
  await next(el); // details: all optional
}
