/**
 * `analyze`: every rule over one pathway, in one call.
 */
import type { Pathway } from '../engine/doc.js';
import { dedupeIssues, sortIssues } from '../issues/issue.js';
import { analysisDays, dateLiterals, readsDates } from './days.js';
import type { ExploreContext } from './explore/context.js';
import { explore } from './explore/explorer.js';
import type { Exploration } from './explore/record.js';
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
  const broken = unreadable.some((f) => f.severity === 'error');
  let coverage: Coverage | undefined;
  if (options.scenarios !== false) coverage = testScenarios(pathway, { today }).coverage;
  const days = analysisDays(today, readsDates(model), dateLiterals(model));
  let used = 0;
  let exhausted = false;
  let first: { record: Exploration; ctx: ExploreContext } | undefined;
  const findings: Finding[] = [];
  /** Route findings seen on any day, by key; all-route findings seen on every day so far. */
  const anyDay = new Map<string, Finding>();
  let everyDay: Map<string, Finding> | undefined;
  for (const day of days) {
    const exploration = explore(model, { today: day, budget: limit - used });
    const { record, ctx } = exploration;
    const primary = first === undefined;
    first ??= exploration;
    const input: RuleInput = {
      pathway,
      model,
      unreadable,
      exploration,
      ...(coverage ? { coverage } : {}),
    };
    const allRoutes = new Map<string, Finding>();
    for (const rule of ANALYSIS_RULES) {
      const routeRule = rule.needs === 'routes' || rule.needs === 'all-routes';
      if (!primary && !routeRule) continue;
      const skipped =
        (routeRule && broken) ||
        (rule.needs === 'all-routes' && !record.complete) ||
        (rule.needs === 'scenarios' && !coverage);
      if (skipped) continue;
      const found = rule.run(input);
      if (rule.needs === 'all-routes') for (const f of found) allRoutes.set(findingKey(f), f);
      else if (rule.needs === 'routes')
        for (const f of found) {
          const key = findingKey(f);
          if (!anyDay.has(key)) anyDay.set(key, primary ? f : onDay(f, day));
        }
      else findings.push(...found);
    }
    // A finding that needs every route holds only if it holds on every day (an edge taken on one day is taken).
    everyDay = record.complete
      ? everyDay === undefined
        ? allRoutes
        : new Map([...everyDay].filter(([key]) => allRoutes.has(key)))
      : new Map();
    used += ctx.spend.used;
    if (!record.complete || ctx.spend.exhausted) {
      exhausted = true;
      break;
    }
  }
  findings.push(...anyDay.values(), ...(everyDay?.values() ?? []));
  const { record } = first as { record: Exploration; ctx: ExploreContext };
  const budget = {
    exhausted,
    explored: used,
    limit,
    states: record.states.length,
    ...(exhausted
      ? {
          note: `The exploration stopped after ${used} evaluation steps${days.length > 1 ? ` (the rules read dates, so the routes are explored on ${days.length} days: ${days.join(', ')})` : ''}, having reached ${record.reachedNodes.size} of ${model.nodes.size} nodes and taken ${record.takenEdges.size} of ${pathway.edges.length} edges on ${today} in ${record.states.length} abstract states. Findings on those routes are real; nodes and edges it did not reach were not checked route by route, and the findings that need every route (nodes no answers reach, edges never taken or shadowed, questions never shown or always prefilled) are left out. Raise the budget to explore further.`,
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

function findingKey(f: Finding): string {
  return `${f.code}|${f.nodeId ?? ''}|${f.edgeId ?? ''}|${f.fieldId ?? ''}|${JSON.stringify(f.path)}`;
}

/** A finding that shows only on another day than the one asked for: it says which. */
function onDay(f: Finding, day: string): Finding {
  return { ...f, message: `${f.message} (This shows when today is ${day}.)`, today: day };
}
