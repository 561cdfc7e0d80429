/**
 * Scenario tests with coverage: every scenario of the document run through
 * the engine's own `runScenarios`, and which outcomes and edges none of them
 * exercises.
 */
import type { Pathway } from '../engine/doc.js';
import { runScenarios, type ScenarioOptions, type ScenarioReport } from '../engine/scenarios.js';
import { finding } from './finding.js';
import { buildModel, nodeName } from './model.js';
import type { Coverage, Finding } from './types.js';

/** The scenario reports of a pathway with their totals and coverage. */
export interface ScenarioSuite {
  /** One report per scenario, in document order: pass/fail, the failures, and the run (route, outcome, trace). */
  readonly reports: ScenarioReport[];
  readonly passed: number;
  readonly failed: number;
  readonly coverage: Coverage;
}

/** What a set of runs exercised: outcomes reached and edges taken (from the trace). */
export function coverageOf(pathway: Pathway, reports: readonly ScenarioReport[]): Coverage {
  const outcomes = new Set<string>();
  const edges = new Set<string>();
  for (const report of reports) {
    if (report.run.status === 'outcome' && report.run.outcome !== undefined) outcomes.add(report.run.outcome);
    for (const entry of report.run.trace) if (entry.edge !== null) edges.add(entry.edge);
  }
  const outcomeIds = pathway.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
  const edgeIds = pathway.edges.map((e) => e.id);
  return {
    outcomes: {
      covered: outcomeIds.filter((id) => outcomes.has(id)),
      uncovered: outcomeIds.filter((id) => !outcomes.has(id)),
    },
    edges: {
      covered: edgeIds.filter((id) => edges.has(id)),
      uncovered: edgeIds.filter((id) => !edges.has(id)),
    },
  };
}

/**
 * Runs every scenario in the document through the engine and reports
 * pass/fail with the actual route and outcome, plus coverage.
 *
 * @example
 * const suite = testScenarios(pathway, { today: '2026-11-24' });
 * console.log(`${suite.passed} passed, ${suite.failed} failed`);
 * suite.coverage.outcomes.uncovered; // outcome ids no scenario reaches
 */
export function testScenarios(pathway: Pathway, options: ScenarioOptions = {}): ScenarioSuite {
  const reports = runScenarios(pathway, options);
  const passed = reports.filter((r) => r.passed).length;
  return { reports, passed, failed: reports.length - passed, coverage: coverageOf(pathway, reports) };
}

/** Coverage gaps as findings: outcomes (warning) and edges (info) no scenario exercises. */
export function coverageFindings(pathway: Pathway, coverage: Coverage): Finding[] {
  const model = buildModel(pathway);
  const out: Finding[] = [];
  for (const id of coverage.outcomes.uncovered) {
    out.push(
      finding(
        'outcome_not_covered',
        model.nodePath.get(id) ?? [],
        `No scenario reaches the outcome ${nodeName(model.nodes.get(id), id)}. Add a scenario that ends there, so that a change which breaks the route into it is caught.`,
        { nodeId: id },
      ),
    );
  }
  pathway.edges.forEach((edge, i) => {
    if (!coverage.edges.uncovered.includes(edge.id)) return;
    out.push(
      finding(
        'edge_not_covered',
        ['edges', i],
        `No scenario takes edge ${edge.id} (${edge.from} → ${edge.to}${edge.when !== undefined ? `, when “${edge.when}”` : ''}). Add a scenario that does.`,
        { nodeId: edge.from, edgeId: edge.id },
      ),
    );
  });
  return out;
}
