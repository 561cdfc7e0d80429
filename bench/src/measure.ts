/**
 * One page load of one runtime in a fresh browser context: bytes shipped
 * (from the network), navigation → rendered, JS heap after a forced GC, a
 * real click on a gate → its chain shown, and CSP violations.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { BenchState, Timing, Violation } from './pages/harness.js';
import type { Runtime } from './site.js';
import type { GeneratedForm } from './generate.js';
import { chromiumArgs } from '../../scripts/chromium.mjs';

/** Chromium's flags for the benchmark: the workspace's own (no sandbox, no GPU, nothing in the background). */
export const CHROMIUM_ARGS = chromiumArgs;

/** One file the page loaded. */
export interface ShippedFile {
  path: string;
  kind: 'js' | 'css' | 'other';
  raw: number;
  gzip: number;
}

/** What one load measured. */
export interface LoadResult {
  rendered: Timing;
  toggle: Timing;
  heapBytes: number;
  files: ShippedFile[];
  violations: Violation[];
  /** Requests the page made off 127.0.0.1 (refused). */
  offOrigin: string[];
  notes: Record<string, number | string>;
  /** Under CSP: whether an inline style was refused, proving the policy in force. */
  canaryRefused?: boolean;
}

/** A load that failed, with the CSP violations the page had seen by then. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly violations: Violation[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** How a load is made. */
export interface LoadOptions {
  origin: string;
  runtime: Runtime;
  size: number;
  form: GeneratedForm;
  csp: boolean;
  timeoutMs: number;
}

const INSTRUMENTATION = new Set(['/harness.js']);

function kindOf(resourceType: string): ShippedFile['kind'] | undefined {
  if (resourceType === 'script') return 'js';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'document' || resourceType === 'fetch' || resourceType === 'xhr') return undefined;
  return 'other';
}

type Readable = 'violations' | 'rendered' | 'toggle' | 'error' | 'notes';

async function state<K extends Readable>(page: Page, key: K): Promise<BenchState[K]> {
  return (await page.evaluate((k: Readable) => globalThis.__bench[k], key)) as BenchState[K];
}

async function waitForState(page: Page, key: 'rendered' | 'toggle', timeoutMs: number): Promise<Timing> {
  try {
    await page.waitForFunction(
      (k) => globalThis.__bench?.[k] !== undefined || globalThis.__bench?.error,
      key,
      {
        timeout: timeoutMs,
        polling: 50,
      },
    );
  } catch (error) {
    throw new Error(`no ${key} within ${timeoutMs} ms`, { cause: error });
  }
  const error = await state(page, 'error');
  if (error) throw new Error(`the page reported: ${error}`);
  return (await state(page, key)) as Timing;
}

async function canary(page: Page): Promise<boolean> {
  const before = (await state(page, 'violations')).length;
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'main { outline: 1px solid red }';
    document.head.append(style);
  });
  try {
    await page.waitForFunction((n) => globalThis.__bench.violations.length > n, before, { timeout: 2000 });
    return true;
  } catch {
    return false;
  }
}

/** Collects every JS, CSS and other file the page receives, with its gzip size. */
function watchFiles(page: Page): () => Promise<ShippedFile[]> {
  const files: Promise<ShippedFile | undefined>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    const kind = kindOf(response.request().resourceType());
    if (!kind || INSTRUMENTATION.has(path)) return;
    files.push(
      response.body().then(
        (body) => ({ path, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
        () => undefined,
      ),
    );
  });
  return async () => (await Promise.all(files)).filter((f): f is ShippedFile => f !== undefined);
}

/** The page's JS heap in bytes, after two forced garbage collections. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return heap.usedSize;
}

/** Clicks "Yes" on the toggled chain's gate, as a user would, and times the chain's first item showing. */
async function clickGate(
  page: Page,
  runtime: Runtime,
  form: GeneratedForm,
  timeoutMs: number,
): Promise<Timing> {
  const { gate, items } = form.toggled;
  const target = items[0] ?? '';
  const yes = await page.evaluateHandle((linkId) => {
    const labels = [...(globalThis.__bench.find(linkId)?.querySelectorAll('label') ?? [])];
    return labels.find((l) => l.textContent?.trim() === 'Yes') ?? null;
  }, gate);
  const label = yes.asElement();
  if (!label) throw new Error(`${runtime}: no "Yes" label on gate ${gate}`);
  const shownBefore = await page.evaluate((linkId) => {
    const node = globalThis.__bench.find(linkId);
    return node !== null && node.checkVisibility();
  }, target);
  if (shownBefore) throw new Error(`${runtime}: ${target} is shown before its gate ${gate} is answered`);
  await page.evaluate((linkId) => globalThis.__bench.armToggle(linkId), target);
  await label.click();
  return waitForState(page, 'toggle', timeoutMs);
}

async function measurePage(page: Page, options: LoadOptions): Promise<LoadResult> {
  const { origin, runtime, size, form, csp, timeoutMs } = options;
  const offOrigin: string[] = [];
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      offOrigin.push(route.request().url());
      return route.abort();
    },
  );
  const files = watchFiles(page);
  const query = new URLSearchParams({ n: String(size), last: form.last, ...(csp ? { csp: '1' } : {}) });
  await page.goto(`${origin}/${runtime}.html?${query}`, { waitUntil: 'commit' });
  const rendered = await waitForState(page, 'rendered', timeoutMs);
  const heapBytes = await heapAfterGc(page);
  const toggle = await clickGate(page, runtime, form, timeoutMs);
  const violations = await state(page, 'violations');
  const canaryRefused = csp ? await canary(page) : undefined;
  return {
    rendered,
    toggle,
    heapBytes,
    files: await files(),
    violations,
    offOrigin,
    notes: await state(page, 'notes'),
    ...(canaryRefused === undefined ? {} : { canaryRefused }),
  };
}

/** Loads `runtime`'s page once in a fresh browser context and measures it. */
export async function measureLoad(browser: Browser, options: LoadOptions): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    return await measurePage(page, options).catch(async (error: unknown) => {
      const violations = await state(page, 'violations').catch((): Violation[] => []);
      throw new LoadError(error instanceof Error ? error.message : String(error), violations, {
        cause: error,
      });
    });
  } finally {
    await context.close();
  }
}
