/**
 * The analysis's rules, in the order they report: each declared with what
 * it needs, the codes it reports (their severity and meaning are in
 * `codes.ts`) and the section of docs/authoring/analysis.md that explains
 * it. `analyze` runs this list; adding a rule is one entry here.
 */
import { checkPathwayRules } from '../schema/rules.js';
import { EXPR_ERROR_CODES } from '../expr/errors.js';
import type { Pathway } from '../engine/doc.js';
import { ANALYSIS_CODES, type AnalysisCode } from './codes.js';
import type { ExploreContext } from './explore/context.js';
import type { Exploration } from './explore/record.js';
import { finding } from './finding.js';
import type { PathwayModel } from './model.js';
import { cycles } from './rules/cycles.js';
import { freeTextRouting } from './rules/free-text.js';
import { unusedFields } from './rules/friction.js';
import { conditionsNeverHolding } from './rules/impossible.js';
import { outcomeUrgencyMismatches } from './rules/outcome-urgency.js';
import { infeasibleNodes, pageFriction, untakenEdges } from './rules/paths.js';
import { schemaFindings } from './rules/schema.js';
import { scoreBandGaps, scoreThresholdsOffBand } from './rules/score-bands.js';
import { unscreenedRedFlags } from './rules/screening.js';
import { edgesAfterOtherwise, missingSafetyNetting } from './rules/static-safety.js';
import { reachabilityAndDeadEnds } from './rules/structure.js';
import { contextAbsence } from './rules/context-absence.js';
import { mixedDurationUnits } from './rules/durations.js';
import { undefinedExpressions } from './rules/undefined-values.js';
import { traceability } from './rules/traceability.js';
import { urgencyLoweredByEdgeOrder } from './rules/urgency-order.js';
import { coverageFindings } from './scenarios.js';
import type { Coverage, Finding } from './types.js';

/**
 * What a rule needs before it can run: the document alone, its graph, its
 * expressions read, the routes explored (skipped while an expression cannot
 * be read), every route explored within the budget, or the scenarios run.
 */
export type RuleNeeds = 'document' | 'graph' | 'expressions' | 'routes' | 'all-routes' | 'scenarios';

/** What `analyze` hands every rule. */
export interface RuleInput {
  readonly pathway: Pathway;
  readonly model: PathwayModel;
  /** The expression errors, read once. */
  readonly unreadable: readonly Finding[];
  readonly exploration: { readonly record: Exploration; readonly ctx: ExploreContext };
  /** The scenarios' coverage (rules that need `scenarios` only). */
  readonly coverage?: Coverage;
}

/** One rule of the analysis. */
export interface AnalysisRule {
  readonly name: string;
  readonly needs: RuleNeeds;
  /** The codes it reports; see {@link ANALYSIS_CODES}. */
  readonly codes: readonly AnalysisCode[];
  /** The `##` section of docs/authoring/analysis.md that explains its codes. */
  readonly docs: string;
  readonly run: (input: RuleInput) => readonly Finding[];
}

const DOCUMENT_CODES = (Object.keys(ANALYSIS_CODES) as AnalysisCode[]).filter(
  (code) => ANALYSIS_CODES[code].group === 'Document rules',
);

