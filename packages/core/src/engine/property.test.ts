import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, parseExpression } from '../expr/index.js';
import type { Field, Pathway } from './doc.js';
import { generateAnswers, generatePathway, randomAnswer, randomSource } from './generate.js';
import { runPath } from './run-path.js';
import { createSession, type Session } from './session.js';
import { restoreSession } from './snapshot.js';
import type { TraceEntry, View } from './types.js';

const TODAY = '2026-01-01';
const clock = () => new Date('2026-01-01T09:00:00Z');

/** Random valid acyclic pathways: some safe, some that stall or dead-end. */
const pathwayArb = fc
  .record({
    nodes: fc.integer({ min: 3, max: 30 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    safe: fc.boolean(),
    otherwiseRate: fc.double({ min: 0.6, max: 1, noNaN: true }),
    decisionShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
  })
  .map((o) => generatePathway({ ...o, scenarios: 0 }));

/** Any value at all, valid or not, for answers. */
const anyValue = fc.oneof(
  fc.boolean(),
  fc.integer({ min: -5, max: 120 }),
  fc.double(),
  fc.constantFrom('a', 'b', 'c', '', ' ', 'x', '2025-02-29', '2024-02-29'),
  fc.array(fc.constantFrom('a', 'b', 'c', 'z'), { maxLength: 4 }),
  fc.constantFrom(undefined, null, {}, [{ name: 'f', type: 'x/y', size: 1 }], [1, 2]),
);

type Op =
  | { op: 'answer'; field: number; value: unknown }
  | { op: 'fill' | 'advance'; seed: number }
  | { op: 'clear' | 'change'; field: number }
  | { op: 'goTo'; node: number }
  | { op: 'next' | 'back' | 'restart' | 'snapshot' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({ op: fc.constant('answer' as const), field: fc.nat(), value: anyValue }),
    weight: 3,
  },
  { arbitrary: fc.record({ op: fc.constant('fill' as const), seed: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('advance' as const), seed: fc.nat() }), weight: 6 },
  {
    arbitrary: fc.record({ op: fc.constantFrom('clear' as const, 'change' as const), field: fc.nat() }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant('goTo' as const), node: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constantFrom('next' as const, 'back' as const, 'restart' as const, 'snapshot' as const),
    }),
    weight: 4,
  },
);

function allFields(p: Pathway): Field[] {
  return p.nodes.flatMap((n) => (n.kind === 'step' ? n.fields : []));
}

function apply(session: Session, p: Pathway, op: Op): Session {
  const fields = allFields(p);
  const field = (i: number) => fields[i % Math.max(1, fields.length)]?.id ?? 'none';
  switch (op.op) {
    case 'answer':
      session.answer(field(op.field), op.value);
      return session;
    case 'fill':
    case 'advance': {
      // Answer the current step validly, as a clinician would (and, to advance, continue).
      const view = session.view();
      const rnd = randomSource(op.seed);
      if (view.kind === 'step')
        for (const f of view.fields) session.answer(f.field.id, randomAnswer(f.field, rnd));
      if (op.op === 'advance') session.next();
      return session;
    }
    case 'clear':
      session.clear(field(op.field));
      return session;
    case 'change':
      session.change(field(op.field));
      return session;
    case 'goTo':
      session.goTo(p.nodes[op.node % p.nodes.length]?.id ?? 'none');
      return session;
    case 'snapshot':
      // Carry on with a session restored from a JSON copy of the snapshot.
      return restoreSession(p, JSON.parse(JSON.stringify(session.snapshot())), { now: clock });
    default:
      session[op.op]();
      return session;
  }
}

/** A trace entry's condition, re-evaluated on the values it recorded (null = unknown). */
function recheck(condition: string, values: Record<string, unknown>): unknown {
  const { ast } = parseExpression(condition);
  if (!ast) return 'unparsed';
  const fields: Record<string, unknown> = {};
  const context: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (k.startsWith('context.')) context[k.slice(8)] = v;
    else fields[k] = v;
  }
  return evaluate(ast, { values: fields, context, today: TODAY });
}

