/**
 * The public shapes of the analysis: findings, metrics, coverage and the
 * exploration budget.
 */
import type { Issue } from '../schema/issues.js';

/**
 * How serious a finding is: the schema's `error` and `warning`, plus `info`
 * for figures worth knowing. Only `error` blocks publishing.
 */
export type Severity = Issue['severity'] | 'info';

/**
 * One problem the analysis found. It is a schema {@link Issue} (a stable
 * snake_case `code`, a JSON `path` into the document, a `message`) with the
 * node, edge or field it concerns and, for route-dependent rules, the route
 * and the answers that show it.
 */
export interface Finding extends Omit<Issue, 'severity'> {
  readonly severity: Severity;
  readonly nodeId?: string;
  readonly edgeId?: string;
  readonly fieldId?: string;
  /** Node ids from the start to where the problem shows. */
  readonly route?: string[];
  /**
   * Answers (by field id) and context values (as `context.<id>`) that make the
   * problem happen when run through the engine.
   */
  readonly counterExample?: Record<string, unknown>;
  /** For expression findings: the characters of the expression to underline. */
  readonly range?: { readonly from: number; readonly to: number };
}

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
