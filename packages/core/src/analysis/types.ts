/**
 * The public shapes of the analysis: findings, metrics, coverage and the
 * exploration budget.
 */
import type { Issue } from '../issues/issue.js';
import type { AnalysisCode } from './codes.js';

/**
 * One problem the analysis found: an {@link Issue} with a code of
 * `ANALYSIS_CODES` (the document rules, the expression errors and the
 * analysis's own), the node, edge or field it concerns and, for
 * route-dependent rules, the route and the answers that show it.
 */
export type Finding = Issue<AnalysisCode>;

/** Friction figures for one outcome. */
export interface OutcomeMetrics {
  readonly nodeId: string;
  readonly title: string;
  readonly disposition: string;
  readonly urgency: string;
  /** Whether some explored route reaches it. */
  readonly reachable: boolean;
  /** Fewest questions a clinician is shown on a route to it (`null` when unreachable). */
  readonly fewestQuestions: number | null;
  /** Most questions a clinician is shown on a route to it (`null` when unreachable). */
  readonly mostQuestions: number | null;
  /** Distinct node routes that reach it. */
  readonly routes: number;
}

/** Sizes and friction of a pathway. */
export interface Metrics {
  readonly nodes: {
    readonly total: number;
    readonly step: number;
    readonly decision: number;
    readonly info: number;
    readonly outcome: number;
  };
  readonly edges: number;
  /** Input fields (display fields excluded). */
  readonly questions: number;
  readonly variables: number;
  readonly scenarios: number;
  readonly redFlags: number;
  /** Longest route from the start to an outcome, in nodes. */
  readonly longestRoute: number;
  readonly outcomes: OutcomeMetrics[];
}

/** What the scenarios exercise. */
export interface Coverage {
  readonly outcomes: { readonly covered: string[]; readonly uncovered: string[] };
  readonly edges: { readonly covered: string[]; readonly uncovered: string[] };
}

/** How much of the answer space the exploration covered. */
export interface Budget {
  /** True when the exploration stopped before it had seen every abstract route. */
  readonly exhausted: boolean;
  /** Evaluation steps spent. */
  readonly explored: number;
  /** The budget it had. */
  readonly limit: number;
  /** Distinct abstract states visited. */
  readonly states: number;
  /** What was covered when the budget ran out. */
  readonly note?: string;
}

/** What {@link analyze} returns. */
export interface AnalysisResult {
  readonly findings: Finding[];
  readonly metrics: Metrics;
  readonly coverage?: Coverage;
  readonly budget: Budget;
}

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** Evaluation steps the symbolic exploration may spend (default 200 000). */
  readonly budget?: number;
  /** Run the scenarios for coverage findings (default true). */
  readonly scenarios?: boolean;
  /** Fixes "today" for date rules (`YYYY-MM-DD`; default the clock). */
  readonly today?: string;
}
