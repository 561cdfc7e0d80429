import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careway, fixtures, pathways, tmp } from './binary.js';

const fever = join(fixtures, 'feverish-child.json');

describe('careway safety-case', () => {
  it('is listed in the help', async () => {
    expect((await careway(['--help'])).stdout).toContain('  safety-case ');
    const help = await careway(['safety-case', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: careway safety-case [options] <file>');
    expect(help.stdout).toContain('--previous <file>');
  });

  it('prints the HTML report to standard output, dated --today', async () => {
    const { code, stdout, stderr } = await careway(['safety-case', fever, '--today', '2026-11-24']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(stdout).toContain('<h1>Clinical safety case: Feverish child (CLI test pathway)</h1>');
    expect(stdout).toContain('report of 2026-11-24');
    expect(stdout).toContain('<h2 id="section-2">2. Hazard log</h2>');
    expect(stdout).toContain('No previous published version given.');
  });

  it('writes --out and compares with --previous', async () => {
    const dir = tmp();
    const doc = JSON.parse(readFileSync(fever, 'utf8')) as { version: string; title: string };
    const previous = join(dir, 'previous.json');
    writeFileSync(previous, JSON.stringify({ ...doc, version: '0.9.0', title: 'An older title' }));
    const out = join(dir, 'reports', 'case.html');
    const run = await careway([
      'safety-case',
      fever,
      '--previous',
      previous,
      '--out',
      out,
      '--today',
      '2026-11-24',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`wrote ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Previous (0.9.0)');
    expect(html).toMatch(/Changed top-level properties: <code>title<\/code>/);
  });

  it('works on an example pathway', async () => {
    const { code, stdout } = await careway([
      'safety-case',
      join(pathways, 'suspected-dvt.json'),
      '--today',
      '2026-11-24',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('7. Clinical changes since the last published version');
  });

  it('refuses a bad date, a missing file and an invalid previous version with exit 2', async () => {
    const date = await careway(['safety-case', fever, '--today', '2026-02-30']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--today must be a real date');
    const missing = await careway(['safety-case', join(tmp(), 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const bad = join(tmp(), 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1 }));
    const invalid = await careway(['safety-case', fever, '--previous', bad]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('is not a valid Careway pathway');
    expect(invalid.stdout).toBe('');
  });
});
