/**
 * `analyze` on traceability: recommendations nothing implements, red flags,
 * decision edges and outcomes that name no source, and sources with no date
 * they were last read.
 */
import { describe, expect, it } from 'vitest';
import type { Pathway } from '../engine/doc.js';
import { analyze } from './analyze.js';
import { analyzeFixture, fixture, single, TODAY } from './test-fixtures.js';

const traceCodes = ['untraced_recommendation', 'unsourced_element', 'source_not_accessed'];
const traceFindings = (pathway: Pathway) =>
  analyze(pathway, { today: TODAY, scenarios: false }).findings.filter((f) => traceCodes.includes(f.code));

/** A copy of a fixture to change. */
const copy = (name: string): Pathway => structuredClone(fixture(name));

/** The field with `id` in a pathway. */
function fieldOf(pathway: Pathway, id: string) {
  for (const node of pathway.nodes)
    if (node.kind === 'step') for (const field of node.fields) if (field.id === id) return field;
  throw new Error(`no field ${id}`);
}

describe('analyze: untraced_recommendation', () => {
  it('reports a recommendation nothing names, at its place in the source, saying how to trace it', () => {
    const f = single(analyzeFixture('untraced_recommendation'), 'untraced_recommendation');
    expect(f).toMatchObject({ severity: 'warning', path: ['sources', 0, 'recommendations', 1] });
    expect(f.message).toContain('Recommendation 1.2 of');
    expect(f.message).toContain('"fixture-guide#1.2"');
    expect(f.message).toContain('"outOfScope"');
  });

  it('counts a recommendation out of scope, with its reason, as traced', () => {
    const pathway = copy('untraced_recommendation');
    const rec = pathway.sources[0]?.recommendations?.[1];
    if (rec) rec.outOfScope = 'Longer fevers are reviewed on another pathway.';
    expect(traceFindings(pathway)).toEqual([]);
  });

  it('does not count a citation of the whole source as tracing each recommendation', () => {
    const pathway = copy('untraced_recommendation');
    const edge = pathway.edges.find((e) => e.id === 'e_long');
    expect(edge?.sources).toEqual(['fixture-guide']);
    if (edge) edge.sources = ['fixture-guide#1.2'];
    expect(traceFindings(pathway)).toEqual([]);
  });

  it('is traced by a question, option, red flag, edge or node alike', () => {
    const pathway = copy('untraced_recommendation');
    fieldOf(pathway, 'days').sources = ['fixture-guide#1.2'];
    expect(traceFindings(pathway)).toEqual([]);
  });
});

describe('analyze: unsourced_element', () => {
  it('reports a decision edge that names no source, with the edge and what to add', () => {
    const f = single(analyzeFixture('unsourced_element'), 'unsourced_element');
    expect(f).toMatchObject({ severity: 'warning', path: ['edges', 1], edgeId: 'e_fever', nodeId: 'assess' });
    expect(f.message).toMatch(/^Decision edge e_fever from “Assess” to “Fever review” names no source/);
    expect(f.message).toContain('to the edge’s "sources"');
  });

  it('does not ask an otherwise edge for a source', () => {
    const pathway = copy('clean-fever-triage');
    expect(pathway.edges.find((e) => e.id === 'e_afebrile')?.sources).toBeUndefined();
    expect(traceFindings(pathway)).toEqual([]);
  });

  it('reports an outcome that names no source; a source on the edge into it does not count', () => {
    const pathway = copy('clean-fever-triage');
    const outcome = pathway.nodes.find((n) => n.id === 'urgent');
    if (outcome) delete outcome.sources;
    const f = traceFindings(pathway);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'unsourced_element', path: ['nodes', 4], nodeId: 'urgent' });
    expect(f[0]?.message).toMatch(/^Outcome “Urgent care today” \(urgent\) names no source/);
  });

  it('reports a red flag that names no source, and accepts one sourced by its question', () => {
    const pathway = copy('clean-fever-triage');
    const collapse = fieldOf(pathway, 'collapse');
    delete collapse.redFlag?.sources;
    const f = traceFindings(pathway);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      code: 'unsourced_element',
      path: ['nodes', 0, 'fields', 0, 'redFlag'],
      nodeId: 'assess',
      fieldId: 'collapse',
    });
    expect(f[0]?.message).toMatch(/^Red flag of “Has the patient collapsed\?” \(collapse\) names no source/);
    collapse.sources = ['fixture-guide'];
    expect(traceFindings(pathway)).toEqual([]);
  });

  it('accepts a red flag defined by flagged options when every flagged option names a source', () => {
    const pathway = copy('clean-traced-uti-triage');
    const symptoms = fieldOf(pathway, 'symptoms');
    expect(symptoms.redFlag?.sources).toBeUndefined();
    expect(traceFindings(pathway)).toEqual([]);
    if (symptoms.type !== 'multi-choice') throw new Error('symptoms is a multi-choice');
    const frequency = symptoms.options.find((o) => o.value === 'frequency');
    if (frequency) frequency.redFlag = true;
    expect(traceFindings(pathway).map((f) => [f.code, f.fieldId])).toEqual([
      ['unsourced_element', 'symptoms'],
    ]);
  });

  it('does not count flagged options when the red flag has its own condition', () => {
    const pathway = copy('clean-traced-uti-triage');
    const symptoms = fieldOf(pathway, 'symptoms');
    if (symptoms.redFlag) symptoms.redFlag.when = "'haematuria' in symptoms";
    expect(traceFindings(pathway).map((f) => [f.code, f.fieldId])).toEqual([
      ['unsourced_element', 'symptoms'],
    ]);
  });
});

describe('analyze: source_not_accessed', () => {
  it('reports a source with no accessed date, asking when it was last read', () => {
    const f = single(analyzeFixture('source_not_accessed'), 'source_not_accessed');
    expect(f).toMatchObject({ severity: 'warning', path: ['sources', 0] });
    expect(f.message).toContain('(fixture-guide) has no "accessed" date: when was it last read');
  });

  it('runs on the document alone: reported even when an expression cannot be read', () => {
    const pathway = copy('source_not_accessed');
    const edge = pathway.edges.find((e) => e.id === 'e_long');
    if (edge) edge.when = 'days >=';
    const codes = analyze(pathway, { today: TODAY }).findings.map((f) => f.code);
    expect(codes).toContain('route_checks_skipped');
    expect(codes).toContain('source_not_accessed');
  });
});
