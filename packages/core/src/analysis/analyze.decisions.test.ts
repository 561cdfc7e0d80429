/**
 * `analyze` on routing decisions: nodes where no edge holds, conditions the
 * engine cannot decide, and edges that are never taken. Each route finding
 * carries a counter-example that, run through the engine, shows the problem.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../expr/evaluate.js';
import { parseExpression } from '../expr/parser.js';
import { analyzeFixture, fixture, runCounterExample, single, TODAY } from './test-fixtures.js';

describe('analyze: decisions', () => {
  it('reports a decision that no answer routes, with a counter-example', () => {
    const f = single(analyzeFixture('not_exhaustive'), 'not_exhaustive');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['nodes', 0],
      nodeId: 'assess',
      route: ['assess'],
      counterExample: { temperature: 38 },
    });
    expect(f.message).toContain('temperature = 38');
  });

  it('gives a not_exhaustive counter-example on which the engine really stalls there', () => {
    const f = single(analyzeFixture('not_exhaustive'), 'not_exhaustive');
    const run = runCounterExample(fixture('not_exhaustive'), f.counterExample ?? {});
    expect(run).toMatchObject({ status: 'stalled', at: 'assess', stall: { code: 'no_route' } });
    expect(run.route).toEqual(f.route);
  });
});

describe('analyze: conditions the engine cannot decide', () => {
  it('reports a condition reading a question not asked on the route', () => {
    const f = single(analyzeFixture('field_not_asked'), 'field_not_asked');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['edges', 3, 'when'],
      nodeId: 'check',
      edgeId: 'e_fever',
      fieldId: 'temperature',
      route: ['assess', 'check'],
      counterExample: { unwell: false },
    });
    const run = runCounterExample(fixture('field_not_asked'), f.counterExample ?? {});
    expect(run).toMatchObject({ status: 'stalled', at: 'check', stall: { code: 'unknown_condition' } });
    expect(run.needs).toMatchObject([{ id: 'temperature', reason: 'not_on_route' }]);
  });

  it('reports a condition reading a question hidden on the route', () => {
    const f = single(analyzeFixture('field_not_asked_hidden'), 'field_not_asked');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['edges', 0, 'when'],
      edgeId: 'e_fever',
      fieldId: 'temperature',
      counterExample: { unwell: false },
    });
    expect(f.message).toContain('hidden on this route');
    const run = runCounterExample(fixture('field_not_asked_hidden'), f.counterExample ?? {});
    expect(run.needs).toMatchObject([{ id: 'temperature', reason: 'hidden' }]);
  });

  it('reports a condition reading an optional question that may be left blank', () => {
    const f = single(analyzeFixture('optional_field_in_condition'), 'optional_field_in_condition');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['edges', 0, 'when'],
      nodeId: 'assess',
      edgeId: 'e_fever',
      fieldId: 'temperature',
      route: ['assess'],
    });
    // Leaving the question blank is the counter-example: it is not answered at all.
    expect(f.counterExample).toEqual({});
    const run = runCounterExample(fixture('optional_field_in_condition'), f.counterExample ?? {});
    expect(run).toMatchObject({ status: 'stalled', at: 'assess' });
    expect(run.needs).toMatchObject([{ id: 'temperature', reason: 'unanswered' }]);
  });

  it('warns about a condition reading a context fact the host may not pass', () => {
    const f = single(analyzeFixture('context_not_provided'), 'context_not_provided');
    expect(f).toMatchObject({
      severity: 'warning',
      path: ['edges', 1, 'when'],
      nodeId: 'assess',
      edgeId: 'e_elderly',
      fieldId: 'context.age',
      route: ['assess'],
    });
    expect(f.counterExample).not.toHaveProperty('context.age');
    const run = runCounterExample(fixture('context_not_provided'), f.counterExample ?? {});
    expect(run.needs).toMatchObject([{ id: 'age', kind: 'context', reason: 'not_provided' }]);
  });
});

describe('analyze: edges never taken', () => {
  it('reports an edge shadowed by an earlier, wider condition, saying which and why', () => {
    const f = single(analyzeFixture('shadowed_edge'), 'shadowed_edge');
    expect(f).toMatchObject({
      severity: 'warning',
      path: ['edges', 2],
      nodeId: 'assess',
      edgeId: 'e_very_high',
      route: ['assess'],
    });
    expect(f.message).toContain('an earlier edge, e_fever (“temperature >= 38”), holds too');
    expect(f.message).toContain('temperature = 40');
  });

  it('gives a shadowed_edge counter-example on which the condition holds yet the earlier edge is taken', () => {
    const pathway = fixture('shadowed_edge');
    const f = single(analyzeFixture('shadowed_edge'), 'shadowed_edge');
    const example = f.counterExample ?? {};
    const when = pathway.edges.find((e) => e.id === f.edgeId)?.when ?? '';
    const ast = parseExpression(when).ast;
    expect(ast && evaluate(ast, { values: example, today: TODAY })).toBe(true);
    const run = runCounterExample(pathway, example);
    expect(run).toMatchObject({ status: 'outcome', outcome: 'urgent' });
    expect(run.trace[0]?.edge).toBe('e_fever');
  });

  it('reports an edge placed after the otherwise edge', () => {
    const f = single(analyzeFixture('shadowed_edge_after_otherwise'), 'shadowed_edge');
    expect(f).toMatchObject({
      severity: 'warning',
      path: ['edges', 3],
      nodeId: 'assess',
      edgeId: 'e_very_high',
    });
    expect(f.message).toContain('the edge before it, e_ok, has no condition');
  });

  it('reports an edge whose condition is false on every route', () => {
    const f = single(analyzeFixture('edge_never_taken'), 'edge_never_taken');
    expect(f).toMatchObject({ severity: 'warning', path: ['edges', 1], nodeId: 'assess', edgeId: 'e_child' });
    expect(f.message).toContain('“age < 16” is false on every route');
  });

  it('notes an otherwise edge the conditions before it leave nothing for', () => {
    const f = single(analyzeFixture('otherwise_never_taken'), 'otherwise_never_taken');
    expect(f).toMatchObject({ severity: 'info', path: ['edges', 2], nodeId: 'assess', edgeId: 'e_other' });
  });
});
