/**
 * Engine benchmark: generated pathways of 100 and 1,000 nodes; time per
 * answer and per continue, a scenario run end to end, and memory per
 * session. Prints a markdown table.
 *
 *   cd packages/core && npx tsx bench/run.ts      (or: pnpm bench)
 *
 * Target: one answer on the 1,000-node pathway under 1 ms (median).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generatePathway } from '../src/engine/generate.js';
import { createSession, restoreSession, runPath, type Session } from '../src/engine/index.js';
import type { Pathway } from '../src/schema/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

const TODAY = '2026-01-01';
const CONTEXT = { age: 50 };

interface Stats {
  median: number;
  p95: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** A generated pathway of `nodes` nodes with a long recorded scenario. */
function benchPathway(nodes: number): Pathway {
  let best: Pathway | undefined;
  for (let seed = 1; seed <= 10; seed++) {
    const p = generatePathway({
      nodes,
      seed,
      safe: true,
      branching: 1,
      jumpReach: 3,
      exitRate: 2 / nodes,
      scenarios: 1,
    });
    const length = p.scenarios[0]?.expect.path?.length ?? 0;
    if (length > (best?.scenarios[0]?.expect.path?.length ?? 0)) best = p;
    if (length > nodes * 0.5) break;
  }
  if (!best?.scenarios[0]) throw new Error(`no scenario for a ${nodes}-node pathway`);
  return best;
}

/** Drives a session through the scenario, timing every answer and every continue. */
function drive(p: Pathway, answerTimes: number[], nextTimes: number[]): Session {
  const scenario = p.scenarios[0];
  if (!scenario) throw new Error('no scenario');
  const session = createSession(p, { context: CONTEXT, today: TODAY });
  for (let guard = 0; guard < p.nodes.length * 2; guard++) {
    const view = session.view();
    if (view.kind === 'review' || view.kind === 'outcome' || view.kind === 'stalled') break;
    if (view.kind === 'step') {
      for (const f of view.node.fields) {
        if (!(f.id in scenario.answers)) continue;
        const t = performance.now();
        session.answer(f.id, scenario.answers[f.id]);
        answerTimes.push(performance.now() - t);
      }
    }
    const t = performance.now();
    session.next();
    nextTimes.push(performance.now() - t);
  }
  return session;
}

function heapPerSession(make: () => Session, count: number): number {
  gc?.();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep: Session[] = [];
  for (let i = 0; i < count; i++) keep.push(make());
  gc?.();
  gc?.();
  const after = process.memoryUsage().heapUsed;
  if (keep.length !== count) throw new Error('unreachable');
  return (after - before) / count;
}

const ms = (n: number) => (n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(2)} ms`);
const kb = (n: number) => (n < 1024 ? `${n.toFixed(0)} B` : `${(n / 1024).toFixed(1)} KB`);

interface Row {
  nodes: number;
  fields: number;
  route: number;
  answer: Stats;
  next: Stats;
  run: Stats;
  jsonStart: number;
  jsonReview: number;
  heapStart: number;
  heapReview: number;
}

function measure(nodes: number): Row {
  const p = benchPathway(nodes);
  const scenario = p.scenarios[0];
  if (!scenario) throw new Error('no scenario');
  // Warm up the JIT and the pathway's caches.
  for (let i = 0; i < 3; i++) drive(p, [], []);
  const answerTimes: number[] = [];
  const nextTimes: number[] = [];
  const rounds = nodes >= 1000 ? 5 : 30;
  let session = drive(p, answerTimes, nextTimes);
  for (let i = 1; i < rounds; i++) session = drive(p, answerTimes, nextTimes);
  if (session.view().kind !== 'review')
    throw new Error(`the scenario did not reach review (${session.view().kind})`);
  const runTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const run = runPath(p, { answers: scenario.answers, context: CONTEXT, today: TODAY });
    runTimes.push(performance.now() - t);
    if (run.outcome !== scenario.expect.outcome) throw new Error('the scenario run went astray');
  }
  const fresh = createSession(p, { context: CONTEXT, today: TODAY });
  const snapshot = session.snapshot();
  return {
    nodes,
    fields: p.nodes.reduce((n, node) => n + (node.kind === 'step' ? node.fields.length : 0), 0),
    route: session.state.route.length,
    answer: stats(answerTimes),
    next: stats(nextTimes),
    run: stats(runTimes),
    jsonStart: JSON.stringify(fresh.state).length,
    jsonReview: JSON.stringify(session.state).length,
    heapStart: heapPerSession(() => createSession(p, { context: CONTEXT, today: TODAY }), 1000),
    heapReview: heapPerSession(() => restoreSession(p, snapshot), 1000),
  };
}

const rows = [measure(100), measure(1000)];
console.log(
  `Careway engine benchmark — Node ${process.version}, ${gc ? 'with' : 'without'} gc between heap samples\n`,
);
console.log(
  '| nodes | fields | route (nodes) | answer median | answer p95 | continue median | continue p95 | scenario end to end (median) | state JSON start / review | heap per session start / review (×1,000) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.nodes} | ${r.fields} | ${r.route} | ${ms(r.answer.median)} | ${ms(r.answer.p95)} | ${ms(r.next.median)} | ${ms(r.next.p95)} | ${ms(r.run.median)} | ${kb(r.jsonStart)} / ${kb(r.jsonReview)} | ${kb(r.heapStart)} / ${kb(r.heapReview)} |`,
  );
}
const big = rows[1];
if (big) {
  const ok = big.answer.median < 1;
  console.log(
    `\nTarget (one answer on the 1,000-node pathway under 1 ms median): ${ok ? 'met' : 'MISSED'} (${ms(big.answer.median)}).`,
  );
  if (!ok) process.exitCode = 1;
}
