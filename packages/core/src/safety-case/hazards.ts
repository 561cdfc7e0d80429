/**
 * The hazard log of a safety case, as data: one hazard per red flag and per
 * outcome more urgent than routine, each with the controls the pathway puts
 * in place, the analysis findings and the scenarios that bear on it, and
 * whether the residual risk is controlled.
 */
import { parseExpression } from '../expr/parser.js';
import { references } from '../expr/references.js';
import { ANALYSIS_CODES } from '../analysis/codes.js';
import type { ScenarioSuite } from '../analysis/scenarios.js';
import type { AnalysisResult, Finding } from '../analysis/types.js';
import type { Field, OutcomeNode, Pathway, StepNode } from '../schema/index.js';
import { urgencyRank } from '../schema/urgency.js';

/** A scenario that bears on a hazard. */
export interface HazardScenario {
  readonly id: string;
  readonly name: string;
  readonly passed: boolean;
  /** Where the run ended: the outcome id, or how it stopped. */
  readonly ended: string;
}

/** Whether a hazard's residual risk is controlled, and if not, why. */
export type ResidualRisk = 'controlled' | 'open-findings' | 'open-failing-scenario' | 'open-no-scenario';

/** One hazard of the log. */
export interface Hazard {
  /** `H-01`, `H-02`, … in log order. */
  readonly id: string;
  readonly kind: 'red-flag' | 'outcome';
  /** The field (red flag) or outcome node id. */
  readonly subject: string;
  readonly title: string;
  readonly cause: string;
  readonly effect: string;
  readonly controls: readonly string[];
  /** Findings of the analysis about this red flag or outcome (warnings and errors). */
  readonly findings: readonly Finding[];
  readonly scenarios: readonly HazardScenario[];
  readonly residual: ResidualRisk;
}

const outcomesOf = (pathway: Pathway): OutcomeNode[] =>
  pathway.nodes.filter((n): n is OutcomeNode => n.kind === 'outcome');

/** Whether an expression names `id` (a field or variable): read by the expression language's own parser, so a quoted option value never counts. */
function reads(expression: string | undefined, id: string): boolean {
  const ast = expression === undefined ? undefined : parseExpression(expression).ast;
  return ast !== undefined && references(ast).names.includes(id);
}

function residual(findings: readonly Finding[], scenarios: readonly HazardScenario[]): ResidualRisk {
  if (findings.length > 0) return 'open-findings';
  if (scenarios.some((s) => !s.passed)) return 'open-failing-scenario';
  if (scenarios.length === 0) return 'open-no-scenario';
  return 'controlled';
}

const outcomeName = (o: OutcomeNode): string => `“${o.title}” (${o.urgency}, ${o.timeframe})`;

function redFlagHazard(
  pathway: Pathway,
  step: StepNode,
  field: Field & { redFlag: NonNullable<Field['redFlag']> },
  analysis: AnalysisResult,
  suite: ScenarioSuite,
): Omit<Hazard, 'id'> {
  const flag = field.redFlag;
  const rank = urgencyRank(flag.urgency);
  const outcomes = outcomesOf(pathway);
  const urgentEnough = outcomes.filter((o) => urgencyRank(o.urgency) >= rank);
  const lessUrgent = outcomes.filter((o) => urgencyRank(o.urgency) < rank);
  const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
  const controls = [
    `The red-flag question “${field.label}” (${field.id}) on the step “${step.title}”${flag.when !== undefined ? `, positive when ${flag.when}` : ''}.`,
    ...pathway.edges
      .filter((e) => reads(e.when, field.id))
      .map((e) => {
        const to = byId.get(e.to);
        const where = to?.kind === 'outcome' ? outcomeName(to) : `“${to?.title ?? e.to}”`;
        return `Edge ${e.id} routes to ${where} when ${e.when ?? ''}.`;
      }),
    urgentEnough.length > 0
      ? `Outcomes at least as urgent as ${flag.urgency}: ${urgentEnough.map(outcomeName).join('; ')}.`
      : `No outcome is as urgent as ${flag.urgency}.`,
    ...lessUrgent.map((o) =>
      o.safetyNetting !== undefined
        ? `Safety-netting of the less urgent outcome “${o.title}”: ${o.safetyNetting}`
        : `The less urgent outcome “${o.title}” gives no safety-netting advice.`,
    ),
  ];
  const findings = analysis.findings.filter(
    (f) => f.fieldId === field.id && f.code.startsWith('red_flag_') && f.severity !== 'info',
  );
  const scenarios = suite.reports
    .filter((r) => r.run.result?.answers.some((a) => a.fieldId === field.id && a.redFlag) === true)
    .map(scenarioOf);
  return {
    kind: 'red-flag',
    subject: field.id,
    title: `Red flag “${field.label}” not acted on at ${flag.urgency} urgency`,
    cause: `A patient with the red flag “${field.label}” is routed to an outcome less urgent than ${flag.urgency}.`,
    effect: `Care is delayed beyond the ${flag.urgency} urgency the red flag demands${flag.reason !== undefined ? `: ${flag.reason}` : '.'}`,
    controls,
    findings,
    scenarios,
    residual: residual(findings, scenarios),
  };
}

