/**
 * `analyze` over the defect folders in `packages/core/test/analysis/defects/`:
 * one folder per finding code, holding several broken variants
 * (`broken-<variant>.json`) and at least one control (`control-<variant>.json`).
 *
 * For every folder, each broken variant must raise the folder's code at the
 * place {@link DEFECTS} names, and the folder's verifier must confirm, with
 * the engine where the defect depends on answers, that the finding is real;
 * each control must raise no finding of that code.
 *
 * To add a folder: add its entry to {@link DEFECTS} — where each broken
 * variant is reported, and a verifier that shows the defect happening.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../engine/compiled.js';
import type { AnswerValue, Field, Pathway } from '../engine/doc.js';
import { createScope } from '../engine/scope.js';
import { checkValue, isRequired } from '../engine/validate.js';
import { runPath } from '../engine/run-path.js';
import { parseExpression } from '../expr/parser.js';
import { childrenOf, type ExprNode } from '../expr/ast.js';
import { safeParsePathway } from '../schema/parse.js';
import { analyze } from './analyze.js';
import { ANALYSIS_CODES, type AnalysisCode } from './codes.js';
import { OUTCOME_URGENCY_TABLE, readTimeframe } from './rules/outcome-urgency.js';
import { inBand } from './rules/score-bands.js';
import { URGENCY_RANK } from './rules/static-safety.js';
import { runCounterExample, TODAY } from './test-fixtures.js';
import type { Finding } from './types.js';

/** Where a broken variant's finding is: the ids it names, and the last element of its path. */
interface Place {
  readonly nodeId?: string;
  readonly edgeId?: string;
  readonly fieldId?: string;
  readonly at?: string | number;
}

/** What a folder's test knows: where each broken variant is reported, and how to show its finding is real. */
interface DefectSpec {
  readonly broken: Readonly<Record<string, Place>>;
  /** Throws (through `expect`) unless `finding` really shows the defect in `pathway`. */
  readonly verify: (pathway: Pathway, finding: Finding) => void;
}

const outcomeOf = (pathway: Pathway, id: string | undefined) => {
  const node = pathway.nodes.find((n) => n.id === id);
  return node?.kind === 'outcome' ? node : undefined;
};

const edgeOf = (pathway: Pathway, id: string | undefined) => pathway.edges.find((e) => e.id === id);

function stringLiterals(ast: ExprNode): string[] {
  if (ast.kind === 'string') return [ast.value];
  return childrenOf(ast).flatMap(stringLiterals);
}

const rankOf = (urgency: string | undefined): number => URGENCY_RANK[urgency ?? ''] ?? -1;

/** The least urgent rank of the outcomes reachable from `start` along edges (itself, for an outcome). */
function leastUrgentFrom(pathway: Pathway, start: string): number {
  let least = Infinity;
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const outcome = outcomeOf(pathway, id);
    if (outcome) least = Math.min(least, rankOf(outcome.urgency));
    for (const e of pathway.edges) if (e.from === id) stack.push(e.to);
  }
  return least;
}

/** The node the run went to right after `from`. */
const nextAfter = (route: readonly string[], from: string): string | undefined =>
  route[route.indexOf(from) + 1];

/** Every answer a question accepts on its own (its type, options and range), a decimal in tenths; blank when optional. */
function everyAnswer(field: Field): unknown[] {
  const range = (from: number, to: number, by: number) =>
    Array.from({ length: Math.round((to - from) / by) + 1 }, (_, i) => Number((from + i * by).toFixed(1)));
  let values: unknown[] = [];
  if (field.type === 'boolean') values = [true, false];
  else if (field.type === 'choice') values = field.options.map((o) => o.value);
  else if (field.type === 'integer') values = range(field.min ?? -50, field.max ?? 500, 1);
  else if (field.type === 'decimal') values = range(field.min ?? -50, field.max ?? 500, 0.1);
  return [
    ...values.filter((v) => checkValue(field, v as AnswerValue, TODAY).length === 0),
    ...(isRequired(field) ? [] : [undefined]),
  ];
}

