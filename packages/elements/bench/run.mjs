// `pnpm --filter @careway/elements bench`: in Chromium (Debian's, via playwright-core), time
// to the first rendered question and from an answer to the updated screen, for generated
// pathways of about 50, 200 and 1,000 questions. Prints medians as a markdown table.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../../scripts/chromium.mjs';

const sizes = (process.env.CAREWAY_BENCH_SIZES ?? '50,200,1000').split(',').map(Number);
const runs = Number(process.env.CAREWAY_BENCH_RUNS ?? 15);
const root = fileURLToPath(new URL('..', import.meta.url));

async function bundle() {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['@careway/source'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      lib: {
        entry: fileURLToPath(new URL('./page.ts', import.meta.url)),
        formats: ['es'],
        fileName: () => 'page.js',
      },
    },
  });
  const chunk = (Array.isArray(output) ? output[0] : output).output.find((o) => o.type === 'chunk');
  return chunk.code;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const code = await bundle();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage();
  await page.route('http://careway.bench/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/page.js') return route.fulfill({ contentType: 'text/javascript', body: code });
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en-GB"><body><script type="module" src="/page.js"></script></body></html>',
    });
  });
  page.on('pageerror', (error) => console.error(error));
  await page.goto('http://careway.bench/');
  await page.waitForFunction(() => 'carewayBench' in globalThis);
  const rows = [];
  for (const size of sizes) {
    // A warm-up run first, so that the figures are of the steady state.
    await page.evaluate((n) => globalThis.carewayBench(n, 2), size);
    const r = await page.evaluate(([n, k]) => globalThis.carewayBench(n, k), [size, runs]);
    const ms = (values) => `${median(values).toFixed(1)} ms`;
    rows.push(
      `| ${r.fields} | ${r.nodes} | ${ms(r.first)} | ${ms(r.firstPaint)} | ${ms(r.answer)} | ${ms(r.answerPaint)} | ${r.first.length} / ${r.answer.length} |`,
    );
  }
  console.log(`Chromium ${browser.version()}, ${runs} runs each, medians\n`);
  console.log(
    '"DOM" is until the element has updated its shadow DOM; "painted" adds the wait for the next frame.\n',
  );
  console.log(
    '| questions | nodes | first question: DOM | first question: painted | answer → screen: DOM | answer → screen: painted | samples (first / answers) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
} finally {
  await browser.close();
}
