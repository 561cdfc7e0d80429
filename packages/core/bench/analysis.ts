/**
 * Analysis benchmark: `analyze` on generated pathways of 100, 500 and 1,000
 * nodes, on every example pathway in `pathways/`, and on a pathway built to
 * make the answer space explode (sixteen optional multiple-choice questions
 * read together through `answered(…)`), each in a process of its own so that
 * its peak memory can be read. Time is the median of several runs after a
 * warm-up (scenarios left out, so that the figure is the analysis alone);
 * memory is the process's peak resident set, which includes Node itself
 * (about 50 MB). Prints a markdown table.
 *
 *   cd packages/core && npx tsx bench/analysis.ts      (or: pnpm bench)
 *
 * Targets: the 500-node pathway fully analysed (budget not exhausted) in
 * under 1 s; every example fully analysed; every case's peak under 1 GB, the
 * exploding one included, which must stop at its budget and say so. (The
 * peak is the garbage collector's high-water mark over six runs; what one
 * analysis keeps is far less: about 160 MB for the 1,000-node pathway.)
 */
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analysis/index.js';
import type { Pathway } from '../src/engine/doc.js';
import { generatePathway } from '../src/engine/generate.js';
import { explodingPathway } from '../src/analysis/stress-pathway.js';

const TODAY = '2026-01-01';
const RUNS = 5;
const MEMORY_LIMIT_MB = 1024;
const examplesDir = new URL('../../../pathways/', import.meta.url);

interface Row {
  name: string;
  nodes: number;
  edges: number;
  ms: number;
  exhausted: boolean;
  states: number;
  explored: number;
  findings: number;
  peakMb: number;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function cases(): string[] {
  const examples = readdirSync(fileURLToPath(examplesDir))
    .filter((f) => f.endsWith('.json'))
    .sort();
  return [
    'generated:100',
    'generated:500',
    'generated:1000',
    ...examples.map((f) => `example:${f}`),
    'exploding',
  ];
}

function pathwayOf(name: string): Pathway {
  if (name.startsWith('generated:'))
    return generatePathway({ nodes: Number(name.slice(10)), seed: 3, safe: true });
  if (name.startsWith('example:'))
    return JSON.parse(readFileSync(new URL(name.slice(8), examplesDir), 'utf8')) as Pathway;
  return explodingPathway(16);
}

/** Runs one case in this process and returns its row (peak memory read by the parent). */
function measure(name: string): Omit<Row, 'peakMb'> {
  const pathway = pathwayOf(name);
  const run = () => analyze(pathway, { today: TODAY, scenarios: false });
  let last = run();
  const times: number[] = [];
  const runs = name === 'exploding' ? 1 : RUNS;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = run();
    times.push(performance.now() - started);
  }
  return {
    name,
    nodes: pathway.nodes.length,
    edges: pathway.edges.length,
    ms: median(times),
    exhausted: last.budget.exhausted,
    states: last.budget.states,
    explored: last.budget.explored,
    findings: last.findings.length,
  };
}

function inChild(name: string): Promise<Row> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--case', name], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (row) => resolve(row as Row));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${name}: the benchmark process ended with code ${code}`));
    });
  });
}

const at = process.argv.indexOf('--case');
if (at >= 0) {
  const row = measure(process.argv[at + 1] ?? '');
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.send?.({ ...row, peakMb });
} else {
  const rows: Row[] = [];
  for (const name of cases()) rows.push(await inChild(name));
  console.log(
    `Careway analysis benchmark — Node ${process.version}, median of ${RUNS} runs after a warm-up\n`,
  );
  console.log(
    '| pathway | nodes | edges | analyse (median) | peak memory | fully explored | abstract states | evaluation steps | findings |',
  );
  console.log('|---|---:|---:|---:|---:|---|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.nodes} | ${r.edges} | ${r.ms.toFixed(0)} ms | ${r.peakMb.toFixed(0)} MB | ${r.exhausted ? 'no (budget ran out)' : 'yes'} | ${r.states} | ${r.explored} | ${r.findings} |`,
    );
  }
  const mid = rows.find((r) => r.name === 'generated:500');
  const examples = rows.filter((r) => r.name.startsWith('example:'));
  const explode = rows.find((r) => r.name === 'exploding');
  const checks = [
    {
      what: 'the 500-node pathway fully analysed in under 1 s',
      ok: mid !== undefined && mid.ms < 1000 && !mid.exhausted,
      figure: mid
        ? `${mid.ms.toFixed(0)} ms, ${mid.exhausted ? 'budget exhausted' : 'fully explored'}`
        : 'not run',
    },
    {
      what: 'every example pathway fully analysed',
      ok: examples.length > 0 && examples.every((r) => !r.exhausted),
      figure: `${examples.filter((r) => !r.exhausted).length} of ${examples.length}`,
    },
    {
      what: `every case within ${MEMORY_LIMIT_MB} MB`,
      ok: rows.every((r) => r.peakMb < MEMORY_LIMIT_MB),
      figure: `largest ${Math.max(...rows.map((r) => r.peakMb)).toFixed(0)} MB`,
    },
    {
      what: 'the exploding pathway stops at its budget and says so',
      ok: explode !== undefined && explode.exhausted && explode.explored <= 200_000,
      figure: explode ? `${explode.explored} steps in ${explode.ms.toFixed(0)} ms` : 'not run',
    },
  ];
  console.log('');
  for (const c of checks) console.log(`Target (${c.what}): ${c.ok ? 'met' : 'MISSED'} (${c.figure}).`);
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}
