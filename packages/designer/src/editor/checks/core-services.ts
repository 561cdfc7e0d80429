import {
  analyze,
  evaluate,
  isUnknown,
  parseExpressionText,
  runPath,
  testScenarios,
  type AnalysisResult,
  type AnswerValue,
  type Pathway,
} from '../../core.js';
import type { ExpressionService } from './expression-service.js';
import { traceAnswers } from './engine.js';
import { collectProblems } from './problems.js';
import type { CoreServices, FrictionReport, ScenarioReport, ScenarioResult, VariableLive } from './types.js';

/** Runs every scenario through core (pass/fail, the route taken, and what no scenario covers). */
export function runAllScenarios(doc: Pathway): ScenarioReport {
  try {
    const suite = testScenarios(doc as never);
    return {
      results: suite.reports.map((r): ScenarioResult => ({
        id: r.scenario,
        name: r.name,
        passed: r.passed,
        expected: doc.scenarios.find((s) => s.id === r.scenario)?.expect.outcome ?? '',
        route: r.run.route,
        message: r.failures.join(' '),
        ...(r.run.outcome ? { actual: r.run.outcome } : {}),
      })),
      uncoveredEdges: suite.coverage.edges.uncovered,
      uncoveredOutcomes: suite.coverage.outcomes.uncovered,
    };
  } catch (error) {
    return {
      results: [],
      uncoveredEdges: [],
      uncoveredOutcomes: [],
      error: `The scenarios could not run: ${String(error)}`,
    };
  }
}

/** Friction figures from core's analysis: questions per outcome, and the fields nothing uses. */
export function frictionOf(analysis: AnalysisResult | undefined): FrictionReport | undefined {
  if (!analysis) return undefined;
  return {
    outcomes: analysis.metrics.outcomes.map((o) => ({
      outcome: o.nodeId,
      minQuestions: o.fewestQuestions,
      maxQuestions: o.mostQuestions,
      routes: o.routes,
    })),
    unusedFields: analysis.findings
      .filter((f) => f.code === 'unused_field' && f.fieldId)
      .map((f) => f.fieldId as string),
    ...(analysis.budget.exhausted
      ? {
          note:
            analysis.budget.note ??
            'The analysis did not explore every route of this pathway within its budget.',
        }
      : {}),
  };
}

/** Core's analysis of the pathway, or `undefined` when it cannot run on it. */
export function analysisOf(doc: Pathway): AnalysisResult | undefined {
  try {
    return analyze(doc as never, { scenarios: true });
  } catch {
    return undefined;
  }
}

/**
 * The live value of each variable for the answers so far, all from core: the
 * scores core's engine reports once the answers reach an outcome; before that,
 * each expression variable and each score item evaluated by core's
 * interpreter (unanswered stays unknown).
 */
export function variableValues(
  doc: Pathway,
  answers: Readonly<Record<string, AnswerValue>>,
  context: Readonly<Record<string, unknown>>,
): Map<string, VariableLive> {
  const live = new Map<string, VariableLive>();
  const today = new Date().toISOString().slice(0, 10);
  const scope = { values: answers, context, today };
  const truth = (text: string): 'yes' | 'no' | 'unknown' => {
    const ast = parseExpressionText(text);
    const v = ast ? evaluate(ast, scope) : undefined;
    return v === true ? 'yes' : v === false ? 'no' : 'unknown';
  };
  let scores: readonly { id: string; value: unknown; band?: string }[];
  try {
    const run = runPath(doc as never, { answers: { ...answers }, context: { ...context } });
    scores = run.result?.scores ?? [];
  } catch {
    scores = [];
  }
  for (const v of doc.variables) {
    const reported = scores.find((s) => s.id === v.id);
    if (v.kind === 'score')
      live.set(v.id, {
        ...(reported ? { value: reported.value, ...(reported.band ? { band: reported.band } : {}) } : {}),
        items: v.items.map((item) => truth(item.when)),
      });
    else {
      const ast = parseExpressionText(v.expr);
      const value = reported ? reported.value : ast ? evaluate(ast, scope) : undefined;
      live.set(v.id, isUnknown(value) ? {} : { value });
    }
  }
  return live;
}

/** The designer's clinical services, all from core. */
export function createCoreServices(expressions: (doc: Pathway) => ExpressionService): CoreServices {
  return {
    analysis: analysisOf,
    problems: (doc, analysis) => {
      const service = expressions(doc);
      return collectProblems(doc, analysis, (text, expects) => service.check(text, expects));
    },
    runScenarios: runAllScenarios,
    friction: frictionOf,
    trace: traceAnswers,
    variableValues,
  };
}
