/**
 * The sections of the safety case report after the hazard log, each built
 * from what core already computes: the scope from the document, the
 * traceability matrix, the analysis, the scenario suite, the approvals and
 * the clinical diff.
 */
import type { ScenarioSuite } from '../analysis/scenarios.js';
import type { TraceElement, TraceMatrix } from '../analysis/trace.js';
import type { AnalysisResult } from '../analysis/types.js';
import { formatPath } from '../issues/issue.js';
import { fingerprint } from '../schema/fingerprint.js';
import type { OutcomeNode, Pathway } from '../schema/index.js';
import type { ClinicalDiff } from './diff.js';
import { code, el, fingerprintCode, raw, table, type Child, type Markup } from './html.js';

/** Section 1: what the pathway is for and where it may end. */
export function scopeSection(pathway: Pathway): Child[] {
  const identity = table(
    'Identity of the pathway',
    ['Property', 'Value'],
    [
      ['Title', pathway.title],
      ['Id', code(pathway.id)],
      ['Version', pathway.version],
      ['Status', pathway.status],
      ['Fingerprint of the clinical content', fingerprintCode(fingerprint(pathway))],
      [
        'Publisher',
        pathway.publisher
          ? `${pathway.publisher.name}${pathway.publisher.contact !== undefined ? ` (${pathway.publisher.contact})` : ''}`
          : 'Not stated',
      ],
      ['Description', pathway.description ?? 'None given'],
    ],
    { rowHeaders: true },
  );
  const outcomes = pathway.nodes.filter((n): n is OutcomeNode => n.kind === 'outcome');
  return [
    identity,
    table(
      'Outcomes the pathway can end at',
      ['Outcome', 'Disposition', 'Urgency', 'Timeframe', 'Acted on by'],
      outcomes.map((o) => [[o.title, ' ', code(o.id)], o.disposition, o.urgency, o.timeframe, o.actor]),
      { rowHeaders: true },
    ),
    table(
      'Context facts the host is expected to send',
      ['Fact', 'Label', 'Type'],
      pathway.context.map((c) => [code(`context.${c.id}`), c.label, c.type]),
      { rowHeaders: true, empty: 'The pathway expects no context facts from the host.' },
    ),
    table(
      'Sources',
      ['Source', 'Publisher', 'Address', 'Last read'],
      pathway.sources.map((s) => [
        [s.title, ' ', code(s.id)],
        s.publisher ?? '',
        code(s.url),
        s.accessed ?? 'Not dated',
      ]),
      { rowHeaders: true, empty: 'The pathway cites no sources.' },
    ),
  ];
}

const names = (elements: readonly TraceElement[]): Child =>
  elements.length === 0 ? null : elements.map((e, i) => [i > 0 ? raw('<br>') : null, e.name]);

/** Section 3: the traceability matrix. */
export function traceSection(matrix: TraceMatrix): Child[] {
  const out: Child[] = [];
  if (matrix.sources.length === 0) out.push(el('p', null, 'The pathway cites no sources.'));
  for (const source of matrix.sources) {
    const rows: Child[][] = source.recommendations.map((rec) => [
      code(rec.ref),
      rec.summary,
      rec.elements.length > 0
        ? names(rec.elements)
        : rec.outOfScope !== undefined
          ? `Out of scope: ${rec.outOfScope}`
          : el('strong', null, 'Not traced'),
    ]);
    if (source.elements.length > 0)
      rows.push([code(source.id), 'The source as a whole', names(source.elements)]);
    out.push(
      table(`${source.title} (${source.id})`, ['Recommendation', 'Summary', 'Implemented by'], rows, {
        rowHeaders: true,
        empty: `Nothing in the pathway names the source ${source.title} (${source.id}).`,
      }),
    );
  }
  out.push(
    table(
      'Red flags, decision edges and outcomes that name no source',
      ['Element', 'Where'],
      matrix.unsourced.map((e) => [e.name, code(formatPath(e.path))]),
      { rowHeaders: true, empty: 'Every red flag, decision edge and outcome names a source.' },
    ),
  );
  return out;
}

/** What the exploration covered, in a sentence. */
export function budgetSentence(analysis: AnalysisResult): string {
  const { budget } = analysis;
  const covered = `${budget.states} distinct states explored in ${budget.explored} of ${budget.limit} evaluation steps`;
  return budget.exhausted ? `${covered}; the budget ran out. ${budget.note ?? ''}`.trim() : `${covered}.`;
}

const LIMITS = `The analysis explores every route through the pathway symbolically, within its budget, and proves the properties listed for each finding code. It does not prove that the pathway is clinically right: that its thresholds, questions and outcomes match the guideline, that the host sends correct context facts, or that clinicians read the questions as intended. Those remain the clinical safety officer's judgement. See "What the analysis does not guarantee" in docs/authoring/analysis.md.`;