/**
 * Whether some combination of accepted answers to the questions `text` names
 * makes it true, tried one by one with the engine's own evaluation: every
 * value in each question's range, not the analysis's representative values.
 */
function holdsForSomeAnswers(pathway: Pathway, text: string): boolean {
  const compiled = compile(pathway);
  const ast = parseExpression(text).ast;
  const names = new Set<string>();
  const visit = (n: ExprNode): void => {
    if (n.kind === 'ref') names.add(n.name);
    childrenOf(n).forEach(visit);
  };
  if (ast) visit(ast);
  const fields = [...names].flatMap((n) => {
    const entry = compiled.fields.get(n);
    return entry ? [entry] : [];
  });
  expect(fields.length, `the questions “${text}” reads`).toBeGreaterThan(0);
  const scopeOf = (answers: AnswerValue[]) =>
    createScope(compiled, { route: pathway.nodes.map((n) => n.id), answers, context: {}, today: TODAY });
  const tryFrom = (i: number, answers: AnswerValue[]): boolean => {
    const entry = fields[i];
    if (!entry) return scopeOf(answers).evaluate(text) === true;
    return everyAnswer(entry.field).some((value) => {
      const next = answers.slice();
      next[entry.ordinal] = value as AnswerValue;
      const valid = (entry.field.validations ?? []).every(
        (rule) => scopeOf(next).evaluate(rule.when) !== false,
      );
      return valid && tryFrom(i + 1, next);
    });
  };
  return tryFrom(0, []);
}

/** The text at a finding's path (the condition it points at). */
function textAt(pathway: Pathway, finding: Finding): string {
  let at: unknown = pathway;
  for (const key of finding.path) at = (at as Record<string | number, unknown>)[key];
  expect(typeof at, `the text at ${finding.path.join('.')}`).toBe('string');
  return at as string;
}

/**
 * The engine's runs for every combination of answers to the questions on the
 * start page of a score fixture (each yes/no both ways, each option of a
 * choice), with the score's value and band as the engine reports them, and
 * a scope to evaluate other conditions in.
 */
function scoreRuns(pathway: Pathway, scoreId: string) {
  const compiled = compile(pathway);
  const start = pathway.nodes.find((n) => n.id === pathway.start);
  const fields = start?.kind === 'step' ? start.fields : [];
  let combos: Record<string, unknown>[] = [{}];
  for (const field of fields) {
    const values =
      field.type === 'boolean'
        ? [true, false]
        : field.type === 'choice'
          ? field.options.map((o) => o.value)
          : [];
    if (values.length > 0) combos = combos.flatMap((c) => values.map((v) => ({ ...c, [field.id]: v })));
  }
  return combos.map((answers) => {
    const run = runPath(pathway, { answers, today: TODAY });
    expect(run.status).toBe('outcome');
    const score = run.result?.scores.find((sc) => sc.id === scoreId);
    const table: AnswerValue[] = [];
    for (const [id, value] of Object.entries(answers)) {
      const entry = compiled.fields.get(id);
      if (entry) table[entry.ordinal] = value as AnswerValue;
    }
    const scope = createScope(compiled, { route: run.route, answers: table, context: {}, today: TODAY });
    return { answers, value: score?.value, band: score?.band, scope };
  });
}

const bandsOf = (pathway: Pathway, scoreId: string) => {
  const score = pathway.variables.find((v) => v.id === scoreId);
  return score?.kind === 'score' ? (score.bands ?? []) : [];
};

