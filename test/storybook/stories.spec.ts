// One test per entry of both Storybooks' index.json (the root one: designer
// and docs; the elements' one under /lit). A story must render, finish its
// play function, log no console error (other than those it declares in
// `parameters.smoke.expectedConsoleErrors`) and pass axe's WCAG 2.x A and AA
// rules; a docs page must render with no console error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test as base, type ConsoleMessage, type Page, type Response } from '@playwright/test';
import { axeViolations } from '../e2e/support.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const staticDir = join(repo, 'storybook-static');

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

interface SmokeState {
  finished: { status: string; reporters: { type: string; status: string }[] } | null;
  docsRendered: boolean;
  errors: string[];
}

declare global {
  interface Window {
    __carewaySmoke?: SmokeState;
  }
}

// One page per worker, reused from story to story, so that the browser's
// cache keeps Storybook's scripts warm; every story still gets a fresh load.
const test = base.extend<object, { storyPage: Page }>({
  storyPage: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, baseURL } = workerInfo.project.use;
      const context = await browser.newContext({
        ...(viewport ? { viewport } : {}),
        ...(baseURL ? { baseURL } : {}),
      });
      const page = await context.newPage();
      await page.addInitScript(listenToStorybook);
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const storybooks = [
  { label: 'Storybook', dir: '' },
  { label: 'Elements Storybook', dir: 'lit/' },
];

function mdxUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? mdxUnder(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : [],
  );
}

function entriesOf(dir: string): IndexEntry[] | undefined {
  const file = join(staticDir, dir, 'index.json');
  if (!existsSync(file)) return undefined;
  const index = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries);
}

/** Listens on Storybook's channel from the moment the preview creates it. */
function listenToStorybook() {
  // Each story starts with no saved drafts; frames inside a story share its storage.
  if (window === window.top) localStorage.clear();
  const state: SmokeState = { finished: null, docsRendered: false, errors: [] };
  window.__carewaySmoke = state;
  let channel: unknown;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: { on(event: string, listener: (detail: unknown) => void): void }) {
      channel = value;
      value.on('storyFinished', (detail) => {
        state.finished = detail as SmokeState['finished'];
      });
      value.on('docsRendered', () => {
        state.docsRendered = true;
      });
      for (const event of [
        'storyErrored',
        'storyThrewException',
        'playFunctionThrewException',
        'unhandledErrorsWhilePlaying',
        'storyMissing',
      ]) {
        value.on(event, (detail) => state.errors.push(`${event}: ${JSON.stringify(detail)}`));
      }
    },
  });
}

/** Collects the page's console errors, uncaught exceptions and failed loads until `stop()`. */
function collectErrors(page: Page): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  };
  const onPageError = (error: Error) => errors.push(`uncaught: ${error.message}`);
  // Chromium's "Failed to load resource" names no URL; this does.
  const onResponse = (response: Response) => {
    if (response.status() >= 400)
      errors.push(`Failed to load resource: HTTP ${response.status()} ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  return {
    errors,
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('response', onResponse);
    },
  };
}

for (const { label, dir } of storybooks) {
  const entries = entriesOf(dir);
  test.describe(label, () => {
    if (!entries) {
      test('is built', () => {
        throw new Error(`No ${join(staticDir, dir, 'index.json')}: run \`pnpm build-storybook\` first.`);
      });
      return;
    }
    test('has stories', () => {
      expect(entries.filter((e) => e.type === 'story').length).toBeGreaterThan(0);
    });
    if (dir === '') {
      test('every link between docs pages names a page that exists', () => {
        const pages = new Set(entries.map((e) => e.id));
        const docs = join(repo, 'docs', 'storybook');
        const sources = [join(docs, 'Guide.tsx'), ...mdxUnder(docs)].map((f) => readFileSync(f, 'utf8'));
        const linked = new Set(
          sources.flatMap((text) => [...text.matchAll(/[a-z0-9-]+--docs/g)].map((m) => m[0])),
        );
        expect([...linked].filter((id) => !pages.has(id))).toEqual([]);
      });
    }

    for (const entry of entries) {
      test(`${entry.type === 'docs' ? 'docs' : 'story'}: ${entry.title} › ${entry.name}`, async ({
        storyPage: page,
      }) => {
        const { errors, stop } = collectErrors(page);
        try {
          await visit(page, dir, entry, errors);
        } finally {
          stop();
        }
      });
    }
  });
}

async function visit(page: Page, dir: string, entry: IndexEntry, errors: string[]): Promise<void> {
  await page.goto(
    `${dir}iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}&globals=a11y.manual:!true`,
  );

  if (entry.type === 'docs') {
    await page.waitForFunction(
      () => window.__carewaySmoke?.docsRendered || window.__carewaySmoke?.errors.length,
      null,
      {
        timeout: 20_000,
      },
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => window.__carewaySmoke);
    expect(state?.errors ?? [], 'Storybook reported errors').toEqual([]);
    await expect(page.locator('#storybook-docs')).not.toBeEmpty();
    expect(errors, 'console errors').toEqual([]);
    return;
  }

  await page.waitForFunction(
    () => window.__carewaySmoke?.finished || window.__carewaySmoke?.errors.length,
    null,
    {
      timeout: 20_000,
    },
  );
  const state = await page.evaluate(() => window.__carewaySmoke);
  expect(state?.errors ?? [], 'Storybook reported errors').toEqual([]);
  const failedReports = (state?.finished?.reporters ?? []).filter(
    (r) => r.status === 'failed' && r.type !== 'a11y',
  );
  expect(failedReports, 'failed test reports').toEqual([]);
  expect(await page.locator('#storybook-root > *').count(), 'something rendered').toBeGreaterThan(0);

  const expected = await page.evaluate(() => {
    const preview = (window as unknown as Record<string, unknown>).__STORYBOOK_PREVIEW__ as
      | { currentRender?: { story?: { parameters?: { smoke?: { expectedConsoleErrors?: string[] } } } } }
      | undefined;
    return preview?.currentRender?.story?.parameters?.smoke?.expectedConsoleErrors ?? [];
  });
  expect(
    errors.filter((text) => !expected.some((allowed) => text.includes(allowed))),
    'console errors',
  ).toEqual([]);
  expect(await axeViolations(page, '#storybook-root'), 'axe: WCAG 2.x A and AA').toEqual([]);
}
