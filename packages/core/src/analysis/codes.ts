/**
 * Every code the analysis reports, with its one severity, its group on
 * docs/authoring/analysis.md and what it means. A rule words its findings;
 * their severity comes from here, so that a code never changes weight from
 * one rule to another, and the docs are checked against this table.
 */
import { EXPR_ERROR_CODES } from '../expr/errors.js';
import type { Severity } from '../issues/issue.js';
import type { DocumentRuleCode } from '../schema/codes.js';

/** The groups findings are listed under. */
export type RuleGroup =
  | 'Document rules'
  | 'Structure'
  | 'Expressions'
  | 'Decisions'
  | 'Clinical safety'
  | 'Friction'
  | 'Scenario coverage'
  | 'Traceability';

/** What the catalogue says of one code. */
export interface CodeEntry {
  readonly severity: Severity;
  readonly group: RuleGroup;
  readonly summary: string;
}

const doc = (severity: Severity, summary: string): CodeEntry => ({
  severity,
  group: 'Document rules',
  summary,
});

// The document rules are the schema's (`DOCUMENT_RULE_CODES`): every one is listed here, and no other.
type DocumentEntries = Record<DocumentRuleCode, CodeEntry>;

const DOCUMENT = {
  duplicate_id: doc('error', 'Two things share an id that must be unique.'),
  unknown_reference: doc('error', 'An id names nothing in the pathway.'),
  invalid_reference: doc('error', 'An id names something of the wrong kind.'),
  duplicate_value: doc('error', 'A choice offers the same option value twice.'),
  invalid_range: doc('error', 'A minimum above its maximum.'),
  invalid_type: doc('error', 'An integer question’s min, max or step is not a whole number.'),
  missing_property: doc('error', 'A red flag, choice context fact or similar lacks what it needs.'),
  not_applicable: doc('error', 'A property that has no meaning where it is.'),
  invalid_value: doc('error', 'A scenario’s expected route does not fit the pathway.'),
  invalid_answer: doc('error', 'A scenario answer or context value does not fit its question.'),
  control_character: doc('error', 'Text holds a control character such as NUL or a direction override.'),
  missing_approval: doc('warning', 'An active pathway nobody has signed off.'),
  stale_approval: doc('warning', 'A sign-off given to different clinical content.'),
  unknown_translation_key: doc('warning', 'A translation of a text that does not exist.'),
  invalid_snomed_code: doc('warning', 'A SNOMED CT code that cannot be a concept id.'),
} as const satisfies DocumentEntries;