/** Every folder's specification. */
const DEFECTS: Readonly<Record<string, DefectSpec>> = {
  score_threshold_off_band: {
    broken: {
      'inside-band': { nodeId: 'assess', edgeId: 'e_likely', fieldId: 'sign_score' },
      flipped: { nodeId: 'assess', edgeId: 'e_high', fieldId: 'sign_score' },
      'half-points': { nodeId: 'assess', edgeId: 'e_likely', fieldId: 'sign_score' },
      'red-flag': { nodeId: 'assess', fieldId: 'sign_score', at: 'when' },
    },
    verify: (pathway, finding) => {
      // Two sets of answers the engine puts in the same band, on which the condition decides differently.
      const text = textAt(pathway, finding);
      const runs = scoreRuns(pathway, finding.fieldId ?? '');
      const split = runs.some((a) =>
        runs.some(
          (b) =>
            a.band !== undefined && a.band === b.band && a.scope.evaluate(text) !== b.scope.evaluate(text),
        ),
      );
      expect(split, `some band where “${text}” decides both ways`).toBe(true);
    },
  },
  score_bands_gap: {
    broken: {
      hole: { fieldId: 'sign_score', at: 'bands' },
      overlap: { fieldId: 'sign_score', at: 'bands' },
      'half-points': { fieldId: 'sign_score', at: 'bands' },
      negative: { fieldId: 'sign_score', at: 'bands' },
    },
    verify: (pathway, finding) => {
      // Some answers give a score the engine shows in no band, or that two bands hold.
      const bands = bandsOf(pathway, finding.fieldId ?? '');
      const runs = scoreRuns(pathway, finding.fieldId ?? '');
      const bad = runs.filter(
        (r) =>
          typeof r.value === 'number' &&
          (r.band === undefined || bands.filter((b) => inBand(b, r.value as number)).length > 1),
      );
      expect(bad.map((r) => r.answers)).not.toEqual([]);
      expect(finding.message).toContain(String(bad[0]?.value));
    },
  },
  condition_never_holds: {
    broken: {
      'red-flag-above-max': { nodeId: 'assess', fieldId: 'resp_rate', at: 'when' },
      'edge-below-min': { nodeId: 'assess', edgeId: 'e_child' },
      'show-when': { nodeId: 'assess', fieldId: 'guardian', at: 'showWhen' },
      validation: { nodeId: 'assess', edgeId: 'e_shock' },
      contradiction: { nodeId: 'assess', edgeId: 'e_both' },
    },
    verify: (pathway, finding) => {
      // The condition the finding points at, by its path, is false for every answer the questions accept.
      const text = textAt(pathway, finding);
      expect(finding.message).toContain(text);
      expect(holdsForSomeAnswers(pathway, text)).toBe(false);
    },
  },
  urgency_lowered_by_edge_order: {
    broken: {
      direct: { nodeId: 'assess', edgeId: 'e_fever' },
      'via-decision': { nodeId: 'assess', edgeId: 'e_older' },
      choice: { nodeId: 'assess', edgeId: 'e_any' },
      'later-decision': { nodeId: 'assess', edgeId: 'e_cough' },
    },
    verify: (pathway, finding) => {
      const node = finding.nodeId ?? '';
      const earlier = edgeOf(pathway, finding.edgeId);
      expect(earlier).toBeDefined();
      if (!earlier) return;
      // The engine takes the earlier edge with these answers, and ends less urgent…
      const run = runCounterExample(pathway, finding.counterExample ?? {});
      expect(run.status).toBe('outcome');
      expect(nextAfter(run.route, node)).toBe(earlier.to);
      const reached = rankOf(outcomeOf(pathway, run.outcome)?.urgency);
      // …than a later edge out of the node, whose condition the same answers meet, would have sent them.
      const out = pathway.edges.filter((e) => e.from === node);
      const from = out.indexOf(earlier);
      const later = out.slice(from + 1).filter((candidate) => {
        if (candidate.when === undefined) return false;
        const skipped = new Set(out.slice(from, out.indexOf(candidate)));
        const without = { ...pathway, edges: pathway.edges.filter((e) => !skipped.has(e)) };
        const rerun = runCounterExample(without, finding.counterExample ?? {});
        return (
          nextAfter(rerun.route, node) === candidate.to && reached < leastUrgentFrom(pathway, candidate.to)
        );
      });
      expect(later.map((e) => e.id)).not.toEqual([]);
      expect(finding.message).toContain(later[0]?.id ?? '?');
    },
  },
  red_flag_not_screened: {
    broken: {
      'not-on-route': { nodeId: 'safe', fieldId: 'chest_pain' },
      hidden: { nodeId: 'gp', fieldId: 'chest_pain' },
      'multi-choice': { nodeId: 'safe', fieldId: 'danger_signs' },
      'urgent-branch': { nodeId: 'gp_urgent', fieldId: 'sepsis' },
    },
    verify: (pathway, finding) => {
      const field = pathway.nodes
        .flatMap((n) => (n.kind === 'step' ? n.fields : []))
        .find((f) => f.id === finding.fieldId);
      expect(field?.redFlag).toBeDefined();
      // The engine ends at the less urgent outcome, and the red-flag question was never on the clinician's screen.
      const run = runCounterExample(pathway, finding.counterExample ?? {});
      expect(run).toMatchObject({ status: 'outcome', outcome: finding.nodeId });
      expect(run.route).toEqual(finding.route);
      expect(rankOf(outcomeOf(pathway, run.outcome)?.urgency)).toBeLessThan(rankOf(field?.redFlag?.urgency));
      expect(run.result?.review.map((r) => r.fieldId)).not.toContain(finding.fieldId);
    },
  },
  urgency_timeframe_mismatch: {
    broken: {
      'emergency-weeks': { nodeId: 'ed', at: 'timeframe' },
      'routine-today': { nodeId: 'clinic_today', at: 'timeframe' },
      'self-care-immediately': { nodeId: 'home', at: 'timeframe' },
      'same-day-immediately': { nodeId: 'eye', at: 'timeframe' },
      'urgent-hours': { nodeId: 'clinic', at: 'timeframe' },
      'routine-call-999': { nodeId: 'collapse', at: 'timeframe' },
      'disposition-emergency': { nodeId: 'ed', at: 'disposition' },
      'self-care-emergency': { nodeId: 'home', at: 'disposition' },
      'urgent-care-routine': { nodeId: 'walk_in', at: 'disposition' },
    },
    verify: (pathway, finding) => {
      const outcome = outcomeOf(pathway, finding.nodeId);
      expect(outcome, 'the finding names an outcome').toBeDefined();
      if (!outcome) return;
      if (finding.path.at(-1) === 'timeframe') {
        const reading = readTimeframe(outcome.timeframe);
        expect(reading, `“${outcome.timeframe}” is read`).toBeDefined();
        expect(OUTCOME_URGENCY_TABLE.timeframes[outcome.urgency]).toContain(reading?.class);
        expect(finding.message).toContain(outcome.timeframe);
      } else {
        expect(OUTCOME_URGENCY_TABLE.dispositions[outcome.disposition]).toContain(outcome.urgency);
        expect(finding.message).toContain(outcome.disposition);
      }
      expect(finding.message).toContain(outcome.urgency);
    },
  },
  free_text_routing: {
    broken: {
      'edge-equals': { nodeId: 'assess', edgeId: 'e_urgent', fieldId: 'symptom' },
      'edge-in': { nodeId: 'assess', edgeId: 'e_urgent', fieldId: 'symptom' },
      'edge-not-equals': { nodeId: 'assess', edgeId: 'e_urgent', fieldId: 'history' },
      'context-string': { nodeId: 'assess', edgeId: 'e_urgent', fieldId: 'context.referral_reason' },
      'red-flag': { nodeId: 'assess', fieldId: 'symptom', at: 'when' },
    },
    verify: (pathway, finding) => {
      const edge = edgeOf(pathway, finding.edgeId);
      const name = finding.fieldId ?? '';
      if (edge?.when === undefined || name.startsWith('context.')) {
        expect(name.startsWith('context.') || finding.path.includes('redFlag')).toBe(true);
        return;
      }
      const ast = parseExpression(edge.when).ast;
      const literal = ast ? (stringLiterals(ast)[0] ?? '') : '';
      // The engine takes the edge for the text as written, and not for the same words typed otherwise.
      const exact = runPath(pathway, { answers: { [name]: literal, unwell: false }, today: TODAY });
      const typed = runPath(pathway, {
        answers: { [name]: ` ${literal.toUpperCase()}`, unwell: false },
        today: TODAY,
      });
      const took = (route: string[]) => route[route.indexOf(edge.from) + 1] === edge.to;
      expect(took(exact.route)).not.toBe(took(typed.route));
    },
  },
};

