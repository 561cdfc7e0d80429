/**
 * `analyze` over the fixtures in `packages/core/test/analysis/`: each broken
 * fixture is broken in exactly one way, the clean fixtures and the example
 * pathways raise no false alarm, and the exploration budget is honoured.
 * The rule-by-rule specifications are in the `analyze.*.test.ts` files
 * beside this one.
 */
import { describe, expect, it } from 'vitest';
import { generatePathway } from '../engine/generate.js';
import { PathwaySchema } from '../schema/pathway.js';
import { safeParsePathway } from '../schema/parse.js';
import * as z from '../schema/zod.js';
import { analyze } from './analyze.js';
import {
  analyzeFixture,
  codesOf,
  examplePathways,
  fixtureNames,
  readFixture,
  single,
  TODAY,
} from './test-fixtures.js';

/**
 * Every finding each broken fixture raises, all severities; the first is the
 * rule it proves. Besides that, a fixture may raise what its break implies
 * and nothing more:
 * `edge_not_covered` (info) for an edge no passing scenario can take, and
 * `outcome_not_covered` or `edge_never_taken` for an outcome no answers reach,
 * and `route_checks_skipped` (warning) while an expression cannot be read.
 */
const INTENDED: Record<string, string[]> = {
  duplicate_id: ['duplicate_id'],
  unknown_reference: ['unknown_reference', 'edge_not_covered'],
  invalid_reference: ['invalid_reference', 'edge_not_covered'],
  duplicate_value: ['duplicate_value'],
  invalid_range: ['invalid_range'],
  missing_approval: ['missing_approval'],
  unreachable_node: ['unreachable_node', 'outcome_not_covered'],
  unreachable_node_by_conditions: [
    'unreachable_node',
    'condition_never_holds',
    'edge_never_taken',
    'outcome_not_covered',
    'edge_not_covered',
  ],
  dead_end: ['dead_end', 'edge_not_covered'],
  cycle: ['cycle', 'edge_not_covered'],
  unknown_name: ['unknown_name', 'route_checks_skipped'],
  type_mismatch: ['type_mismatch', 'route_checks_skipped'],
  unknown_option: ['unknown_option', 'route_checks_skipped'],
  use_word_operator: ['use_word_operator', 'route_checks_skipped'],
  not_exhaustive: ['not_exhaustive'],
  field_not_asked: ['field_not_asked', 'edge_not_covered'],
  field_not_asked_hidden: ['field_not_asked'],
  optional_field_in_condition: ['optional_field_in_condition'],
  context_not_provided: ['context_not_provided'],
  shadowed_edge: ['shadowed_edge', 'urgency_lowered_by_edge_order', 'edge_not_covered'],
  shadowed_edge_after_otherwise: ['shadowed_edge', 'urgency_lowered_by_edge_order', 'edge_not_covered'],
  edge_never_taken: ['edge_never_taken', 'condition_never_holds', 'edge_not_covered'],
  otherwise_never_taken: ['otherwise_never_taken', 'edge_not_covered'],
  red_flag_under_triaged: ['red_flag_under_triaged', 'urgency_lowered_by_edge_order'],
  incomplete_referral: ['incomplete_referral'],
  required_field_optional: ['required_field_optional'],
  missing_safety_netting: ['missing_safety_netting'],
  unused_field: ['unused_field'],
  unused_variable: ['unused_variable'],
  field_never_shown: ['field_never_shown', 'condition_never_holds'],
  always_prefilled: ['always_prefilled'],
  show_when_unknown: ['show_when_unknown'],
  outcome_not_covered: ['outcome_not_covered', 'edge_not_covered'],
  edge_not_covered: ['edge_not_covered'],
  untraced_recommendation: ['untraced_recommendation'],
  unsourced_element: ['unsourced_element'],
  source_not_accessed: ['source_not_accessed'],
};

/**
 * Errors a fixture raises besides the one it proves because a later rule sees
 * the same break from another side (issue 19): an earlier, less urgent edge
 * that catches the answers the fixture's more urgent edge was written for is
 * also `urgency_lowered_by_edge_order`; a condition that contradicts a
 * question's range is also `condition_never_holds`. The break is still one.
 */
const SAME_BREAK: Record<string, string[]> = {
  unreachable_node_by_conditions: ['condition_never_holds'],
  edge_never_taken: ['condition_never_holds'],
  field_never_shown: ['condition_never_holds'],
  red_flag_under_triaged: ['urgency_lowered_by_edge_order'],
  shadowed_edge: ['urgency_lowered_by_edge_order'],
  shadowed_edge_after_otherwise: ['urgency_lowered_by_edge_order'],
};

/** The fixtures for the schema's own rules: `safeParsePathway` refuses them with exactly that issue. */
const SCHEMA_ERRORS = [
  'duplicate_id',
  'unknown_reference',
  'invalid_reference',
  'duplicate_value',
  'invalid_range',
];

const names = fixtureNames();
const clean = names.filter((n) => n.startsWith('clean-'));
const broken = names.filter((n) => !n.startsWith('clean-'));
const sorted = (codes: readonly string[]): string[] => [...codes].sort();

