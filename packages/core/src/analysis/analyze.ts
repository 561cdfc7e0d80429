/**
 * `analyze`: every rule over one pathway, in one call.
 */
import type { Pathway } from '../engine/doc.js';
import { dedupeIssues, sortIssues } from '../issues/issue.js';
import { explore } from './explore/explorer.js';
import { computeMetrics } from './metrics.js';
import { buildModel } from './model.js';
import { ANALYSIS_RULES, type RuleInput } from './registry.js';
import { expressionErrors } from './rules/expressions.js';
import { testScenarios } from './scenarios.js';
import type { AnalysisResult, AnalyzeOptions, Coverage, Finding } from './types.js';

/** The default exploration budget, in evaluation steps. */
export const DEFAULT_BUDGET = 200_000;

function todayOf(options: AnalyzeOptions): string {
  return options.today ?? new Date().toISOString().slice(0, 10);
}

/**
 * Analyses a pathway before it is published: structure, expressions,
 * decisions, clinical safety, friction and scenario coverage. Never throws
 * on a document of the right shape, however broken its content.
 *
 * The route-dependent rules explore the answer space symbolically — booleans,
 * each option, numbers and dates either side of every threshold the pathway
 * compares against, answered or blank — with the engine's own routing, within
 * `options.budget` evaluation steps. When the budget runs out, `budget.exhausted`
 * is true, `budget.note` says what was covered, and the rules that need every
 * route (nodes no answers reach, edges never taken or shadowed, questions
 * never shown or always prefilled) are not reported; those the graph alone
 * proves still are.
 *
 * While some expression cannot be read (a parse or type error), the route
 * rules are not run at all — they would report what the broken expression
 * causes as if it were the pathway's logic — and one `route_checks_skipped`
 * warning says so.
 *
 * @example
 * const { findings, metrics, budget } = analyze(pathway, { today: '2026-11-24' });
 * const errors = findings.filter((f) => f.severity === 'error');
 * metrics.outcomes.map((o) => `${o.nodeId}: ${o.fewestQuestions}–${o.mostQuestions} questions, ${o.routes} routes`);
 */
export function analyze(pathway: Pathway, options: AnalyzeOptions = {}): AnalysisResult {
  const today = todayOf(options);
  const limit = options.budget ?? DEFAULT_BUDGET;
  const model = buildModel(pathway);
  const unreadable = expressionErrors(model);
  const { record, ctx } = explore(model, { today, budget: limit });
  const broken = unreadable.some((f) => f.severity === 'error');
  let coverage: Coverage | undefined;
  if (options.scenarios !== false) coverage = testScenarios(pathway, { today }).coverage;
  const input: RuleInput = {
    pathway,
    model,
    unreadable,
    exploration: { record, ctx },
    ...(coverage ? { coverage } : {}),
  };
  const findings: Finding[] = [];
  for (const rule of ANALYSIS_RULES) {
    const skipped =
      ((rule.needs === 'routes' || rule.needs === 'all-routes') && broken) ||
      (rule.needs === 'all-routes' && !record.complete) ||
      (rule.needs === 'scenarios' && !coverage);
    if (!skipped) findings.push(...rule.run(input));
  }
  const exhausted = !record.complete || ctx.spend.exhausted;
  const budget = {
    exhausted,
    explored: ctx.spend.used,
    limit,
    states: record.states.length,
    ...(exhausted
      ? {
          note: `The exploration stopped after ${ctx.spend.used} evaluation steps and ${record.states.length} abstract states, having reached ${record.reachedNodes.size} of ${model.nodes.size} nodes and taken ${record.takenEdges.size} of ${pathway.edges.length} edges. Findings on those routes are real; nodes and edges it did not reach were not checked route by route, and the findings that need every route (nodes no answers reach, edges never taken or shadowed, questions never shown or always prefilled) are left out. Raise the budget to explore further.`,
        }
      : {}),
  };
  return {
    findings: sortIssues(dedupeIssues(findings)),
    metrics: computeMetrics(model, record),
    ...(coverage ? { coverage } : {}),
    budget,
  };
}
