// `pnpm --filter @careway/designer bench`: opens a generated 500-node pathway in
// the built designer app (served by `vite preview`) in Debian's Chromium, and
// prints the time until it is drawn and interactive, the frame times while a
// node is dragged, and the time of an auto-layout.
/* global window, document, requestAnimationFrame */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { generatePathway } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const app = resolve(here, '../../../apps/designer');
const port = Number(process.env.BENCH_PORT ?? 4183);
const url = `http://127.0.0.1:${port}/`;
const size = Number(process.env.BENCH_NODES ?? 500);

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}
const ms = (v) => `${v.toFixed(1)} ms`;

async function waitForServer() {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

if (!existsSync(join(app, 'dist/index.html')) || process.env.BENCH_BUILD === '1') {
  console.log('Building the designer app…');
  const exec = process.env.npm_execpath;
  const [cmd, pre] = exec && /\.c?js$/.test(exec) ? [process.execPath, [exec]] : [exec ?? 'pnpm', []];
  const built = spawnSync(cmd, [...pre, '--filter', '@careway/designer-app', 'build'], {
    stdio: 'inherit',
    cwd: resolve(here, '../../..'),
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const server = spawn(
  join(app, 'node_modules/.bin/vite'),
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: app, stdio: 'ignore' },
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
try {
  await waitForServer();
  const file = join(mkdtempSync(join(tmpdir(), 'careway-bench-')), `generated-${size}.json`);
  const pathway = generatePathway(size);
  writeFileSync(file, JSON.stringify(pathway));
  const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor();

  const t0 = Date.now();
  await page.setInputFiles('[data-testid="open-file"]', file);
  await page.waitForFunction(
    (title) =>
      document
        .querySelector('.cw-workspace__bar select')
        ?.selectedOptions[0]?.textContent?.startsWith(title) &&
      document.querySelectorAll('.react-flow__node').length > 0,
    pathway.title,
  );
  const drawn = Date.now() - t0;
  const node = page.locator('.react-flow__node[data-id="step-0"]');
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await node.click({ force: true });
  await page.locator('#cw-node-heading', { hasText: 'Questions 1' }).waitFor();
  const interactive = Date.now() - t0;

  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await page.waitForTimeout(500);
  const box = await node.boundingBox();
  if (!box) throw new Error('step-0 is not on screen');
  await page.evaluate(() => {
    const w = window;
    w.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(tick);
    };
    w.__recording = true;
    requestAnimationFrame(tick);
  });
  await page.mouse.move(box.x + box.width / 2, box.y + 10);
  await page.mouse.down();
  for (let i = 1; i <= 120; i += 1) {
    await page.mouse.move(box.x + box.width / 2 + i * 3, box.y + 10 + i * 2);
    await page.waitForTimeout(8);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  });
  const drag = stats(frames);

  const t1 = Date.now();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await page.waitForFunction(() => document.body.textContent?.includes('Diagram arranged'), undefined, {
    timeout: 60_000,
  });
  const layout = Date.now() - t1;

  console.log(
    `\nCareway designer benchmark (${pathway.nodes.length} nodes, ${pathway.edges.length} edges, Chromium headless)`,
  );
  console.log(`  open file → drawn           ${ms(drawn)}`);
  console.log(`  open file → interactive     ${ms(interactive)}   (target < 2000 ms)`);
  console.log(
    `  drag frames                 n=${drag.n} median ${ms(drag.median)}, p95 ${ms(drag.p95)}, max ${ms(drag.max)}`,
  );
  console.log(`  frames over 50 ms           ${frames.filter((f) => f > 50).length}`);
  console.log(`  auto-layout (ELK, worker)   ${ms(layout)}`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
