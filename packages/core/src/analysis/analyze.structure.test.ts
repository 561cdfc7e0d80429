/**
 * `analyze` on the structure of a pathway: the schema's own rules reported
 * with the node, edge or field they concern, nodes no route reaches, dead
 * ends, cycles, and parse and type errors in expressions.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFixture, fixture, runCounterExample, single } from './test-fixtures.js';

/** The text of the expression a finding points at (its `path` into the document). */
function expressionAt(name: string, path: readonly (string | number)[]): string {
  let at: unknown = fixture(name);
  for (const key of path) at = (at as Record<string | number, unknown>)[key];
  expect(typeof at).toBe('string');
  return at as string;
}

describe('analyze: the schema rules', () => {
  it('reports a node id used twice, at the second node', () => {
    expect(single(analyzeFixture('duplicate_id'), 'duplicate_id')).toMatchObject({
      severity: 'error',
      path: ['nodes', 3, 'id'],
      nodeId: 'safe',
    });
  });

  it('reports an edge to a node that does not exist, with the edge and where it starts', () => {
    const f = single(analyzeFixture('unknown_reference'), 'unknown_reference');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['edges', 0, 'to'],
      edgeId: 'e_high',
      nodeId: 'assess',
    });
    expect(f.message).toContain('"ed"');
  });

  it('reports an edge out of an outcome', () => {
    expect(single(analyzeFixture('invalid_reference'), 'invalid_reference')).toMatchObject({
      severity: 'error',
      path: ['edges', 2, 'from'],
      edgeId: 'e_back',
      nodeId: 'safe',
    });
  });

  it('reports an option value used twice, with the field it belongs to', () => {
    expect(single(analyzeFixture('duplicate_value'), 'duplicate_value')).toMatchObject({
      severity: 'error',
      path: ['nodes', 0, 'fields', 0, 'options', 2, 'value'],
      nodeId: 'assess',
      fieldId: 'severity',
    });
  });

  it('reports a score band whose minimum is above its maximum, with the score', () => {
    expect(single(analyzeFixture('invalid_range'), 'invalid_range')).toMatchObject({
      severity: 'error',
      path: ['variables', 0, 'bands', 1, 'max'],
      fieldId: 'fever_score',
    });
  });

  it('warns that an active pathway has no sign-off', () => {
    const f = single(analyzeFixture('missing_approval'), 'missing_approval');
    expect(f).toMatchObject({ severity: 'warning', path: ['approvals'] });
    expect(f).not.toHaveProperty('nodeId');
  });
});

describe('analyze: the graph', () => {
  it('reports a node no edge leads to', () => {
    const f = single(analyzeFixture('unreachable_node'), 'unreachable_node');
    expect(f).toMatchObject({ severity: 'error', path: ['nodes', 3], nodeId: 'refer' });
    expect(f.message).toContain('no route leads to it');
  });

  it('reports a node the edges lead to but no answers reach, naming the edge that is never taken', () => {
    const result = analyzeFixture('unreachable_node_by_conditions');
    const f = single(result, 'unreachable_node');
    expect(f).toMatchObject({ severity: 'error', path: ['nodes', 1], nodeId: 'children' });
    expect(f.message).toContain('e_child “age < 16”');
    expect(single(result, 'edge_never_taken').edgeId).toBe('e_child');
  });

  it('reports a page that is not an outcome and has no way on', () => {
    const f = single(analyzeFixture('dead_end'), 'dead_end');
    expect(f).toMatchObject({ severity: 'error', path: ['nodes', 1], nodeId: 'advice' });
  });

  it('reports a loop at the edge that goes back, with the route round it', () => {
    const f = single(analyzeFixture('cycle'), 'cycle');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['edges', 3],
      edgeId: 'e_again',
      nodeId: 'recheck',
      route: ['assess', 'recheck', 'assess'],
    });
    expect(f.message).toContain('Point edge e_again at a later node');
  });

  it('reports a loop the engine really goes round', () => {
    const run = runCounterExample(fixture('cycle'), { temperature: 37, better: false });
    expect(run.status).toBe('stalled');
    expect(run.stall?.code).toBe('cycle');
    expect(run.route.slice(0, 3)).toEqual(['assess', 'recheck', 'assess']);
  });
});

describe('analyze: expressions', () => {
  it('reports a misspelt name in a validation rule, underlining the name', () => {
    const f = single(analyzeFixture('unknown_name'), 'unknown_name');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['nodes', 0, 'fields', 0, 'validations', 0, 'when'],
      nodeId: 'assess',
      fieldId: 'temperature',
    });
    expect(f.range && expressionAt('unknown_name', f.path).slice(f.range.from, f.range.to)).toBe(
      'temprature',
    );
    expect(f.message).toContain('Did you mean “temperature”?');
  });

  it('reports a red-flag condition comparing a number with text', () => {
    const f = single(analyzeFixture('type_mismatch'), 'type_mismatch');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['nodes', 0, 'fields', 0, 'redFlag', 'when'],
      nodeId: 'assess',
      fieldId: 'temperature',
    });
    expect(f.range && expressionAt('type_mismatch', f.path).slice(f.range.from, f.range.to)).toContain(
      "'40'",
    );
  });

  it('reports a score item naming an option the question does not have, with the score', () => {
    const f = single(analyzeFixture('unknown_option'), 'unknown_option');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['variables', 0, 'items', 0, 'when'],
      fieldId: 'fever_score',
    });
    expect(f).not.toHaveProperty('nodeId');
    expect(f.range && expressionAt('unknown_option', f.path).slice(f.range.from, f.range.to)).toBe(
      "'non-blanching'",
    );
    expect(f.message).toContain("Did you mean 'non_blanching'?");
  });

  it('reports a variable that does not parse, underlining the symbol to replace', () => {
    const f = single(analyzeFixture('use_word_operator'), 'use_word_operator');
    expect(f).toMatchObject({ severity: 'error', path: ['variables', 0, 'expr'], fieldId: 'sepsis_risk' });
    expect(f.range && expressionAt('use_word_operator', f.path).slice(f.range.from, f.range.to)).toBe('&&');
  });
});
