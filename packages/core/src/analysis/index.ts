/**
 * The analysis: what can be proved about a pathway before any clinician sees
 * it. {@link analyze} runs every rule — structure, expressions, decisions,
 * clinical safety, friction, scenario coverage — and returns findings (each
 * with a stable `code`, a severity, a JSON `path`, the node, edge or field it
 * concerns and, where a route shows it, the route and a counter-example of
 * answers), metrics, coverage and the exploration budget.
 * {@link testScenarios} runs the document's scenarios through the engine
 * with coverage. See docs/authoring/analysis.md for every finding code.
 *
 * @packageDocumentation
 */
export { analyze, DEFAULT_BUDGET } from './analyze.js';
export { testScenarios, coverageOf, type ScenarioSuite } from './scenarios.js';
export { countRoutes } from './metrics.js';
export { needsSafetyNetting, URGENCY_RANK } from './rules/static-safety.js';
export {
  pathwayTypeEnv,
  expressionSites,
  expressionSitesOf,
  typeEnvOf,
  unreadableExpressions,
  type ExpressionSite,
} from './rules/expressions.js';
export { routeTo, type RouteSearch, type RouteWitness } from './witness.js';
export type {
  AnalysisResult,
  AnalyzeOptions,
  Budget,
  Coverage,
  Finding,
  Metrics,
  OutcomeMetrics,
} from './types.js';
export { ANALYSIS_CODES, severityOf, type AnalysisCode, type CodeEntry, type RuleGroup } from './codes.js';
export { ANALYSIS_RULES, type AnalysisRule, type RuleInput, type RuleNeeds } from './registry.js';
export {
  traceMatrix,
  needsSource,
  type TraceElement,
  type TraceMatrix,
  type TraceRecommendation,
  type TraceSource,
} from './trace.js';
export { traceMarkdown, traceCsv } from './trace-render.js';