/** Invariants of every state: routes only on true conditions, in edge order; trace matches route. */
function checkRouting(p: Pathway, route: string[], trace: TraceEntry[]): void {
  expect(trace).toHaveLength(route.length - 1);
  trace.forEach((entry, i) => {
    expect(entry.node).toBe(route[i]);
    expect(entry.to).toBe(route[i + 1]);
    const out = p.edges.filter((e) => e.from === entry.node);
    const taken = out.findIndex((e) => e.id === entry.edge);
    expect(taken).toBeGreaterThanOrEqual(0);
    expect(out[taken]?.to).toBe(entry.to);
    // Never on unknown: the taken condition held on the values that decided it...
    if (entry.condition !== null) expect(recheck(entry.condition, entry.values)).toBe(true);
    // ...and every edge before it was false, not unknown.
    for (const skipped of out.slice(0, taken)) {
      expect(skipped.when).toBeDefined();
      expect(recheck(skipped.when as string, entry.values)).toBe(false);
    }
  });
}

function checkView(view: View): void {
  if (view.kind === 'step') {
    const shown = new Set(view.fields.map((f) => f.field.id));
    for (const e of view.errors)
      if (e.fieldId !== undefined && e.code !== 'not_on_current_step')
        expect(shown.has(e.fieldId)).toBe(true);
    expect(view.progress.remaining).toBeGreaterThanOrEqual(1);
  }
  if (view.kind === 'stalled') {
    expect(view.nav.canContinue).toBe(false);
    if (view.code === 'unknown_condition') expect(view.message.length).toBeGreaterThan(0);
  }
  if (view.kind === 'outcome') expect(view.result.summaryText).toContain(view.outcome.title);
}

describe('engine properties', () => {
  it('never throws, never routes on unknown, and its state is plain JSON that restores to the same session', () => {
    fc.assert(
      fc.property(pathwayArb, fc.array(opArb, { maxLength: 30 }), (p, ops) => {
        let session = createSession(p, { context: { age: 50 }, today: TODAY, now: clock });
        for (const op of ops) {
          session = apply(session, p, op);
          const state = session.state;
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
          checkRouting(p, state.route, state.trace);
          checkView(session.view());
        }
        const snapshot = session.snapshot();
        const again = restoreSession(p, JSON.parse(JSON.stringify(snapshot)), { now: clock });
        expect(again.state).toEqual(session.state);
        expect(again.view()).toEqual(session.view());
        expect(again.snapshot()).toEqual(snapshot);
      }),
      { numRuns: 200 },
    );
  });

  it('runs any answer map to an outcome, a stall or invalid answers, never throwing', () => {
    fc.assert(
      fc.property(
        pathwayArb,
        fc.nat(),
        fc.dictionary(fc.constantFrom('f1_0', 'f1_1', 'f2_0', 'f3_1', 'f4_2'), anyValue),
        (p, seed, junk) => {
          const answers = { ...generateAnswers(p, seed), ...junk };
          const run = runPath(p, { answers, context: { age: 50 }, today: TODAY });
          expect(['outcome', 'stalled', 'invalid']).toContain(run.status);
          checkRouting(p, run.route, run.trace);
          const last = p.nodes.find((n) => n.id === run.route[run.route.length - 1]);
          if (run.status === 'outcome') expect(last?.kind).toBe('outcome');
          if (run.status === 'stalled') expect(run.stall?.message).toBeTruthy();
          if (run.status === 'invalid') expect(run.errors?.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reaches an outcome on every safe pathway with complete valid answers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 60 }), fc.integer({ min: 1, max: 1_000_000 }), (nodes, seed) => {
        const p = generatePathway({ nodes, seed, safe: true, scenarios: 0 });
        const run = runPath(p, { answers: generateAnswers(p, seed), context: { age: 50 }, today: TODAY });
        expect(run.status).toBe('outcome');
      }),
      { numRuns: 100 },
    );
  });
});
