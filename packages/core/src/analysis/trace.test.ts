/**
 * The traceability matrix and its Markdown and CSV forms.
 */
import { describe, expect, it } from 'vitest';
import type { Pathway } from '../engine/doc.js';
import { csvCell, traceCsv, traceMarkdown } from './trace-render.js';
import { traceMatrix } from './trace.js';
import { fixture } from './test-fixtures.js';

const copy = (name: string): Pathway => structuredClone(fixture(name));

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF rows) to check what `traceCsv` writes. */
function parseCsv(text: string): string[][] {
  expect(text.endsWith('\r\n'), 'the text ends with a line break').toBe(true);
  const rows: string[][] = [[]];
  const cell = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;
  let at = 0;
  while (at < text.length) {
    cell.lastIndex = at;
    const m = cell.exec(text) as RegExpExecArray;
    (rows.at(-1) as string[]).push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
    at = cell.lastIndex;
    if (text.startsWith(',', at)) at += 1;
    else if (text.startsWith('\r\n', at)) {
      at += 2;
      if (at < text.length) rows.push([]);
    } else throw new Error(`unexpected ${JSON.stringify(text.slice(at, at + 10))} at ${at}`);
  }
  return rows;
}

describe('traceMatrix', () => {
  const matrix = traceMatrix(fixture('clean-traced-uti-triage'));
  const source = matrix.sources[0];

  it('lists each source with its date and each recommendation with the elements that implement it', () => {
    expect(matrix.pathway).toEqual({
      id: 'clean-traced-uti-triage',
      version: '1.0.0',
      title: 'Urinary symptoms, traced recommendation by recommendation (clean)',
    });
    expect(source).toMatchObject({ id: 'fixture-guide', accessed: '2026-11-01', path: ['sources', 0] });
    expect(source?.recommendations.map((r) => [r.ref, r.elements.map((e) => `${e.kind} ${e.id}`)])).toEqual([
      ['fixture-guide#2.1', ['option symptoms:haematuria', 'node same_day', 'edge e_blood']],
      ['fixture-guide#2.2', ['node pharmacy', 'edge e_likely']],
      ['fixture-guide#2.3', ['field recurrent', 'node gp', 'edge e_recurrent', 'edge e_lasting']],
      ['fixture-guide#2.4', []],
    ]);
    expect(source?.recommendations[3]).toMatchObject({
      summary: 'Refer men with urinary symptoms to a GP.',
      outOfScope: 'The pathway is for women; men follow another pathway.',
      path: ['sources', 0, 'recommendations', 3],
    });
    expect(source?.elements.map((e) => e.id)).toEqual(['gp']);
    expect(matrix.unsourced).toEqual([]);
  });

  it('names each element as a clinical lead would, with its place in the document', () => {
    const [option, outcome, edge] = source?.recommendations[0]?.elements ?? [];
    expect(outcome).toEqual({
      kind: 'node',
      id: 'same_day',
      name: 'Outcome “Same-day GP review” (same_day)',
      path: ['nodes', 2],
      nodeId: 'same_day',
    });
    expect(option).toMatchObject({
      name: 'Option “Blood in the urine” of “Which symptoms does the patient have?” (symptoms:haematuria)',
      path: ['nodes', 0, 'fields', 1, 'options', 2],
      nodeId: 'about',
      fieldId: 'symptoms',
    });
    expect(edge).toMatchObject({
      name: 'Edge e_blood from “Triage” to “Same-day GP review”',
      path: ['edges', 1],
      edgeId: 'e_blood',
      nodeId: 'triage',
    });
    const recurrent = source?.recommendations[2]?.elements[0];
    expect(recurrent?.name).toBe('Question “Two or more infections in the last 6 months?” (recurrent)');
  });

  it('names a red flag after its question, and lists the red flags, decision edges and outcomes with no source', () => {
    const pathway = copy('clean-fever-triage');
    const collapse = pathway.nodes[0]?.kind === 'step' ? pathway.nodes[0].fields[0] : undefined;
    expect(traceMatrix(pathway).sources[0]?.elements[0]?.name).toBe(
      'Red flag of “Has the patient collapsed?” (collapse)',
    );
    if (collapse?.redFlag) delete collapse.redFlag.sources;
    for (const edge of pathway.edges) delete edge.sources;
    const unsourced = traceMatrix(pathway).unsourced;
    expect(unsourced.map((e) => `${e.kind} ${e.id}`)).toEqual([
      'red-flag collapse',
      'edge e_collapse',
      'edge e_fever',
      'edge e_long',
    ]);
    expect(unsourced[0]).toMatchObject({ path: ['nodes', 0, 'fields', 0, 'redFlag'], fieldId: 'collapse' });
  });

  it('lists an element once per reference, and leaves out references to nothing', () => {
    const pathway = copy('clean-fever-triage');
    const edge = pathway.edges[0];
    if (edge) edge.sources = ['fixture-guide', 'fixture-guide', 'elsewhere', 'fixture-guide#9.9'];
    const elements = traceMatrix(pathway).sources[0]?.elements.filter((e) => e.id === 'e_collapse');
    expect(elements).toHaveLength(1);
  });

  it('gives a pathway with no sources an empty matrix', () => {
    const pathway = copy('clean-fever-triage');
    pathway.sources = [];
    expect(traceMatrix(pathway).sources).toEqual([]);
  });
});