describe('analyze: the fixtures', () => {
  it('are complete pathway documents, each saying in its description what it shows', () => {
    expect(clean.length).toBeGreaterThanOrEqual(2);
    for (const name of names) {
      const raw = readFixture(name);
      expect(z.safeParse(PathwaySchema, raw).success, name).toBe(true);
      expect((raw as { description?: string }).description, name).toMatch(/\S/);
    }
  });

  it('say they are broken exactly when they are', () => {
    for (const name of broken)
      expect((readFixture(name) as { description: string }).description).toMatch(/^Broken/);
    for (const name of clean)
      expect((readFixture(name) as { description: string }).description).not.toMatch(/Broken/);
  });

  it('each have a specification of their findings', () => {
    expect(sorted(Object.keys(INTENDED))).toEqual(sorted(broken));
  });

  for (const name of broken) {
    it(`${name}: is valid except for the schema rule it breaks`, () => {
      const parsed = safeParsePathway(readFixture(name));
      if (SCHEMA_ERRORS.includes(name)) {
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.issues.map((i) => i.code)).toEqual([name]);
      } else {
        expect(parsed.ok).toBe(true);
        if (parsed.ok)
          expect(parsed.warnings.map((i) => i.code)).toEqual(name === 'missing_approval' ? [name] : []);
      }
    });

    it(`${name}: raises only the findings its break implies`, () => {
      const result = analyzeFixture(name);
      expect(result.budget.exhausted).toBe(false);
      const intended = INTENDED[name] ?? [];
      expect(sorted(result.findings.map((f) => f.code))).toEqual(sorted(intended));
      // No error but the one the fixture is there to prove (and the same break seen by another rule).
      for (const code of codesOf(result, 'error'))
        expect([intended[0], ...(SAME_BREAK[name] ?? [])]).toContain(code);
    });
  }
});

describe('analyze: no false alarms', () => {
  for (const name of clean) {
    it(`finds nothing at all in ${name}`, () => {
      const result = analyzeFixture(name);
      expect(result.findings).toEqual([]);
      expect(result.budget.exhausted).toBe(false);
      expect(result.coverage?.outcomes.uncovered).toEqual([]);
      expect(result.coverage?.edges.uncovered).toEqual([]);
    });
  }

  const examples = examplePathways();
  it('has example pathways to check', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const { file, pathway } of examples) {
    it(`finds no error in the example pathway ${file}`, () => {
      expect(pathway, `${file} validates`).toBeDefined();
      if (!pathway) return;
      const result = analyze(pathway, { today: TODAY });
      expect(result.budget.exhausted).toBe(false);
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }
});

describe('analyze: the exploration budget', () => {
  const large = generatePathway({ nodes: 300, seed: 3, safe: true });

  it('explores a large generated pathway fully within the default budget', () => {
    const result = analyze(large, { today: TODAY, scenarios: false });
    expect(result.budget).toMatchObject({ exhausted: false, limit: 200_000 });
    expect(result.budget.note).toBeUndefined();
    // What the tiny budget below must leave out is really there to find.
    expect(codesOf(result, 'error')).toContain('unreachable_node');
    expect(codesOf(result, 'warning')).toContain('shadowed_edge');
  });

  it('stops when a tiny budget runs out, says how far it got, and leaves out what needs the whole space', () => {
    const result = analyze(large, { today: TODAY, scenarios: false, budget: 50 });
    expect(result.budget.exhausted).toBe(true);
    expect(result.budget.limit).toBe(50);
    expect(result.budget.explored).toBeLessThanOrEqual(50);
    expect(result.budget.note).toContain(`stopped after ${result.budget.explored} evaluation steps`);
    expect(result.budget.note).toContain('Raise the budget');
    const codes = result.findings.map((f) => f.code);
    for (const code of ['unreachable_node', 'shadowed_edge', 'edge_never_taken', 'field_never_shown'])
      expect(codes).not.toContain(code);
  });

  it('still reports the unreachable nodes and shadowed edges the graph alone proves', () => {
    const unreachable = analyzeFixture('unreachable_node', { budget: 1 });
    expect(unreachable.budget.exhausted).toBe(true);
    expect(single(unreachable, 'unreachable_node').nodeId).toBe('refer');
    const shadowed = analyzeFixture('shadowed_edge_after_otherwise', { budget: 1 });
    expect(shadowed.budget.exhausted).toBe(true);
    expect(single(shadowed, 'shadowed_edge').edgeId).toBe('e_very_high');
  });

  it('leaves out route-by-route findings on a small pathway when the budget runs out', () => {
    expect(single(analyzeFixture('shadowed_edge'), 'shadowed_edge').edgeId).toBe('e_very_high');
    const result = analyzeFixture('shadowed_edge', { budget: 5 });
    expect(result.budget.exhausted).toBe(true);
    expect(result.findings.map((f) => f.code)).not.toContain('shadowed_edge');
  });
});
