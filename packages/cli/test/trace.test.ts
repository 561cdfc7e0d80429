import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careway, fixtures, tmp } from './binary.js';

interface Doc {
  [key: string]: unknown;
  sources: Record<string, unknown>[];
  nodes: { id: string; kind: string; [key: string]: unknown }[];
  edges: { id: string; when?: string; sources?: string[] }[];
}

/** The CLI's test pathway, traced to a fictitious guideline: one recommendation traced, one untraced, one out of scope. */
function traced(change: (doc: Doc) => void = () => {}): string {
  const doc = JSON.parse(readFileSync(join(fixtures, 'feverish-child.json'), 'utf8')) as Doc;
  doc.sources = [
    {
      id: 'fever-guide',
      title: 'A fictitious fever guideline for the CLI tests',
      url: 'https://careway.example/fever-guide',
      accessed: '2026-11-01',
      recommendations: [
        { id: '1.1', summary: 'Babies under 3 months with a fever of 38 °C or more are seen the same day.' },
        { id: '1.2', summary: 'Give parents written safety-netting advice.' },
        {
          id: '1.3',
          summary: 'Assess older children by the traffic-light system.',
          outOfScope: 'Under 5s only, by age.',
        },
      ],
    },
  ];
  const edge = doc.edges.find((e) => e.id === 'e_young_hot');
  if (edge) edge.sources = ['fever-guide#1.1'];
  change(doc);
  const file = join(tmp(), 'traced.json');
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

describe('careway trace', () => {
  it('is listed in the help', async () => {
    expect((await careway(['--help'])).stdout).toContain('  trace ');
    const help = await careway(['trace', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: careway trace');
    expect(help.stdout).toContain('"markdown", "csv"');
  });

  it('prints the matrix as Markdown by default, exit 0 whatever it shows', async () => {
    const { code, stdout, stderr } = await careway(['trace', traced()]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('# Traceability: Feverish child (CLI test pathway) (feverish-child-cli 1.0.0)');
    expect(stdout).toContain('## A fictitious fever guideline for the CLI tests (fever-guide)');
    expect(stdout).toMatch(
      /\| 1\.1 \| Babies under 3 months .* \| Edge e_young_hot from “Triage” to “.+” \|/,
    );
    expect(stdout).toContain('| 1.2 | Give parents written safety-netting advice. | **Not traced** |');
    expect(stdout).toContain('| Out of scope: Under 5s only, by age. |');
    expect(stdout).toContain('- Outcome “');
  });

  it('prints CSV with --format csv, its cells guarded against spreadsheet formulas', async () => {
    const file = traced((doc) => {
      const rec = (doc.sources[0]?.['recommendations'] as { summary: string }[])[1];
      if (rec) rec.summary = '=HYPERLINK("https://careway.example","advice")';
    });
    const { code, stdout } = await careway(['trace', file, '--format', 'csv']);
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe(
      'source,source_title,accessed,recommendation,summary,status,out_of_scope_reason,element_kind,element_id,element_name,element_path',
    );
    expect(stdout).toContain(
      'fever-guide,A fictitious fever guideline for the CLI tests,2026-11-01,1.2,"\'=HYPERLINK(""https://careway.example"",""advice"")",untraced,,,,,\r\n',
    );
    expect(lines.at(-1)).toBe('');
  });

  it('prints the matrix as one JSON object with --json', async () => {
    const { code, stdout } = await careway(['trace', traced(), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      ok: boolean;
      pathway: { id: string };
      sources: { recommendations: { ref: string; elements: { kind: string; id: string }[] }[] }[];
      unsourced: { kind: string; id: string }[];
    };
    expect(json.ok).toBe(true);
    expect(json.pathway.id).toBe('feverish-child-cli');
    expect(json.sources[0]?.recommendations.map((r) => [r.ref, r.elements.map((e) => e.id)])).toEqual([
      ['fever-guide#1.1', ['e_young_hot']],
      ['fever-guide#1.2', []],
      ['fever-guide#1.3', []],
    ]);
    expect(json.unsourced.map((e) => `${e.kind} ${e.id}`)).toEqual(['node same_day', 'node home']);
  });

  it('exits 2 on a file it cannot read, a document that is not a pathway, or an unknown format', async () => {
    const missing = await careway(['trace', join(tmp(), 'missing.json'), '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, error: { code: 'unreadable_file' } });
    const invalid = await careway(['trace', traced((doc) => (doc.start = 'nowhere'))]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('is not a valid Careway pathway');
    const format = await careway(['trace', traced(), '--format', 'xlsx']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Allowed choices are markdown, csv');
  });
});