const root = new URL('../../test/analysis/defects/', import.meta.url);
const folders = readdirSync(fileURLToPath(root), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function variants(code: string, kind: 'broken' | 'control'): string[] {
  return readdirSync(fileURLToPath(new URL(`${code}/`, root)))
    .filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.json'))
    .map((f) => f.slice(kind.length + 1, -'.json'.length))
    .sort();
}

function load(code: string, file: string): { raw: { description?: string }; pathway: Pathway } {
  const raw = JSON.parse(readFileSync(new URL(`${code}/${file}.json`, root), 'utf8')) as {
    description?: string;
  };
  const parsed = safeParsePathway(raw);
  if (!parsed.ok)
    throw new Error(`${code}/${file}.json is not a valid pathway: ${JSON.stringify(parsed.issues)}`);
  return { raw, pathway: parsed.pathway };
}

function matches(f: Finding, place: Place): boolean {
  return (
    (place.nodeId === undefined || f.nodeId === place.nodeId) &&
    (place.edgeId === undefined || f.edgeId === place.edgeId) &&
    (place.fieldId === undefined || f.fieldId === place.fieldId) &&
    (place.at === undefined || f.path.at(-1) === place.at)
  );
}

describe('analyze: the defect folders', () => {
  it('each name a code, and have a specification', () => {
    expect(folders.length).toBeGreaterThan(0);
    for (const code of folders) expect(Object.keys(ANALYSIS_CODES), code).toContain(code);
    expect(folders).toEqual(Object.keys(DEFECTS).sort());
  });

  for (const code of folders) {
    const spec = DEFECTS[code] as DefectSpec;
    describe(code, () => {
      it('has several broken variants, each specified, and at least one control', () => {
        const broken = variants(code, 'broken');
        expect(broken.length).toBeGreaterThanOrEqual(2);
        expect(broken).toEqual(Object.keys(spec.broken).sort());
        expect(variants(code, 'control').length).toBeGreaterThanOrEqual(1);
      });

      for (const variant of variants(code, 'broken')) {
        it(`broken-${variant}: raises ${code} where it should, and the finding is real`, () => {
          const { raw, pathway } = load(code, `broken-${variant}`);
          expect(raw.description).toMatch(/^Broken: /);
          const result = analyze(pathway, { today: TODAY, scenarios: false });
          expect(result.budget.exhausted).toBe(false);
          const found = result.findings.filter((f) => f.code === code);
          const place = spec.broken[variant] ?? {};
          const hit = found.find((f) => matches(f, place));
          expect(
            hit,
            `a ${code} finding at ${JSON.stringify(place)} among ${JSON.stringify(found)}`,
          ).toBeDefined();
          if (!hit) return;
          expect(hit.severity).toBe(ANALYSIS_CODES[code as AnalysisCode].severity);
          for (const f of found) spec.verify(pathway, f);
        });
      }

      for (const variant of variants(code, 'control')) {
        it(`control-${variant}: raises no ${code}`, () => {
          const { raw, pathway } = load(code, `control-${variant}`);
          expect(raw.description).toMatch(/^Control: /);
          const result = analyze(pathway, { today: TODAY, scenarios: false });
          expect(result.budget.exhausted).toBe(false);
          expect(result.findings.filter((f) => f.code === code)).toEqual([]);
        });
      }
    });
  }
});

describe('the verifiers themselves', () => {
  it('find answers for conditions that can hold, so that a wrong condition_never_holds would fail', () => {
    const { pathway } = load('condition_never_holds', 'control-in-range');
    expect(holdsForSomeAnswers(pathway, 'age < 18')).toBe(true);
    expect(holdsForSomeAnswers(pathway, 'resp_rate > 30')).toBe(true);
    expect(holdsForSomeAnswers(pathway, 'age < 16')).toBe(false);
  });
});