/** Every rule, in reporting order. */
export const ANALYSIS_RULES: readonly AnalysisRule[] = [
  {
    name: 'document',
    needs: 'document',
    codes: DOCUMENT_CODES,
    docs: 'Document rules',
    run: ({ pathway }) => schemaFindings(checkPathwayRules(pathway)),
  },
  {
    name: 'reachability',
    needs: 'graph',
    codes: ['unreachable_node', 'dead_end'],
    docs: 'Structure',
    run: ({ model }) => reachabilityAndDeadEnds(model),
  },
  { name: 'cycles', needs: 'graph', codes: ['cycle'], docs: 'Structure', run: ({ model }) => cycles(model) },
  {
    name: 'expressions',
    needs: 'expressions',
    codes: EXPR_ERROR_CODES,
    docs: 'Expressions',
    run: ({ unreadable }) => unreadable,
  },
  {
    name: 'edges-after-otherwise',
    needs: 'graph',
    codes: ['shadowed_edge'],
    docs: 'Decisions',
    run: ({ model }) => edgesAfterOtherwise(model),
  },
  {
    name: 'safety-netting',
    needs: 'graph',
    codes: ['missing_safety_netting'],
    docs: 'Clinical safety',
    run: ({ model }) => missingSafetyNetting(model),
  },
  {
    name: 'outcome-urgency',
    needs: 'document',
    codes: ['urgency_timeframe_mismatch'],
    docs: 'Clinical safety',
    run: ({ model }) => outcomeUrgencyMismatches(model),
  },
  {
    name: 'free-text-routing',
    needs: 'expressions',
    codes: ['free_text_routing'],
    docs: 'Decisions',
    run: ({ model, exploration }) => freeTextRouting(model, exploration.ctx.exprs),
  },
  {
    name: 'score-bands',
    needs: 'document',
    codes: ['score_bands_gap'],
    docs: 'Decisions',
    run: ({ model }) => scoreBandGaps(model),
  },
  {
    name: 'score-thresholds',
    needs: 'expressions',
    codes: ['score_threshold_off_band'],
    docs: 'Decisions',
    run: ({ model, exploration }) => scoreThresholdsOffBand(model, exploration.ctx.exprs),
  },
  {
    name: 'route-checks-skipped',
    needs: 'expressions',
    codes: ['route_checks_skipped'],
    docs: 'Expressions',
    run: ({ unreadable }) => routeChecksSkipped(unreadable.filter((f) => f.severity === 'error').length),
  },
  {
    name: 'exploration',
    needs: 'routes',
    codes: [
      'not_exhaustive',
      'field_not_asked',
      'optional_field_in_condition',
      'context_not_provided',
      'route_stalls',
      'red_flag_under_triaged',
      'incomplete_referral',
      'required_field_optional',
      'show_when_unknown',
    ],
    docs: 'Decisions',
    run: ({ exploration }) => exploration.record.findings,
  },
  {
    name: 'context-absence',
    needs: 'routes',
    codes: ['context_absence_less_urgent'],
    docs: 'Clinical safety',
    run: ({ exploration }) => contextAbsence(exploration.ctx, exploration.record),
  },
  {
    name: 'undefined-values',
    needs: 'routes',
    codes: ['expression_undefined'],
    docs: 'Expressions',
    run: ({ exploration }) => undefinedExpressions(exploration.ctx, exploration.record),
  },
  {
    name: 'duration-units',
    needs: 'routes',
    codes: ['mixed_duration_units'],
    docs: 'Expressions',
    run: ({ exploration }) => mixedDurationUnits(exploration.ctx),
  },
  {
    name: 'conditions-never-holding',
    needs: 'routes',
    codes: ['condition_never_holds'],
    docs: 'Decisions',
    run: ({ exploration }) => conditionsNeverHolding(exploration.ctx),
  },
  {
    name: 'urgency-order',
    needs: 'routes',
    codes: ['urgency_lowered_by_edge_order'],
    docs: 'Clinical safety',
    run: ({ exploration }) => urgencyLoweredByEdgeOrder(exploration.ctx, exploration.record),
  },
  {
    name: 'red-flag-screening',
    needs: 'routes',
    codes: ['red_flag_not_screened'],
    docs: 'Clinical safety',
    run: ({ exploration }) => unscreenedRedFlags(exploration.ctx, exploration.record),
  },
  {
    name: 'infeasible-nodes',
    needs: 'all-routes',
    codes: ['unreachable_node'],
    docs: 'Structure',
    run: ({ exploration }) => infeasibleNodes(exploration.ctx, exploration.record),
  },
  {
    name: 'untaken-edges',
    needs: 'all-routes',
    codes: ['shadowed_edge', 'edge_never_taken', 'otherwise_never_taken'],
    docs: 'Decisions',
    run: ({ exploration }) => untakenEdges(exploration.ctx, exploration.record),
  },
  {
    name: 'page-friction',
    needs: 'all-routes',
    codes: ['field_never_shown', 'always_prefilled'],
    docs: 'Friction',
    run: ({ exploration }) => pageFriction(exploration.ctx, exploration.record),
  },
  {
    name: 'unused',
    needs: 'routes',
    codes: ['unused_field', 'unused_variable'],
    docs: 'Friction',
    run: ({ model, exploration }) => unusedFields(model, exploration.ctx.exprs),
  },
  {
    name: 'coverage',
    needs: 'scenarios',
    codes: ['outcome_not_covered', 'edge_not_covered'],
    docs: 'Scenario coverage',
    run: ({ pathway, coverage }) => (coverage ? coverageFindings(pathway, coverage) : []),
  },
  {
    name: 'traceability',
    needs: 'document',
    codes: ['untraced_recommendation', 'unsourced_element', 'source_not_accessed'],
    docs: 'Traceability',
    run: ({ pathway }) => traceability(pathway),
  },
];

function routeChecksSkipped(broken: number): Finding[] {
  if (broken === 0) return [];
  return [
    finding(
      'route_checks_skipped',
      [],
      `The route checks (decisions that are not exhaustive or have shadowed edges, red flags, incomplete referrals, unused questions, questions per outcome) were not run, because ${broken === 1 ? 'one expression cannot' : `${broken} expressions cannot`} be read. Fix the expression errors above and analyse again.`,
    ),
  ];
}
