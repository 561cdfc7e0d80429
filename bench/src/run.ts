/**
 * `pnpm bench` (here, or at the root after the packages' own benchmarks):
 * Careway against LHC-Forms and SurveyJS on the same generated
 * Questionnaires, in Debian's headless Chromium against pages on 127.0.0.1.
 * Prints one markdown report and writes it to bench/results/latest.md;
 * `--update-readme` also puts it in the root README's Benchmarks section.
 *
 *   CAREWAY_BENCH_SIZES=50,200,1000  CAREWAY_BENCH_RUNS=7  CHROMIUM_PATH=/usr/bin/chromium
 *
 * A missed target is printed, never a failed exit: this is a measurement, not a test.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { type Collected, collect } from './collect.js';
import { CHROMIUM_ARGS } from './measure.js';
import { renderReport } from './report.js';
import { serveSite } from './serve.js';
import {
  BENCH_ROOT,
  buildSite,
  carewayBuiltAt,
  oneBundleBytes,
  RUNTIME_NAMES,
  RUNTIMES,
  type SiteForm,
} from './site.js';

const sizes = (process.env.CAREWAY_BENCH_SIZES ?? '50,200,1000').split(',').map(Number);
const runs = Number(process.env.CAREWAY_BENCH_RUNS ?? 7);
const seed = Number(process.env.CAREWAY_BENCH_SEED ?? 7);
const README = new URL('../../README.md', import.meta.url);
const MARKERS = ['<!-- peer-bench:start -->', '<!-- peer-bench:end -->'] as const;

const log = (line: string) => process.stderr.write(`${line}\n`);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const stamp = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function version(pkg: string): string {
  const json = JSON.parse(readFileSync(`${BENCH_ROOT}node_modules/${pkg}/package.json`, 'utf8')) as {
    version: string;
  };
  return json.version;
}

/** The lines under the tables that explain what was measured and what went wrong. */
function notesOf(got: Collected, forms: SiteForm[], origin: string, load: [number, number], seconds: number) {
  const notes: string[] = [];
  for (const { size, importIssues } of forms) {
    if (importIssues.length)
      notes.push(`Careway's import of the ${size}-item form reported: ${importIssues.join(', ')}.`);
  }
  const sorted = [...got.importMs].sort((a, b) => a - b);
  const importMedian = sorted[Math.floor(sorted.length / 2)];
  notes.push(
    `Careway's figures include fetching the FHIR Questionnaire and importing it in the page with \`importQuestionnaire\`${importMedian === undefined ? '' : ` (median ${importMedian.toFixed(0)} ms at ${Math.max(...sizes).toLocaleString('en-GB')} items)`}; LHC-Forms converts the same FHIR in the page; SurveyJS is given its own JSON, converted beforehand.`,
  );
  const careway = got.files.get('careway') ?? [];
  const gzipOf = (path: string) => kB(careway.find((f) => f.path === path)?.gzip ?? NaN);
  notes.push(
    `Careway's bytes are \`careway.js\` (${gzipOf('/vendor/careway/careway.js')} gzip) plus the page's own bundle of \`importQuestionnaire\` from \`@careway/core\` (${gzipOf('/careway-page.js')}): the single-file build does not export the importer, so the code both need is shipped twice. Built as one file the two would be ${kB(oneBundleBytes().gzip)} gzip.`,
  );
  for (const runtime of RUNTIMES) {
    const where = new Map<string, number>();
    for (const outcome of [...got.csp.values()].map((m) => m.get(runtime))) {
      for (const v of outcome?.violations ?? []) {
        const key = `${v.directive} from \`${v.source.replace(origin, '').replace(/:\d+$/, '')}\``;
        where.set(key, (where.get(key) ?? 0) + 1);
      }
    }
    if (where.size) {
      notes.push(
        `CSP violations of ${RUNTIME_NAMES[runtime]} (all sizes together): ${[...where].map(([k, n]) => `${k} ×${n}`).join(', ')}.`,
      );
    }
    const reached = got.offOrigin.get(runtime);
    if (reached) {
      notes.push(
        `${RUNTIME_NAMES[runtime]} tried to reach ${[...reached].join(', ')} (refused: the pages are served on 127.0.0.1 only).`,
      );
    }
  }
  notes.push(...got.notes);
  notes.push(
    `Load average ${load[0].toFixed(1)} at the start and ${load[1].toFixed(1)} at the end, on ${cpus().length} cores (above ${cpus().length}, other work competed for the CPU: absolute times are then noisy, the interleaved ratios less so).`,
    `This run took ${seconds.toFixed(0)} s. Run it with \`pnpm bench\` at the root (all benchmarks) or \`pnpm --filter @careway/bench bench\` (this table only).`,
  );
  return notes;
}

function updateReadme(report: string): void {
  const readme = readFileSync(README, 'utf8');
  const from = readme.indexOf(MARKERS[0]);
  const to = readme.indexOf(MARKERS[1]);
  if (from < 0 || to < from) {
    log(`README.md has no ${MARKERS.join(' … ')} section; not updated.`);
    return;
  }
  writeFileSync(README, `${readme.slice(0, from + MARKERS[0].length)}\n\n${report}\n${readme.slice(to)}`);
  log('README.md updated.');
}

const started = performance.now();
const loadAtStart = loadavg()[0] ?? NaN;
const date = new Date();
const forms = await buildSite(sizes, seed);
const builtAt = carewayBuiltAt();
const site = await serveSite();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
let got: Collected;
let browserVersion: string;
try {
  browserVersion = browser.version();
  got = await collect(browser, site.origin, forms, runs, log);
} finally {
  await browser.close();
  await site.close();
}

const seconds = (performance.now() - started) / 1000;
const notes = notesOf(got, forms, site.origin, [loadAtStart, loadavg()[0] ?? NaN], seconds);
if (carewayBuiltAt().getTime() !== builtAt.getTime()) {
  notes.unshift(
    `\`careway.js\` was rebuilt during the run (at ${stamp(carewayBuiltAt())}): some loads may have had the newer build.`,
  );
}
const report = renderReport({
  date,
  environment: [
    `Chromium ${browserVersion} (headless), Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}.`,
    `Careway ${version('@careway/elements')} (\`careway.js\` built ${stamp(builtAt)}),`,
    `LHC-Forms \`lforms\` ${version('lforms')}, SurveyJS \`survey-core\` ${version('survey-core')} + \`survey-js-ui\` ${version('survey-js-ui')}.`,
  ],
  sizes,
  runs,
  samples: got.samples,
  files: got.files,
  csp: got.csp,
  notes,
});
console.log(`\n## Careway and its peers\n\n${report}`);
const results = new URL('../results/', import.meta.url);
mkdirSync(results, { recursive: true });
writeFileSync(new URL('latest.md', results), `# Careway and its peers\n\n${report}`);
log('Written to bench/results/latest.md');
if (process.argv.includes('--update-readme')) updateReadme(report);