const CODES = {
  ...DOCUMENT,
  unreachable_node: {
    severity: 'error',
    group: 'Structure',
    summary: 'A node no route (or no answers) reaches.',
  },
  dead_end: {
    severity: 'error',
    group: 'Structure',
    summary: 'A node that is not an outcome with no way on.',
  },
  cycle: { severity: 'error', group: 'Structure', summary: 'A route that can loop.' },
  expression_undefined: {
    severity: 'warning',
    group: 'Expressions',
    summary:
      'An expression that has no value for some answers the questions accept (e.g. a division by zero).',
  },
  mixed_duration_units: {
    severity: 'warning',
    group: 'Expressions',
    summary:
      'One date compared against nearly the same length of time in weeks or days and in months or years.',
  },
  route_checks_skipped: {
    severity: 'warning',
    group: 'Expressions',
    summary: 'The route checks were not run while an expression cannot be read.',
  },
  ...(Object.fromEntries(
    EXPR_ERROR_CODES.map((code) => [
      code,
      { severity: 'error', group: 'Expressions', summary: 'An expression that cannot be read.' },
    ]),
  ) as Record<(typeof EXPR_ERROR_CODES)[number], CodeEntry>),
  not_exhaustive: {
    severity: 'error',
    group: 'Decisions',
    summary: 'Some answers leave a node with no edge that holds.',
  },
  route_stalls: {
    severity: 'error',
    group: 'Decisions',
    summary: 'A condition cannot be worked out for answers a clinician can give, so the engine stops.',
  },
  field_not_asked: {
    severity: 'error',
    group: 'Decisions',
    summary: 'A condition reads a question not asked (or hidden) on a route to it.',
  },
  optional_field_in_condition: {
    severity: 'error',
    group: 'Decisions',
    summary: 'A condition reads an optional question that may be left blank.',
  },
  context_not_provided: {
    severity: 'warning',
    group: 'Decisions',
    summary: 'A condition reads a context fact the host may not send.',
  },
  shadowed_edge: {
    severity: 'warning',
    group: 'Decisions',
    summary: 'An edge an earlier edge always catches first.',
  },
  edge_never_taken: { severity: 'warning', group: 'Decisions', summary: 'An edge no answers take.' },
  otherwise_never_taken: {
    severity: 'info',
    group: 'Decisions',
    summary: 'An otherwise edge the conditions before it always leave unused.',
  },
  condition_never_holds: {
    severity: 'error',
    group: 'Decisions',
    summary: 'A condition no answers the questions accept can make true.',
  },
  score_threshold_off_band: {
    severity: 'warning',
    group: 'Decisions',
    summary: 'A condition compares a score with a number inside one of its bands.',
  },
  score_bands_gap: {
    severity: 'warning',
    group: 'Decisions',
    summary: 'A score’s bands leave a possible value in no band, or in two.',
  },
  free_text_routing: {
    severity: 'warning',
    group: 'Decisions',
    summary: 'A condition compares free text exactly, where a choice question is needed.',
  },
  red_flag_under_triaged: {
    severity: 'error',
    group: 'Clinical safety',
    summary: 'A positive red flag can end at an outcome less urgent than it demands.',
  },
  context_absence_less_urgent: {
    severity: 'warning',
    group: 'Clinical safety',
    summary:
      'A context fact the host does not send leads to a less urgent outcome than a value it could send.',
  },
  incomplete_referral: {
    severity: 'error',
    group: 'Clinical safety',
    summary: 'An outcome can be reached without an answer it requires.',
  },
  required_field_optional: {
    severity: 'warning',
    group: 'Clinical safety',
    summary: 'An outcome requires a question that is optional.',
  },
  missing_safety_netting: {
    severity: 'error',
    group: 'Clinical safety',
    summary: 'An outcome that leaves a patient waiting gives no safety-netting advice.',
  },
  urgency_lowered_by_edge_order: {
    severity: 'error',
    group: 'Clinical safety',
    summary: 'An earlier edge to a less urgent outcome catches answers a later, more urgent edge holds for.',
  },
  red_flag_not_screened: {
    severity: 'warning',
    group: 'Clinical safety',
    summary: 'A route ends below a red flag’s urgency without ever asking the red-flag question.',
  },
  urgency_timeframe_mismatch: {
    severity: 'error',
    group: 'Clinical safety',
    summary: 'An outcome’s urgency contradicts its timeframe or its disposition.',
  },
  unused_field: { severity: 'warning', group: 'Friction', summary: 'A question nothing uses.' },
  unused_variable: { severity: 'info', group: 'Friction', summary: 'A variable nothing uses.' },
  field_never_shown: { severity: 'warning', group: 'Friction', summary: 'A question no route shows.' },
  always_prefilled: {
    severity: 'warning',
    group: 'Friction',
    summary: 'A page that always arrives with the same prefilled answers.',
  },
  show_when_unknown: {
    severity: 'warning',
    group: 'Friction',
    summary: 'A question’s showWhen cannot be decided where it is asked.',
  },
  outcome_not_covered: {
    severity: 'warning',
    group: 'Scenario coverage',
    summary: 'An outcome no scenario reaches.',
  },
  edge_not_covered: { severity: 'info', group: 'Scenario coverage', summary: 'An edge no scenario takes.' },
  untraced_recommendation: {
    severity: 'warning',
    group: 'Traceability',
    summary: 'A recommendation of a source that nothing implements and nothing rules out of scope.',
  },
  unsourced_element: {
    severity: 'warning',
    group: 'Traceability',
    summary: 'A red flag, decision edge or outcome that names no source.',
  },
  source_not_accessed: {
    severity: 'warning',
    group: 'Traceability',
    summary: 'A source with no date it was last read against the pathway.',
  },
} as const satisfies Record<string, CodeEntry>;

/** Every code the analysis reports. */
export const ANALYSIS_CODES: Readonly<Record<AnalysisCode, CodeEntry>> = CODES;

/** A code of {@link ANALYSIS_CODES}. */
export type AnalysisCode = keyof typeof CODES;

/** The one severity of a code. */
export function severityOf(code: AnalysisCode): Severity {
  return CODES[code].severity;
}