function scenarioOf(report: ScenarioSuite['reports'][number]): HazardScenario {
  const { run } = report;
  const ended = run.status === 'outcome' ? (run.outcome ?? '') : `${run.status} at ${run.at ?? '?'}`;
  return { id: report.scenario, name: report.name, passed: report.passed, ended };
}

function outcomeHazard(
  pathway: Pathway,
  outcome: OutcomeNode,
  analysis: AnalysisResult,
  suite: ScenarioSuite,
): Omit<Hazard, 'id'> {
  const labels = new Map<string, string>();
  for (const node of pathway.nodes)
    if (node.kind === 'step') for (const f of node.fields) labels.set(f.id, f.label);
  const controls = [
    ...pathway.edges
      .filter((e) => e.to === outcome.id)
      .map((e) => `Edge ${e.id} from ${e.from} leads here${e.when !== undefined ? ` when ${e.when}` : ''}.`),
    outcome.requires.length > 0
      ? `It requires the answers to: ${outcome.requires.map((id) => `“${labels.get(id) ?? id}” (${id})`).join('; ')}.`
      : 'It requires no answers.',
    outcome.safetyNetting !== undefined
      ? `Safety-netting: ${outcome.safetyNetting}`
      : 'It gives no safety-netting advice.',
  ];
  const findings = analysis.findings.filter((f) => {
    const group = (ANALYSIS_CODES as Record<string, { group: string } | undefined>)[f.code]?.group;
    return (
      f.nodeId === outcome.id &&
      !f.code.startsWith('red_flag_') &&
      f.severity !== 'info' &&
      (group === 'Clinical safety' || group === 'Scenario coverage')
    );
  });
  const scenarios = suite.reports.filter((r) => r.run.outcome === outcome.id).map(scenarioOf);
  return {
    kind: 'outcome',
    subject: outcome.id,
    title: `${outcome.urgency} outcome “${outcome.title}” missed or incomplete`,
    cause: `A patient who needs “${outcome.title}” (${outcome.disposition}, ${outcome.urgency}) is routed elsewhere, or reaches it without the answers it requires.`,
    effect: `Care is not given within ${outcome.timeframe}, at the ${outcome.urgency} urgency the patient needs, or the receiving service (${outcome.actor}) acts without the information it needs.`,
    controls,
    findings,
    scenarios,
    residual: residual(findings, scenarios),
  };
}

/**
 * The hazard log: the red flags in document order, then the outcomes more
 * urgent than routine, most urgent first.
 */
export function hazardLog(pathway: Pathway, analysis: AnalysisResult, suite: ScenarioSuite): Hazard[] {
  const hazards: Omit<Hazard, 'id'>[] = [];
  for (const node of pathway.nodes) {
    if (node.kind !== 'step') continue;
    for (const field of node.fields)
      if (field.redFlag !== undefined)
        hazards.push(redFlagHazard(pathway, node, { ...field, redFlag: field.redFlag }, analysis, suite));
  }
  const urgent = outcomesOf(pathway)
    .filter((o) => o.urgency !== 'routine')
    .sort((a, b) => urgencyRank(b.urgency) - urgencyRank(a.urgency));
  for (const outcome of urgent) hazards.push(outcomeHazard(pathway, outcome, analysis, suite));
  return hazards.map((h, i) => ({ id: `H-${String(i + 1).padStart(2, '0')}`, ...h }));
}
