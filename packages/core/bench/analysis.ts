/**
 * Analysis benchmark: `analyze` on generated pathways of 100, 500 and 1,000
 * nodes (scenarios left out, so that the figure is the analysis alone), each
 * the median of several runs after a warm-up. Prints a markdown table.
 *
 *   cd packages/core && npx tsx bench/analysis.ts      (or: pnpm bench)
 *
 * Target: the 500-node pathway fully analysed (budget not exhausted) in under 1 s.
 */
import { analyze } from '../src/analysis/index.js';
import { generatePathway } from '../src/engine/generate.js';

const TODAY = '2026-01-01';
const RUNS = 5;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

interface Row {
  nodes: number;
  edges: number;
  ms: number;
  exhausted: boolean;
  states: number;
  explored: number;
  findings: number;
}

function measure(nodes: number): Row {
  const pathway = generatePathway({ nodes, seed: 3, safe: true });
  const run = () => analyze(pathway, { today: TODAY, scenarios: false });
  run();
  const times: number[] = [];
  let last = run();
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    last = run();
    times.push(performance.now() - started);
  }
  return {
    nodes,
    edges: pathway.edges.length,
    ms: median(times),
    exhausted: last.budget.exhausted,
    states: last.budget.states,
    explored: last.budget.explored,
    findings: last.findings.length,
  };
}

const rows = [100, 500, 1000].map(measure);
console.log(`Careway analysis benchmark — Node ${process.version}, median of ${RUNS} runs after a warm-up\n`);
console.log(
  '| nodes | edges | analyse (median) | fully explored | abstract states | evaluation steps | findings |',
);
console.log('|---:|---:|---:|---|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.nodes} | ${r.edges} | ${r.ms.toFixed(0)} ms | ${r.exhausted ? 'no (budget ran out)' : 'yes'} | ${r.states} | ${r.explored} | ${r.findings} |`,
  );
}
const mid = rows.find((r) => r.nodes === 500);
if (mid) {
  const ok = mid.ms < 1000 && !mid.exhausted;
  console.log(
    `\nTarget (the 500-node pathway fully analysed in under 1 s): ${ok ? 'met' : 'MISSED'} (${mid.ms.toFixed(0)} ms, ${mid.exhausted ? 'budget exhausted' : 'fully explored'}).`,
  );
  if (!ok) process.exitCode = 1;
}
