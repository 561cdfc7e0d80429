import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPR_ERROR_CODES } from '../expr/errors.js';
import { ANALYSIS_CODES, type AnalysisCode } from './codes.js';
import { ANALYSIS_RULES } from './registry.js';

const docs = readFileSync(new URL('../../../../docs/authoring/analysis.md', import.meta.url), 'utf8');
const expressionCodes = new Set<string>(EXPR_ERROR_CODES);
const codes = Object.keys(ANALYSIS_CODES) as AnalysisCode[];

/** The rows of the table under `## <heading>` whose first cell is a code. */
function rows(heading: string): string[][] {
  const section = docs.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

describe('the rule registry', () => {
  it('declares every code it reports, and every code is reported by some rule', () => {
    const reported = new Set(ANALYSIS_RULES.flatMap((r) => r.codes));
    expect([...reported].filter((c) => !(c in ANALYSIS_CODES))).toEqual([]);
    expect(codes.filter((c) => !reported.has(c))).toEqual([]);
  });

  it('names rules once, each explained by a section of docs/authoring/analysis.md', () => {
    const names = ANALYSIS_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of ANALYSIS_RULES) expect(docs, rule.name).toContain(`\n## ${rule.docs}\n`);
  });
});

describe('docs/authoring/analysis.md, against the registry', () => {
  it('lists every code on one page with the registry’s severity and group, and no other', () => {
    const listed = rows('Every code on one page');
    const documented = listed.map(([code, severity, group]) => [code?.replace(/`/g, ''), severity, group]);
    const declared = codes
      .filter((c) => !expressionCodes.has(c))
      .map((c) => [c, ANALYSIS_CODES[c].severity, ANALYSIS_CODES[c].group]);
    expect(documented.sort()).toEqual(declared.sort());
    const first = EXPR_ERROR_CODES[0];
    const last = EXPR_ERROR_CODES[EXPR_ERROR_CODES.length - 1];
    expect(docs).toContain(
      `| ${EXPR_ERROR_CODES.length} expression codes, \`${first}\` … \`${last}\` | error | Expressions |`,
    );
  });

  it('explains each route and structure code under a heading that gives its severity', () => {
    for (const code of codes) {
      const { group, severity } = ANALYSIS_CODES[code];
      if (group === 'Document rules' || expressionCodes.has(code)) continue;
      expect(docs, code).toContain(`\n### \`${code}\` (${severity})\n`);
    }
  });

  it('explains every document rule in its table, with the registry’s severity', () => {
    const table = rows('Document rules').map(([code, severity]) => [code?.replace(/`/g, ''), severity]);
    const declared = codes
      .filter((c) => ANALYSIS_CODES[c].group === 'Document rules')
      .map((c) => [c, ANALYSIS_CODES[c].severity]);
    expect(table.sort()).toEqual(declared.sort());
  });

  it('explains every expression code in the expressions table', () => {
    const table = rows('Expressions').map(([code]) => code?.replace(/`/g, ''));
    expect(table.sort()).toEqual([...EXPR_ERROR_CODES].sort());
  });
});
