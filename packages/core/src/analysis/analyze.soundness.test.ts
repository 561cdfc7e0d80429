/**
 * The analysis is sound within its stated budget: for each class of defect
 * it used to miss (numbers between thresholds, unknown red flags, context
 * facts not sent, calculations with no value, combinations of options,
 * dates), the fixtures in `packages/core/test/analysis/soundness/<class>/`
 * hold several pathways each hiding one such defect (`broken-*`, their
 * description saying `Broken (<code>): …`) and controls (`control-*`,
 * `Control (<code>): …`) that must not raise that code. Each finding's
 * counter-example is run through the engine to show the defect is real.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../engine/compiled.js';
import type { Pathway } from '../engine/doc.js';
import { isUnknown } from '../engine/expressions.js';
import { runPath, type RunPathResult } from '../engine/run-path.js';
import { createScope } from '../engine/scope.js';
import type { AnswerValue } from '../engine/doc.js';
import { generatePathway } from '../engine/generate.js';
import { safeParsePathway } from '../schema/parse.js';
import { urgencyRank } from '../schema/urgency.js';
import { analyze } from './analyze.js';
import { redFlagCondition } from './explore/live.js';
import { buildModel } from './model.js';
import { explodingPathway } from './stress-pathway.js';
import { TODAY } from './test-fixtures.js';
import type { Finding } from './types.js';

const root = new URL('../../test/analysis/soundness/', import.meta.url);
const classes = readdirSync(fileURLToPath(root)).sort();

function load(cls: string, file: string): Pathway {
  const parsed = safeParsePathway(
    JSON.parse(readFileSync(new URL(`${cls}/${file}`, root), 'utf8')) as unknown,
  );
  if (!parsed.ok) throw new Error(`${cls}/${file}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.pathway;
}

/** The code a fixture's description names: `Broken (code): …` or `Control (code): …`. */
function claim(pathway: Pathway): { broken: boolean; code: string } {
  const m = /^(Broken|Control) \(([a-z_]+)\): /.exec(pathway.description ?? '');
  if (!m)
    throw new Error(`${pathway.id}: the description must start "Broken (code): " or "Control (code): "`);
  return { broken: m[1] === 'Broken', code: m[2] as string };
}

function split(example: Readonly<Record<string, unknown>>): {
  answers: Record<string, unknown>;
  context: Record<string, unknown>;
} {
  const answers: Record<string, unknown> = {};
  const context: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(example)) {
    if (name.startsWith('context.')) context[name.slice(8)] = value;
    else answers[name] = value;
  }
  return { answers, context };
}

function run(pathway: Pathway, f: Finding, extra: Record<string, unknown> = {}): RunPathResult {
  const { answers, context } = split({ ...(f.counterExample ?? {}), ...extra });
  return runPath(pathway, { answers, context, today: f.today ?? TODAY });
}

/** The value of `text` on the route a run took, with its answers. */
function valueOnRun(pathway: Pathway, r: RunPathResult, f: Finding, text: string): unknown {
  const compiled = compile(pathway);
  const { answers, context } = split(f.counterExample ?? {});
  const table: (AnswerValue | undefined)[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const entry = compiled.fields.get(id);
    if (entry) table[entry.ordinal] = value as AnswerValue;
  }
  return createScope(compiled, { route: r.route, answers: table, context, today: f.today ?? TODAY }).evaluate(
    text,
  );
}

function urgencyOf(pathway: Pathway, nodeId: string | undefined): number {
  const node = pathway.nodes.find((n) => n.id === nodeId);
  return node?.kind === 'outcome' ? urgencyRank(node.urgency) : -1;
}

/** What shows that a finding of each code is real, run through the engine. */
const VERIFY: Record<string, (pathway: Pathway, f: Finding) => void> = {
  red_flag_under_triaged(pathway, f) {
    const r = run(pathway, f);
    expect(r.status).toBe('outcome');
    expect(r.outcome).toBe(f.nodeId);
    const field = buildModel(pathway).fields.get(f.fieldId ?? '')?.field;
    expect(field?.redFlag).toBeDefined();
    expect(urgencyRank(field?.redFlag?.urgency ?? 'routine')).toBeGreaterThan(urgencyOf(pathway, r.outcome));
    const value = valueOnRun(
      pathway,
      r,
      f,
      redFlagCondition(buildModel(pathway), f.fieldId ?? '') ?? 'false',
    );
    // Positive on the route, or not decidable there (and the message names answers that make it positive).
    if (value !== true) {
      expect(isUnknown(value)).toBe(true);
      expect(f.message).toMatch(/cannot be ruled out[\s\S]*would be positive/);
    }
  },
  not_exhaustive(pathway, f) {
    const r = run(pathway, f);
    expect(r.status).toBe('stalled');
    expect(r.stall?.code).toBe('no_route');
    expect(r.at).toBe(f.nodeId);
  },
  route_stalls(pathway, f) {
    const r = run(pathway, f);
    expect(r.status).toBe('stalled');
    expect(r.stall?.code).toBe('unknown_condition');
    expect(r.needs ?? []).toEqual([]);
    expect(r.at).toBe(f.nodeId);
  },
  expression_undefined(pathway, f) {
    // The expression at the finding's path, evaluated with every node on the route, has no value.
    let at: unknown = pathway;
    for (const key of f.path) at = (at as Record<string | number, unknown>)[key];
    const compiled = compile(pathway);
    const { answers, context } = split(f.counterExample ?? {});
    const table: (AnswerValue | undefined)[] = [];
    for (const [id, value] of Object.entries(answers)) {
      const entry = compiled.fields.get(id);
      if (entry) table[entry.ordinal] = value as AnswerValue;
    }
    const scope = createScope(compiled, {
      route: pathway.nodes.map((n) => n.id),
      answers: table,
      context,
      today: TODAY,
    });
    expect(isUnknown(scope.evaluate(at as string))).toBe(true);
  },
  context_absence_less_urgent(pathway, f) {
    const without = run(pathway, f);
    expect(without.status).toBe('outcome');
    expect(without.outcome).toBe(f.nodeId);
    const m = /and (context\.[a-z0-9_]+) = (.+?) it ends at/.exec(f.message);
    expect(m, f.message).not.toBeNull();
    const sent = run(pathway, f, { [m?.[1] ?? '']: JSON.parse(m?.[2] ?? 'null') as unknown });
    expect(sent.status).toBe('outcome');
    expect(urgencyOf(pathway, sent.outcome)).toBeGreaterThan(urgencyOf(pathway, without.outcome));
  },
  mixed_duration_units(_pathway, f) {
    expect(f.fieldId).toBeDefined();
    expect(f.message).toMatch(/weeks|days/);
    expect(f.message).toMatch(/months|years/);
  },
};

