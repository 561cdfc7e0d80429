/**
 * `safetyCaseReport`: the clinical safety case of a pathway as one
 * self-contained HTML document, in the order a DCB0129 safety case reads.
 */
import { analyze } from '../analysis/analyze.js';
import { testScenarios } from '../analysis/scenarios.js';
import { traceMatrix } from '../analysis/trace.js';
import type { AnalysisResult, Finding } from '../analysis/types.js';
import type { Pathway } from '../schema/pathway.js';
import { clinicalDiff } from './diff.js';
import { hazardLog, type Hazard, type ResidualRisk } from './hazards.js';
import { code, el, escapeHtml, list, type Child, type Markup } from './html.js';
import {
  analysisSection,
  approvalSection,
  budgetSentence,
  diffSection,
  scenarioSection,
  scopeSection,
  traceSection,
} from './sections.js';
import { SAFETY_CASE_CSS } from './styles.js';

/** Options of {@link safetyCaseReport}. */
export interface SafetyCaseOptions {
  /** The date of the report, and "today" for date rules and scenarios (`YYYY-MM-DD`). */
  readonly today: string;
  /** The last published version, for the clinical diff. */
  readonly previous?: Pathway;
  /** Evaluation steps the analysis may spend (default: the analysis's own). */
  readonly budget?: number;
}

/** The headings of the report's seven sections, in order. */
export const SAFETY_CASE_SECTIONS = [
  '1. Scope and intended use',
  '2. Hazard log',
  '3. Traceability matrix',
  '4. Analysis results',
  '5. Scenario results and coverage',
  '6. Approvals',
  '7. Clinical changes since the last published version',
] as const;

const RESIDUAL: Record<ResidualRisk, string> = {
  controlled: 'Controlled: no findings, and every scenario that exercises it passes',
  'open-findings': 'Open: the analysis reports findings',
  'open-failing-scenario': 'Open: a scenario that exercises it fails',
  'open-no-scenario': 'Open: no scenario exercises it',
};

const findingItem = (f: Finding): Child => [code(f.code), ` (${f.severity}): ${f.message}`];

function hazardBlock(hazard: Hazard, analysis: AnalysisResult): Markup {
  const evidence =
    hazard.findings.length > 0
      ? list(hazard.findings.map(findingItem), '')
      : `None found: ${budgetSentence(analysis)}`;
  const scenarios = list(
    hazard.scenarios.map((s) => [
      s.name,
      ' ',
      code(s.id),
      `: ${s.passed ? 'passed' : 'failed'}, ended at `,
      code(s.ended),
    ]),
    hazard.kind === 'red-flag'
      ? 'No scenario answers the red flag positively.'
      : 'No scenario ends at this outcome.',
  );
  const open = hazard.residual !== 'controlled';
  const row = (term: string, detail: Child): Child[] => [el('dt', null, term), el('dd', null, detail)];
  return el(
    'section',
    { 'aria-labelledby': `hazard-${hazard.id}` },
    el('h3', { id: `hazard-${hazard.id}` }, `${hazard.id}: ${hazard.title}`),
    el(
      'dl',
      { class: 'hazard' },
      row('Concerns', [hazard.kind === 'red-flag' ? 'Red flag ' : 'Outcome ', code(hazard.subject)]),
      row('Cause', hazard.cause),
      row('Effect', hazard.effect),
      row('Controls in the pathway', list(hazard.controls, 'None.')),
      row('Analysis evidence', evidence),
      row('Scenario evidence', scenarios),
      row(
        'Residual risk',
        el(
          'span',
          { class: `status ${open ? 'status-open' : 'status-controlled'}` },
          RESIDUAL[hazard.residual],
        ),
      ),
    ),
  );
}

function hazardSection(hazards: readonly Hazard[], analysis: AnalysisResult): Child[] {
  if (hazards.length === 0)
    return [el('p', null, 'The pathway has no red flags and no outcome more urgent than routine.')];
  const open = hazards.filter((h) => h.residual !== 'controlled').length;
  return [
    el(
      'p',
      null,
      `${hazards.length} hazards: one per red flag and per outcome more urgent than routine. ${hazards.length - open} controlled, ${open} open.`,
    ),
    hazards.map((h) => hazardBlock(h, analysis)),
  ];
}

const section = (n: number, body: Child[]): Markup =>
  el(
    'section',
    { 'aria-labelledby': `section-${n}` },
    el('h2', { id: `section-${n}` }, SAFETY_CASE_SECTIONS[n - 1] ?? ''),
    body,
  );

/**
 * The clinical safety case of a pathway: a complete HTML5 document with an
 * inline style sheet only (no script, nothing fetched), printable to A4.
 * Its seven sections are {@link SAFETY_CASE_SECTIONS}. Every text from the
 * pathway is escaped, so it reads as text and never as markup.
 *
 * @example
 * const html = safetyCaseReport(pathway, { today: '2026-12-08', previous: published });
 * await writeFile(`${pathway.id}-${pathway.version}-safety-case.html`, html);
 */
export function safetyCaseReport(pathway: Pathway, options: SafetyCaseOptions): string {
  const { today } = options;
  const analysis = analyze(pathway, {
    today,
    ...(options.budget !== undefined ? { budget: options.budget } : {}),
  });
  const suite = testScenarios(pathway, { today });
  const hazards = hazardLog(pathway, analysis, suite);
  const diff = options.previous ? clinicalDiff(options.previous, pathway) : undefined;
  const title = `Clinical safety case: ${pathway.title}`;
  const body = el(
    'body',
    null,
    el(
      'header',
      null,
      el('h1', null, title),
      el('p', { class: 'meta' }, [
        code(pathway.id),
        ` version ${pathway.version} (${pathway.status}), report of ${today}, made by careway safety-case.`,
      ]),
    ),
    el(
      'main',
      null,
      section(1, scopeSection(pathway)),
      section(2, hazardSection(hazards, analysis)),
      section(3, traceSection(traceMatrix(pathway))),
      section(4, analysisSection(analysis)),
      section(5, scenarioSection(suite)),
      section(6, approvalSection(pathway)),
      section(7, diffSection(diff)),
    ),
  );
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${SAFETY_CASE_CSS}</style>`,
  ].join('\n');
  return `<!doctype html>\n<html lang="en">\n<head>\n${head}\n</head>\n${body.html}\n</html>\n`;
}
