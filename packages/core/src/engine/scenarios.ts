/**
 * Scenario tests: the clinical test cases kept in a pathway, run through
 * {@link runPath} and compared with their expected outcome and route.
 */
import type { Pathway } from './doc.js';
import { runPath, type RunPathResult } from './run-path.js';

/** One scenario as stored in a pathway. */
export type Scenario = Pathway['scenarios'][number];

/** The verdict on one scenario. */
export interface ScenarioReport {
  scenario: string;
  name: string;
  passed: boolean;
  /** Why it failed, one sentence each. */
  failures: string[];
  run: RunPathResult;
}

/** Options of {@link runScenario}. */
export interface ScenarioOptions {
  /** Fixes "today" for date rules (default: the clock). */
  today?: string;
  now?: () => Date;
}

/** Runs one scenario and checks its expectations. Never throws. */
export function runScenario(
  pathway: Pathway,
  scenario: Scenario,
  options: ScenarioOptions = {},
): ScenarioReport {
  const run = runPath(pathway, {
    answers: scenario.answers,
    ...(scenario.context !== undefined ? { context: scenario.context } : {}),
    ...(options.today !== undefined ? { today: options.today } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
  const failures: string[] = [];
  const expected = scenario.expect;
  if (run.status !== 'outcome') {
    const why =
      run.status === 'stalled'
        ? (run.stall?.message ?? 'routing stalled')
        : (run.errors ?? []).map((e) => e.message).join('; ');
    failures.push(
      `expected outcome “${expected.outcome}” but the run ${run.status === 'stalled' ? 'stalled' : 'stopped on invalid answers'} at “${run.at ?? '?'}”: ${why}`,
    );
  } else if (run.outcome !== expected.outcome) {
    failures.push(`expected outcome “${expected.outcome}” but reached “${run.outcome ?? '?'}”`);
  }
  if (expected.path !== undefined && expected.path.join(' → ') !== run.route.join(' → ')) {
    failures.push(`expected route ${expected.path.join(' → ')} but took ${run.route.join(' → ')}`);
  }
  return { scenario: scenario.id, name: scenario.name, passed: failures.length === 0, failures, run };
}

/** Runs every scenario of a pathway. */
export function runScenarios(pathway: Pathway, options: ScenarioOptions = {}): ScenarioReport[] {
  return pathway.scenarios.map((s) => runScenario(pathway, s, options));
}
