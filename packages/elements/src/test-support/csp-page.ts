/**
 * The strict-CSP page's script: runs Careway (from `src` with integrity, and
 * from a property) through every kind of page, then reports to the test.
 */
import '../define.js';
import type { CarewayPathway } from '../components/careway-pathway/careway-pathway.js';
import type { Violation } from './csp-listen.js';

const violations = (globalThis as { __carewayViolations?: Violation[] }).__carewayViolations ?? [];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function shadow(el: CarewayPathway): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

async function press(el: CarewayPathway, selector = '.page .button:not(.button--secondary)'): Promise<void> {
  shadow(el).querySelector<HTMLElement>(selector)?.click();
  await el.updateComplete;
}

async function type(el: CarewayPathway, id: string, value: string): Promise<void> {
  const input = shadow(el).getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function pick(el: CarewayPathway, name: string, value: string): Promise<void> {
  shadow(el).querySelector<HTMLElement>(`input[name="cw-${name}"][value="${value}"]`)?.click();
  await el.updateComplete;
}

async function run(): Promise<Record<string, unknown>> {
  const url = new URL('./element-test.json', import.meta.url).href;
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const bySrc = document.getElementById('by-src') as CarewayPathway;
  bySrc.integrity = `sha256-${btoa(String.fromCharCode(...digest))}`;
  bySrc.src = url;
  await bySrc.updateComplete;
  const srcHeading = shadow(bySrc).querySelector('[data-heading]')?.textContent?.trim();

  const el = document.getElementById('by-property') as CarewayPathway;
  el.pathway = JSON.parse(new TextDecoder().decode(bytes)) as CarewayPathway['pathway'];
  el.context = { age: 40, sex: 'female' };
  await el.updateComplete;
  await press(el);
  await press(el); // nothing answered: the error summary
  const summaryShown = shadow(el).querySelector('[data-error-summary]') !== null;
  await type(el, 'cw-onset', '20');
  await type(el, 'cw-onset-month', '11');
  await type(el, 'cw-onset-year', '2026');
  await pick(el, 'symptom_list', 'cough');
  await pick(el, 'symptom_list', 'fever');
  await pick(el, 'severe', 'no');
  el.lang = 'cy';
  await el.updateComplete;
  el.lang = 'en-GB';
  await el.updateComplete;
  await press(el); // → info
  await press(el); // → details
  const png = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
    (c) => c.charCodeAt(0),
  );
  const transfer = new DataTransfer();
  transfer.items.add(new File([png], 'rash.png', { type: 'image/png' }));
  const file = shadow(el).getElementById('cw-photos') as HTMLInputElement;
  file.files = transfer.files;
  file.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await press(el); // → review
  await press(el); // → outcome
  el.layout = 'compact';
  await el.updateComplete;
  await wait(100);
  const before = violations.length;

  // The canary: an inline style must be refused, proving the policy is really in force.
  const style = document.createElement('style');
  style.textContent = 'body { color: red; }';
  document.head.append(style);
  await wait(100);
  return {
    srcHeading,
    summaryShown,
    outcome: el.value?.outcome.id ?? null,
    careCard: shadow(el).querySelector('.care-card') !== null,
    violations: violations.slice(0, before),
    canary: violations.length - before,
  };
}

run().then(
  (report) => parent.postMessage({ careway: 'csp-report', report }, '*'),
  (error: unknown) => parent.postMessage({ careway: 'csp-report', report: { failed: String(error) } }, '*'),
);
