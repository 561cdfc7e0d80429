import type { AnalysisResult, AnswerValue, Issue, Pathway } from '../../core.js';

/** The result of one scenario run through the real engine. */
export interface ScenarioResult {
  readonly id: string;
  readonly name: string;
  readonly passed: boolean;
  readonly expected: string;
  /** The outcome reached, if any. */
  readonly actual?: string;
  readonly route: readonly string[];
  /** Why it failed, in words (empty when it passed). */
  readonly message: string;
}

/** All scenarios run, with what they cover. */
export interface ScenarioReport {
  readonly results: readonly ScenarioResult[];
  readonly uncoveredEdges: readonly string[];
  readonly uncoveredOutcomes: readonly string[];
  /** Set when the scenarios could not be run at all. */
  readonly error?: string;
}

/** Friction of one outcome: the fewest and most questions asked on the way to it. */
export interface OutcomeFriction {
  readonly outcome: string;
  /** `null` when no explored route reaches the outcome. */
  readonly minQuestions: number | null;
  readonly maxQuestions: number | null;
  readonly routes?: number;
}

/** Friction metrics of the whole pathway. */
export interface FrictionReport {
  readonly outcomes: readonly OutcomeFriction[];
  readonly unusedFields: readonly string[];
  /** Set when the analysis could not explore everything, in its words. */
  readonly note?: string;
}

/** Where a run of answers leads. */
export interface RunTrace {
  readonly route: readonly string[];
  readonly current?: string;
  readonly outcome?: string;
  /** Fields the engine needs to go on, when it stalls. */
  readonly needs?: readonly string[];
  /** The edges taken, in order. */
  readonly edges?: readonly string[];
}

/** Everything clinical the designer asks of `@careway/core`, bound in one place. */
export interface CoreServices {
  /** Core's analysis of the pathway (`undefined` when it cannot run on it). */
  analysis(doc: Pathway): AnalysisResult | undefined;
  /** Every problem core finds, each once, errors first. */
  problems(doc: Pathway, analysis: AnalysisResult | undefined): Issue[];
  runScenarios(doc: Pathway): ScenarioReport;
  /** Friction figures from an analysis. */
  friction(analysis: AnalysisResult | undefined): FrictionReport | undefined;
  trace(
    doc: Pathway,
    answers: Readonly<Record<string, AnswerValue>>,
    context: Readonly<Record<string, unknown>>,
  ): RunTrace;
  /** The live value of each variable for the given answers. */
  variableValues(
    doc: Pathway,
    answers: Readonly<Record<string, AnswerValue>>,
    context: Readonly<Record<string, unknown>>,
  ): Map<string, VariableLive>;
}

/** What the preview's answers say about a variable so far. */
export interface VariableLive {
  /** Its value, when core knows it (absent while it depends on unanswered questions). */
  readonly value?: unknown;
  /** A score's band, when core reports it. */
  readonly band?: string;
  /** For a score: whether each item counts, in order. */
  readonly items?: readonly ('yes' | 'no' | 'unknown')[];
}
