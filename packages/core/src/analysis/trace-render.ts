/**
 * The traceability matrix written out for people and spreadsheets: a
 * Markdown page for a review or a safety case, and CSV for a spreadsheet.
 * Both are plain text built from the matrix; nothing in them is executed.
 */
import { formatPath } from '../issues/issue.js';
import type { TraceElement, TraceMatrix, TraceRecommendation, TraceSource } from './trace.js';

/** Escapes text for a Markdown table cell: one line, no table breaks, no markup or HTML. */
function md(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\|`*[\]<>~&]/g, (c) => `\\${c}`)
      // An underscore inside a word (an id such as chest_pain) never emphasises, so only the others are escaped.
      .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
  );
}

const names = (elements: readonly TraceElement[]): string => elements.map((e) => md(e.name)).join('<br>');

function status(rec: TraceRecommendation): string {
  if (rec.elements.length > 0) return names(rec.elements);
  if (rec.outOfScope !== undefined) return `Out of scope: ${md(rec.outOfScope)}`;
  return '**Not traced**';
}

function sourceSection(source: TraceSource): string[] {
  const lines = [
    `## ${md(source.title)} (${md(source.id)})`,
    '',
    `${source.publisher !== undefined ? `${md(source.publisher)}, ` : ''}<${source.url.replace(/[<>\s]/g, encodeURIComponent)}>. ${source.accessed !== undefined ? `Last read ${source.accessed}.` : '**Not dated:** when was it last read?'}`,
    '',
  ];
  if (source.recommendations.length > 0) {
    lines.push('| Recommendation | Summary | Implemented by |', '| --- | --- | --- |');
    for (const rec of source.recommendations)
      lines.push(`| ${md(rec.id)} | ${md(rec.summary)} | ${status(rec)} |`);
    lines.push('');
  }
  if (source.elements.length > 0)
    lines.push('Citing the source as a whole:', '', ...source.elements.map((e) => `- ${md(e.name)}`), '');
  if (source.recommendations.length === 0 && source.elements.length === 0)
    lines.push('Nothing in the pathway names this source.', '');
  return lines;
}

/**
 * The matrix as a Markdown page: a section per source with a table of its
 * recommendations and what implements each, then the elements that name no
 * source. Every text from the pathway is escaped, so that it reads as text.
 *
 * @example
 * writeFileSync('trace.md', traceMarkdown(traceMatrix(pathway)));
 */
export function traceMarkdown(matrix: TraceMatrix): string {
  const { pathway } = matrix;
  const lines = [`# Traceability: ${md(pathway.title)} (${md(pathway.id)} ${md(pathway.version)})`, ''];
  if (matrix.sources.length === 0) lines.push('The pathway cites no sources.', '');
  for (const source of matrix.sources) lines.push(...sourceSection(source));
  lines.push('## Red flags, decision edges and outcomes that name no source', '');
  if (matrix.unsourced.length === 0) lines.push('None: every one names its source.', '');
  else lines.push(...matrix.unsourced.map((e) => `- ${md(e.name)}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The CSV header of {@link traceCsv}. */
export const TRACE_CSV_COLUMNS = [
  'source',
  'source_title',
  'accessed',
  'recommendation',
  'summary',
  'status',
  'out_of_scope_reason',
  'element_kind',
  'element_id',
  'element_name',
  'element_path',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line
 * break, quotes doubled. A cell a spreadsheet would read as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed
 * with a single quote, so that opening the file never runs pathway text.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

type Row = Partial<Record<(typeof TRACE_CSV_COLUMNS)[number], string>>;

const elementCells = (e: TraceElement): Row => ({
  element_kind: e.kind,
  element_id: e.id,
  element_name: e.name,
  element_path: formatPath(e.path),
});

function sourceRows(source: TraceSource): Row[] {
  const base: Row = { source: source.id, source_title: source.title, accessed: source.accessed ?? '' };
  const rows: Row[] = source.elements.map((e) => ({ ...base, status: 'implemented', ...elementCells(e) }));
  for (const rec of source.recommendations) {
    const at: Row = {
      ...base,
      recommendation: rec.id,
      summary: rec.summary,
      out_of_scope_reason: rec.outOfScope ?? '',
    };
    if (rec.elements.length === 0)
      rows.push({ ...at, status: rec.outOfScope !== undefined ? 'out-of-scope' : 'untraced' });
    else rows.push(...rec.elements.map((e) => ({ ...at, status: 'implemented', ...elementCells(e) })));
  }
  if (rows.length === 0) rows.push({ ...base, status: 'not-cited' });
  return rows;
}

/**
 * The matrix as CSV (RFC 4180, CRLF line ends, a header row): one row per
 * recommendation and element that implements it (a recommendation nothing
 * implements has one row, `untraced` or `out-of-scope`), rows for elements
 * that cite a source as a whole (no recommendation), and a row per element
 * that names no source (`unsourced`, no source).
 *
 * @example
 * writeFileSync('trace.csv', traceCsv(traceMatrix(pathway)));
 */
export function traceCsv(matrix: TraceMatrix): string {
  const rows: Row[] = [
    ...matrix.sources.flatMap(sourceRows),
    ...matrix.unsourced.map((e): Row => ({ status: 'unsourced', ...elementCells(e) })),
  ];
  const line = (cells: readonly string[]) => cells.map(csvCell).join(',');
  return [
    line(TRACE_CSV_COLUMNS),
    ...rows.map((row) => line(TRACE_CSV_COLUMNS.map((c) => row[c] ?? ''))),
    '',
  ].join('\r\n');
}
