/**
 * The Trusted Types page's script: loads Careway's single-file builds the way a set-up does (alone,
 * after the host's own Lit, two versions side by side, or both; `refused`: the host's Lit and
 * careway.js under a policy that leaves Careway's name out), runs a pathway in each element, and
 * reports to the test what rendered, what was reported and what the policy refused.
 */
import type * as Careway from '../index.js';
import type { Violation } from './csp-listen.js';

type Module = typeof Careway;
/** What an element shows: its page heading, or its text and the role and part of what holds it. */
interface ShownReport {
  heading?: string;
  shown: string;
  role?: string | null;
  part?: string | null;
}

type Shown = HTMLElement & { pathway?: unknown; outcome?: unknown; updateComplete: Promise<boolean> };

/** Careway's single-file builds, built from the current source by the test server. */
const BUILDS = '/__careway__/single-file/';

const violations = (globalThis as { __carewayViolations?: Violation[] }).__carewayViolations ?? [];
const setup = new URLSearchParams(location.search).get('setup') ?? '';
const errors: { tag: string; code: string; message: string }[] = [];
document.addEventListener('careway-error', (event) => {
  const { code, message } = (event as CustomEvent<{ code: string; message: string }>).detail;
  errors.push({ tag: (event.target as Element).localName, code, message });
});
const consoleErrors: string[] = [];
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};

const load = (file: string) => import(/* @vite-ignore */ `${BUILDS}${file}`) as Promise<Module>;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits, up to two seconds, until the element shows something. */
async function shows(el: Shown): Promise<void> {
  for (let i = 0; i < 40 && !el.shadowRoot?.textContent?.trim(); i += 1) await wait(50);
}

/**
 * Runs the pathway in one element; returns its first page's heading, or the text it shows instead
 * and the role and part of what shows it.
 */
async function show(el: Shown, pathway: unknown): Promise<ShownReport> {
  el.pathway = structuredClone(pathway);
  await el.updateComplete;
  await shows(el);
  return shown(el);
}

function shown(el: Shown): ShownReport {
  const heading = el.shadowRoot?.querySelector('[data-heading]')?.textContent?.trim();
  const text = (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (heading !== undefined) return { heading, shown: text };
  const first = el.shadowRoot?.firstElementChild;
  return {
    shown: text,
    role: first?.getAttribute('role') ?? null,
    part: first?.getAttribute('part') ?? null,
  };
}

async function run(): Promise<Record<string, unknown>> {
  const pathway = (await (await fetch(new URL('./element-test.json', import.meta.url))).json()) as unknown;
  let hostLit: string | undefined;
  if (setup === 'lit-host' || setup === 'lit-host-two-versions' || setup === 'refused') {
    // The host's own Lit, loaded first: it creates its policy, `lit-html`, as any Lit page does.
    const { renderHostLit } = await import('./trusted-types-host-lit.js');
    hostLit = await renderHostLit(document.getElementById('host-lit') as HTMLElement);
  }
  const v1 = await load('careway.js');
  const report: Record<string, unknown> = { setup, hostLit, v1Version: v1.VERSION };
  report.v1 = await show(document.getElementById('v1') as Shown, pathway);
  if (setup === 'refused') {
    // A care card on its own, given an outcome, says so too.
    const card = document.createElement('careway-care-card') as Shown;
    document.querySelector('main')?.append(card);
    card.outcome = (pathway as { nodes: { kind: string }[] }).nodes.find((n) => n.kind === 'outcome');
    await card.updateComplete;
    await shows(card);
    report.card = shown(card);
  }
  if (setup === 'two-versions' || setup === 'lit-host-two-versions') {
    const v2 = await load('careway-scoped.js');
    report.v2Define = v2.defineCareway({ prefix: 'careway-v2' });
    report.v2Separate = customElements.get('careway-v2-pathway') !== customElements.get('careway-pathway');
    report.v2 = await show(document.getElementById('v2') as Shown, pathway);
  }
  await wait(100);
  report.violations = violations.map((v) => ({ directive: v.directive, sample: v.sample }));
  report.errors = errors;
  report.consoleErrors = consoleErrors.filter((e) => e.includes('[careway]'));
  return report;
}

run().then(
  (report) => parent.postMessage({ careway: 'trusted-types-report', report }, '*'),
  (error: unknown) =>
    parent.postMessage({ careway: 'trusted-types-report', report: { setup, failed: String(error) } }, '*'),
);