/** Section 4: every finding, and what the exploration covered. */
export function analysisSection(analysis: AnalysisResult): Child[] {
  const where = (f: AnalysisResult['findings'][number]): Child => [
    code(formatPath(f.path)),
    f.nodeId !== undefined ? [' node ', code(f.nodeId)] : null,
    f.fieldId !== undefined ? [' field ', code(f.fieldId)] : null,
    f.edgeId !== undefined ? [' edge ', code(f.edgeId)] : null,
  ];
  return [
    el('p', null, `Exploration: ${budgetSentence(analysis)}`),
    table(
      `Findings of the analysis (${analysis.findings.length})`,
      ['Code', 'Severity', 'Message', 'Where'],
      analysis.findings.map((f) => [code(f.code), f.severity, f.message, where(f)]),
      { rowHeaders: true, empty: 'The analysis found nothing.' },
    ),
    el('p', { class: 'note' }, LIMITS),
  ];
}

/** Section 5: the scenarios and what they cover. */
export function scenarioSection(suite: ScenarioSuite): Child[] {
  const { coverage } = suite;
  const ids = (xs: readonly string[]): Child =>
    xs.length === 0 ? 'None' : xs.map((x, i) => [i > 0 ? ', ' : '', code(x)]);
  return [
    el('p', null, `${suite.passed} passed, ${suite.failed} failed.`),
    table(
      'Scenario results',
      ['Scenario', 'Result', 'Ended at'],
      suite.reports.map((r) => [
        [r.name, ' ', code(r.scenario)],
        r.passed
          ? 'Passed'
          : [el('span', { class: 'status status-open' }, 'Failed'), `: ${r.failures.join(' ')}`],
        r.run.status === 'outcome' ? code(r.run.outcome ?? '') : `${r.run.status} at ${r.run.at ?? '?'}`,
      ]),
      { rowHeaders: true, empty: 'The pathway has no scenarios.' },
    ),
    table(
      'Coverage by the scenarios',
      ['Element', 'Covered', 'Not covered'],
      [
        ['Outcomes', ids(coverage.outcomes.covered), ids(coverage.outcomes.uncovered)],
        ['Edges', ids(coverage.edges.covered), ids(coverage.edges.uncovered)],
      ],
      { rowHeaders: true },
    ),
  ];
}

/** Section 6: the sign-offs and whether each still matches the clinical content. */
export function approvalSection(pathway: Pathway): Child[] {
  const current = fingerprint(pathway);
  const state = (fp: string | undefined): Markup =>
    fp === undefined
      ? el('span', { class: 'status' }, 'None: the approval carries no fingerprint')
      : fp === current
        ? el('span', { class: 'status status-controlled' }, 'Current')
        : el('span', { class: 'status status-stale' }, 'Stale: given to other clinical content');
  return [
    el('p', null, ['Fingerprint of the clinical content now: ', fingerprintCode(current)]),
    table(
      'Approvals',
      ['Role', 'Name', 'Date', 'Statement', 'Fingerprint', 'Matches the content'],
      pathway.approvals.map((a) => [
        a.role,
        a.name,
        a.date,
        a.statement,
        a.fingerprint !== undefined ? fingerprintCode(a.fingerprint) : 'None',
        state(a.fingerprint),
      ]),
      { rowHeaders: true, empty: 'The pathway has no approvals.' },
    ),
  ];
}

/** Section 7: the clinical changes since the previous published version. */
export function diffSection(diff: ClinicalDiff | undefined): Child[] {
  if (diff === undefined) return [el('p', null, 'No previous published version given.')];
  const ids = (xs: readonly string[]): Child =>
    xs.length === 0 ? '—' : xs.map((x, i) => [i > 0 ? ', ' : '', code(x)]);
  const unchanged = diff.before.fingerprint === diff.after.fingerprint;
  return [
    table(
      'Fingerprints',
      ['Version', 'Fingerprint of the clinical content'],
      [
        [`Previous (${diff.before.version})`, fingerprintCode(diff.before.fingerprint)],
        [`This (${diff.after.version})`, fingerprintCode(diff.after.fingerprint)],
      ],
      { rowHeaders: true },
    ),
    unchanged
      ? el('p', null, 'The clinical content is unchanged.')
      : el('p', null, [
          'Changed top-level properties: ',
          diff.properties.length === 0 ? 'none' : ids(diff.properties),
          '.',
        ]),
    table(
      'Clinical changes by element',
      ['Elements', 'Added', 'Removed', 'Changed'],
      diff.collections.map((c) => [c.collection, ids(c.added), ids(c.removed), ids(c.changed)]),
      { rowHeaders: true },
    ),
  ];
}
