/**
 * Usage benchmark: `summariseUsage` over 100,000 synthetic usage records of
 * an example pathway. The records are made first with `syntheticUsage` (the
 * real engine walking the pathway; its time is shown but is not the figure),
 * then summarised once cold and RUNS more times; the figure is the median of
 * those runs. Prints a markdown table.
 *
 *   cd packages/core && npx tsx bench/usage.ts      (or: pnpm bench)
 *
 * Target: 100,000 records summarised in under 1 s (median). A missed target
 * sets a non-zero exit code.
 */
import { readFileSync } from 'node:fs';
import { parsePathway } from '../src/schema/index.js';
import { summariseUsage, syntheticUsage } from '../src/usage/index.js';

const RECORDS = 100_000;
const RUNS = 7;
const TARGET_MS = 1_000;
const FILE = 'suspected-dvt.json';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const count = (n: number) => n.toLocaleString('en-GB');

const pathway = parsePathway(
  JSON.parse(readFileSync(new URL(`../../../pathways/${FILE}`, import.meta.url), 'utf8')) as unknown,
);

const made = performance.now();
const records = syntheticUsage(pathway, { sessions: RECORDS, seed: 1 });
const generation = performance.now() - made;
const visits = records.reduce((n, r) => n + r.visits.length, 0);
const edges = records.reduce((n, r) => n + r.edges.length, 0);

const cold = performance.now();
let summary = summariseUsage(pathway, records);
const first = performance.now() - cold;
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  summary = summariseUsage(pathway, records);
  times.push(performance.now() - started);
}
const figure = median(times);
const met = summary.sessions === RECORDS && figure < TARGET_MS;

console.log(
  `Careway usage benchmark — Node ${process.version}, ${FILE}, median of ${RUNS} runs after a cold run\n`,
);
console.log(
  '| records | visits | edges taken | summarise (median) | fastest | slowest | cold run | records/s |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
console.log(
  `| ${count(RECORDS)} | ${count(visits)} | ${count(edges)} | ${ms(figure)} | ${ms(Math.min(...times))} | ${ms(
    Math.max(...times),
  )} | ${ms(first)} | ${count(Math.round(RECORDS / (figure / 1000)))} |`,
);
console.log(
  `\nSynthetic records generated in ${(generation / 1000).toFixed(1)} s (not part of the figure): ` +
    `${count(summary.status.completed)} completed, ${count(summary.status.abandoned)} abandoned, ` +
    `${count(summary.status.inProgress)} in progress, ${count(summary.resumed)} resumed.`,
);
console.log(`\nTarget (100,000 records in under 1 s): ${met ? 'met' : 'MISSED'}`);
if (!met) process.exitCode = 1;
