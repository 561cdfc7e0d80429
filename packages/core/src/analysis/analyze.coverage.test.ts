/**
 * Scenario coverage: `testScenarios` runs a pathway's scenarios through the
 * engine, and `analyze` reports the outcomes and edges none of them
 * exercises.
 */
import { describe, expect, it } from 'vitest';
import { testScenarios } from './scenarios.js';
import { analyzeFixture, fixture, single, TODAY } from './test-fixtures.js';

describe('analyze: scenario coverage', () => {
  it('warns about an outcome no scenario reaches', () => {
    const result = analyzeFixture('outcome_not_covered');
    expect(single(result, 'outcome_not_covered')).toMatchObject({
      severity: 'warning',
      path: ['nodes', 2],
      nodeId: 'safe',
    });
    expect(result.coverage?.outcomes).toEqual({ covered: ['urgent'], uncovered: ['safe'] });
  });

  it('notes an edge no scenario takes, though every outcome is reached', () => {
    const result = analyzeFixture('edge_not_covered');
    expect(single(result, 'edge_not_covered')).toMatchObject({
      severity: 'info',
      path: ['edges', 1],
      nodeId: 'assess',
      edgeId: 'e_unwell',
    });
    expect(result.coverage).toEqual({
      outcomes: { covered: ['urgent', 'safe'], uncovered: [] },
      edges: { covered: ['e_fever', 'e_ok'], uncovered: ['e_unwell'] },
    });
  });

  it('leaves coverage out when asked not to run the scenarios', () => {
    const result = analyzeFixture('outcome_not_covered', { scenarios: false });
    expect(result.coverage).toBeUndefined();
    expect(result.findings.map((f) => f.code)).toEqual([]);
  });
});

describe('testScenarios', () => {
  it('runs every scenario through the engine, with the route and outcome each took', () => {
    const suite = testScenarios(fixture('clean-fever-triage'), { today: TODAY });
    expect(suite).toMatchObject({ passed: 4, failed: 0 });
    expect(suite.reports.map((r) => [r.scenario, r.run.outcome, r.run.route])).toEqual([
      ['collapsed', 'emergency', ['assess', 'emergency']],
      ['long_fever', 'urgent', ['assess', 'review', 'urgent']],
      ['short_fever', 'safe', ['assess', 'review', 'safe']],
      ['afebrile', 'safe', ['assess', 'advice', 'safe']],
    ]);
  });

  it('gives the coverage analyze reports', () => {
    const pathway = fixture('clean-uti-triage');
    const suite = testScenarios(pathway, { today: TODAY });
    expect(suite.failed).toBe(0);
    expect(suite.coverage.edges.uncovered).toEqual([]);
    expect(analyzeFixture('clean-uti-triage').coverage).toEqual(suite.coverage);
  });

  it('counts only what the scenarios exercise', () => {
    const pathway = fixture('clean-fever-triage');
    const suite = testScenarios({ ...pathway, scenarios: pathway.scenarios.slice(0, 1) }, { today: TODAY });
    expect(suite.coverage).toEqual({
      outcomes: { covered: ['emergency'], uncovered: ['urgent', 'safe'] },
      edges: {
        covered: ['e_collapse'],
        uncovered: ['e_fever', 'e_afebrile', 'e_long', 'e_short', 'e_advice'],
      },
    });
  });

  it('fails a scenario whose outcome has changed, saying what was reached', () => {
    const pathway = fixture('clean-fever-triage');
    const [first] = pathway.scenarios;
    if (!first) throw new Error('clean-fever-triage has scenarios');
    const wrong = { ...first, expect: { outcome: 'safe' } };
    const suite = testScenarios({ ...pathway, scenarios: [wrong] }, { today: TODAY });
    expect(suite).toMatchObject({ passed: 0, failed: 1 });
    expect(suite.reports[0]?.failures).toEqual(['expected outcome “safe” but reached “emergency”']);
  });
});