describe('the analysis catches what it used to miss', () => {
  it('has fixtures for every class, each with broken pathways and a control', () => {
    expect(classes).toEqual([
      'context-absence',
      'dates',
      'multi-choice-combinations',
      'numbers-between-thresholds',
      'stalls',
      'unknown-not-negative',
    ]);
    for (const cls of classes) {
      const files = readdirSync(fileURLToPath(new URL(`${cls}/`, root)));
      expect(files.filter((f) => f.startsWith('broken-')).length, cls).toBeGreaterThanOrEqual(2);
      expect(files.filter((f) => f.startsWith('control-')).length, cls).toBeGreaterThanOrEqual(1);
    }
  });

  for (const cls of classes) {
    const files = readdirSync(fileURLToPath(new URL(`${cls}/`, root)))
      .filter((f) => f.endsWith('.json'))
      .sort();
    describe(cls, () => {
      for (const file of files) {
        it(file, () => {
          const pathway = load(cls, file);
          const { broken, code } = claim(pathway);
          expect(file.startsWith(broken ? 'broken-' : 'control-')).toBe(true);
          const result = analyze(pathway, { today: TODAY });
          expect(result.budget.exhausted).toBe(false);
          const found = result.findings.filter((f) => f.code === code);
          if (!broken) {
            expect(found).toEqual([]);
            expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
            return;
          }
          expect(found.length, `${file} raises ${code}`).toBeGreaterThan(0);
          const verify = VERIFY[code];
          expect(verify, `a verifier for ${code}`).toBeDefined();
          for (const f of found) verify?.(pathway, f);
        });
      }
    });
  }
});

describe('the analysis on one day and on several', () => {
  it('says on which day a date defect shows, and only reports it there', () => {
    const pathway = load('dates', 'broken-effective-date.json');
    const f = analyze(pathway, { today: TODAY }).findings.find((x) => x.code === 'red_flag_under_triaged');
    expect(f?.today).toBeDefined();
    expect((f?.today ?? '') >= '2027-04-01').toBe(true);
    expect(f?.message).toContain(`(This shows when today is ${f?.today}.)`);
    // On the day itself the defect is there without any sweep.
    const onTheDay = analyze(pathway, { today: f?.today ?? TODAY });
    expect(onTheDay.findings.find((x) => x.code === 'red_flag_under_triaged')?.today).toBeUndefined();
  });

  it('explores a pathway that reads no date on the one day asked for', () => {
    const pathway = load('numbers-between-thresholds', 'control-gap-closed.json');
    const one = analyze(pathway, { today: TODAY, scenarios: false });
    expect(one.budget.note).toBeUndefined();
    expect(one.findings.every((f) => f.today === undefined)).toBe(true);
  });
});

describe('the budget holds', () => {
  it('stops within a tiny budget on a pathway whose answers multiply, and says how far it got', () => {
    const result = analyze(explodingPathway(16), { today: TODAY, budget: 200, scenarios: false });
    expect(result.budget.exhausted).toBe(true);
    expect(result.budget.explored).toBeLessThanOrEqual(200);
    expect(result.budget.states).toBeLessThanOrEqual(200);
    expect(result.budget.note).toContain('Raise the budget');
  });

  it('pays for every state it keeps, whatever the budget', () => {
    const result = analyze(explodingPathway(16), { today: TODAY, scenarios: false, budget: 20_000 });
    expect(result.budget.exhausted).toBe(true);
    expect(result.budget.explored).toBeLessThanOrEqual(result.budget.limit);
    expect(result.budget.states).toBeLessThanOrEqual(result.budget.explored);
  });

  it('explores a large generated pathway within the default budget', () => {
    const result = analyze(generatePathway({ nodes: 300, seed: 3, safe: true }), {
      today: TODAY,
      scenarios: false,
    });
    expect(result.budget.exhausted).toBe(false);
  });
});
