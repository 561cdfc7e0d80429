// `pnpm --filter @careway/designer bench`: opens a generated 500-node pathway in
// the built designer app (served by `vite preview`) in Debian's Chromium, and
// prints the time until it is drawn (its nodes painted and measured) and
// interactive, the frame times while a node is dragged (checking that it
// moved), and the time of an auto-layout. Exits with 1 when a target is
// missed: open → interactive under 2000 ms, drag p95 frame time at most 33 ms.
// These are benchmark figures, not tests.
/* global window, document, requestAnimationFrame */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { generatePathway } from './generate.mjs';
import { chromiumArgs } from '../../../scripts/chromium.mjs';

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
const TARGET_INTERACTIVE_MS = 2000;
const TARGET_DRAG_P95_MS = 33;

/** Resolves after the browser has painted twice: what was rendered is on screen. */
const painted = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The flow position of a node, from its transform (`translate(x px, y px)`). */
const positionOf = (page, id) =>
  page.evaluate((nodeId) => {
    const el = document.querySelector(`.react-flow__node[data-id="${nodeId}"]`);
    const m = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(el?.style.transform ?? '');
    return m ? { x: Number(m[1]), y: Number(m[2]) } : undefined;
  }, id);

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
  args: chromiumArgs,
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
  // Drawn: the new pathway's nodes are in the page, measured (React Flow hides a node until then) and painted.
  await page.waitForFunction(
    (title) => {
      const picked = document
        .querySelector('.cw-workspace__bar select')
        ?.selectedOptions[0]?.textContent?.startsWith(title);
      const nodes = [...document.querySelectorAll('.react-flow__node')];
      return (
        picked &&
        document.querySelector('.react-flow__node[data-id="step-0"]') !== null &&
        nodes.length > 0 &&
        nodes.every((n) => n.style.visibility !== 'hidden' && n.getBoundingClientRect().width > 0)
      );
    },
    pathway.title,
    { polling: 'raf', timeout: 60_000 },
  );
  await painted(page);
  const drawn = Date.now() - t0;
  const node = page.locator('.react-flow__node[data-id="step-0"]');
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await node.click({ force: true });
  await page.locator('#cw-node-heading', { hasText: 'Questions 1' }).waitFor();
  const interactive = Date.now() - t0;

  // Frame the node to drag, so that it is big enough to take hold of.
  await page.getByRole('searchbox', { name: 'Find a node or question' }).fill('Questions 1');
  await page.locator('.cw-search__results button', { hasText: /^Questions 1 \(step\)$/ }).click();
  await page.waitForTimeout(600);
  await painted(page);
  const box = await node.boundingBox();
  if (!box) throw new Error('step-0 is not on screen');
  const before = await positionOf(page, 'step-0');
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
  await painted(page);
  const after = await positionOf(page, 'step-0');
  const moved = before && after ? Math.hypot(after.x - before.x, after.y - before.y) : 0;

  const t1 = Date.now();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await page.waitForFunction(() => document.body.textContent?.includes('Diagram arranged'), undefined, {
    timeout: 60_000,
  });
  const layout = Date.now() - t1;

  console.log(
    `\nCareway designer benchmark (${pathway.nodes.length} nodes, ${pathway.edges.length} edges, Chromium headless)`,
  );
  console.log(`  open file → drawn           ${ms(drawn)}   (nodes painted and measured)`);
  console.log(`  open file → interactive     ${ms(interactive)}   (target < ${TARGET_INTERACTIVE_MS} ms)`);
  console.log(
    `  drag frames                 n=${drag.n} median ${ms(drag.median)}, p95 ${ms(drag.p95)}, max ${ms(drag.max)}   (target p95 ≤ ${TARGET_DRAG_P95_MS} ms)`,
  );
  console.log(`  frames over 50 ms           ${frames.filter((f) => f > 50).length}`);
  console.log(`  node moved by the drag      ${moved.toFixed(0)} px (flow units)`);
  console.log(`  auto-layout (ELK, worker)   ${ms(layout)}`);
  const missed = [
    moved < 50 && `the dragged node did not move (${moved.toFixed(0)} px)`,
    interactive >= TARGET_INTERACTIVE_MS && `open → interactive took ${ms(interactive)}`,
    !(drag.p95 <= TARGET_DRAG_P95_MS) && `drag p95 frame time was ${ms(drag.p95)}`,
  ].filter(Boolean);
  if (missed.length) {
    console.log(`\nTargets missed: ${missed.join('; ')}.`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