describe('traceMarkdown', () => {
  it('writes a section per source with a row per recommendation, then the unsourced elements', () => {
    const text = traceMarkdown(traceMatrix(fixture('untraced_recommendation')));
    expect(text).toContain('# Traceability: Fever triage with a recommendation nothing implements');
    expect(text).toContain('Last read 2026-11-01.');
    expect(text).toContain('| Recommendation | Summary | Implemented by |');
    expect(text).toContain(
      '| 1.1 | Treat collapse with a fever as an emergency: it may be sepsis. | Red flag of “Has the patient collapsed?” (collapse)<br>Edge e_collapse from “Assess” to “Send to the emergency department” |',
    );
    expect(text).toContain('| 1.2 | Review a fever lasting 5 days or more the same day. | **Not traced** |');
    expect(text).toContain('| Out of scope: This pathway is for adults. |');
    expect(text).toContain('## Red flags, decision edges and outcomes that name no source\n\nNone');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes pathway text as text: no table breaks, no HTML, no links', () => {
    const pathway = copy('untraced_recommendation');
    const rec = pathway.sources[0]?.recommendations?.[1];
    if (rec)
      rec.summary =
        'Fever | <img src=x onerror=alert(1)> [click](javascript:alert(1))\nnext *bold* _em_ chest_pain';
    delete pathway.sources[0]?.accessed;
    const text = traceMarkdown(traceMatrix(pathway));
    expect(text).toContain(
      '| Fever \\| \\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) next \\*bold\\* \\_em\\_ chest_pain | **Not traced** |',
    );
    expect(text).toContain('**Not dated:** when was it last read?');
  });

  it('says so when nothing is cited and something needs a source', () => {
    const pathway = copy('clean-fever-triage');
    pathway.sources = [];
    for (const edge of pathway.edges) delete edge.sources;
    const text = traceMarkdown(traceMatrix(pathway));
    expect(text).toContain('The pathway cites no sources.');
    expect(text).toContain('- Edge e_fever from “Assess” to “Fever review”');
  });
});

describe('traceCsv', () => {
  it('writes a header and a row per recommendation and element, untraced and out of scope ones too', () => {
    const rows = parseCsv(traceCsv(traceMatrix(fixture('untraced_recommendation'))));
    expect(rows[0]).toEqual([
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
    ]);
    const body = rows.slice(1).map((r) => [r[3], r[5], r[7], r[8], r[10]]);
    expect(body).toEqual([
      ['', 'implemented', 'node', 'emergency', 'nodes[3]'],
      ['', 'implemented', 'node', 'urgent', 'nodes[4]'],
      ['', 'implemented', 'node', 'safe', 'nodes[5]'],
      ['', 'implemented', 'edge', 'e_fever', 'edges[1]'],
      ['', 'implemented', 'edge', 'e_long', 'edges[3]'],
      ['1.1', 'implemented', 'red-flag', 'collapse', 'nodes[0].fields[0].redFlag'],
      ['1.1', 'implemented', 'edge', 'e_collapse', 'edges[0]'],
      ['1.2', 'untraced', '', '', ''],
      ['1.3', 'out-of-scope', '', '', ''],
    ]);
    expect(rows[9]?.[6]).toBe('This pathway is for adults.');
    for (const row of rows) expect(row).toHaveLength(11);
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180), and lists unsourced elements', () => {
    const pathway = copy('untraced_recommendation');
    const rec = pathway.sources[0]?.recommendations?.[1];
    if (rec) rec.summary = 'Say "review", then\r\nact';
    const edge = pathway.edges.find((e) => e.id === 'e_fever');
    if (edge) delete edge.sources;
    const text = traceCsv(traceMatrix(pathway));
    expect(text).toContain(',"Say ""review"", then\r\nact",untraced,');
    const rows = parseCsv(text);
    expect(rows.find((r) => r[3] === '1.2')?.[4]).toBe('Say "review", then\r\nact');
    expect(rows.at(-1)).toEqual([
      '',
      '',
      '',
      '',
      '',
      'unsourced',
      '',
      'edge',
      'e_fever',
      'Edge e_fever from “Assess” to “Fever review”',
      'edges[1]',
    ]);
  });

  it('never lets a spreadsheet read pathway text as a formula', () => {
    for (const text of ['=HYPERLINK("x")', '+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvCell(text).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('Plain, text')).toBe('"Plain, text"');
    expect(csvCell('1.2')).toBe('1.2');
    const pathway = copy('untraced_recommendation');
    const rec = pathway.sources[0]?.recommendations?.[1];
    if (rec) rec.summary = '=cmd|" /C calc"!A0';
    const rows = parseCsv(traceCsv(traceMatrix(pathway)));
    expect(rows.find((r) => r[3] === '1.2')?.[4]).toBe(`'=cmd|" /C calc"!A0`);
  });
});
