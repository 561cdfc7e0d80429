import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { fingerprint, generatePathway, parsePathway } from '@careway/core';
import { describe, expect, it } from 'vitest';
import { careway, fixtures, pathways, repo, tmp } from './binary.js';

const examples = readdirSync(pathways)
  .filter((f) => f.endsWith('.json'))
  .map((f) => join(pathways, f));
const child = join(fixtures, 'feverish-child.json');

interface Doc {
  [key: string]: unknown;
  nodes: { id: string; [key: string]: unknown }[];
  edges: { id: string; from: string; to: string; when?: string }[];
  scenarios: { expect: { outcome: string } }[];
}

function load(file: string): Doc {
  return JSON.parse(readFileSync(file, 'utf8')) as Doc;
}

/** Writes a variant of the CLI's test pathway to a fresh folder and returns its path. */
function variant(change: (doc: Doc) => void, name = 'variant.json'): string {
  const doc = load(child);
  change(doc);
  const file = join(tmp(), name);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

function writeJson(value: unknown): string {
  const file = join(tmp(), 'input.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('careway', () => {
  it('lists every command in its help, and exits 2 on an unknown command', async () => {
    const help = await careway(['--help']);
    expect(help.code).toBe(0);
    for (const name of ['validate', 'lint', 'test', 'run', 'stats', 'publish', 'schema', 'fhir'])
      expect(help.stdout).toContain(`  ${name} `);
    const unknown = await careway(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    expect((await careway([])).code).toBe(2);
  });

  it('has help for each command', async () => {
    for (const name of ['validate', 'lint', 'test', 'run', 'stats', 'publish', 'schema']) {
      const { code, stdout } = await careway([name, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: careway ${name}`);
    }
  });

  it('colours only when asked: never through a pipe, always with FORCE_COLOR, never with --no-color', async () => {
    const broken = variant((d) => (d.edges = d.edges.filter((e) => e.id !== 'e_home')));
    const piped = await careway(['lint', broken], { NO_COLOR: '' });
    expect(piped.stdout).not.toContain('\u001b[');
    const forced = await careway(['lint', broken], { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[31m');
    const refused = await careway(['--no-color', 'lint', broken], { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(refused.stdout).not.toContain('\u001b[');
  });
});

describe('careway validate', () => {
  it('accepts every example pathway', async () => {
    const { code, stdout } = await careway(['validate', ...examples]);
    expect(code).toBe(0);
    expect(stdout.match(/^valid /gm)).toHaveLength(examples.length);
  });

  it('exits 1 on an invalid pathway, naming each issue with its code and place', async () => {
    const file = variant((d) => {
      d.edges.push({ id: 'e_ghost', from: 'triage', to: 'nowhere' });
    });
    const { code, stdout } = await careway(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^invalid /m);
    expect(stdout).toContain('[unknown_reference]');
    const json = await careway(['validate', file, '--json']);
    const report = JSON.parse(json.stdout) as {
      ok: boolean;
      files: { valid: boolean; issues: { code: string; path: unknown[] }[] }[];
    };
    expect(report.ok).toBe(false);
    expect(report.files[0]?.issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_reference', path: ['edges', 3, 'to'] }),
    );
  });

  it('exits 1 on a pathway with an expression that cannot be read, naming its place (core’s one check)', async () => {
    const file = variant((d) => {
      const edge = d.edges.find((e) => e.when !== undefined);
      if (edge) edge.when = 'num > $5';
    });
    const { code, stdout } = await careway(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^invalid /m);
    expect(stdout).toContain('[unexpected_character]');
    const json = await careway(['validate', file, '--json']);
    const report = JSON.parse(json.stdout) as { files: { issues: { code: string; path: unknown[] }[] }[] };
    expect(report.files[0]?.issues[0]?.path).toContain('when');
  });

  it('exits 2 on a missing file and on malformed JSON, saying where the JSON breaks', async () => {
    const dir = tmp();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "id": "x",\n  "nodes": [,]\n}');
    const missing = await careway(['validate', join(dir, 'missing.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const malformed = await careway(['validate', bad]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/not valid JSON: at line 3, column \d+, /);
    const json = await careway(['validate', bad, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      files: [{ error: { code: 'invalid_json' } }],
    });
  });
});

describe('careway lint', () => {
  it('finds no errors in the example pathways', async () => {
    const { code, stdout } = await careway(['lint', ...examples, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { files: { findings: { severity: string }[] }[] };
    expect(report.files).toHaveLength(examples.length);
    for (const f of report.files) expect(f.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('exits 1 on an error finding and reports its code, node and fix', async () => {
    const file = variant((d) => (d.edges = d.edges.filter((e) => e.id !== 'e_home')));
    const { code, stdout } = await careway(['lint', file]);
    expect(code).toBe(1);
    expect(stdout).toContain('[not_exhaustive]');
    expect(stdout).toContain('node triage');
    const json = JSON.parse((await careway(['lint', file, '--json'])).stdout) as {
      ok: boolean;
      files: { findings: { code: string; nodeId?: string; counterExample?: Record<string, unknown> }[] }[];
    };
    expect(json.ok).toBe(false);
    const finding = json.files[0]?.findings.find((f) => f.code === 'not_exhaustive');
    expect(finding).toMatchObject({ nodeId: 'triage' });
    expect(finding?.counterExample).toBeDefined();
  });

  it('reports an invalid document as such, exit 1, without analysing it', async () => {
    const file = variant((d) => (d.start = 'missing'));
    const { code, stdout } = await careway(['lint', file]);
    expect(code).toBe(1);
    expect(stdout).toContain('not a valid pathway');
  });

  it('refuses a bad --budget or --today as bad usage', async () => {
    expect((await careway(['lint', child, '--budget', 'lots'])).code).toBe(2);
    expect((await careway(['lint', child, '--today', '3/12/2026'])).code).toBe(2);
    const notADay = await careway(['lint', child, '--today', '2026-02-30']);
    expect(notADay.code).toBe(2);
    expect(notADay.stderr).toContain('real date');
  });

  it('reports an unreadable file and goes on with the others, exit 2', async () => {
    const { code, stdout, stderr } = await careway(['lint', join(tmp(), 'missing.json'), child]);
    expect(code).toBe(2);
    expect(stderr).toContain('no such file');
    expect(stdout).toContain('feverish-child.json: 0 errors');
  });
});

describe('careway test', () => {
  it('passes every scenario of the example pathways with full outcome and edge coverage', async () => {
    const { code, stdout } = await careway(['test', ...examples, '--full-coverage']);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(stdout).not.toContain('not reached by any scenario');
    expect(stdout).not.toContain('not taken by any scenario');
  });

  it('exits 1 on a failing scenario and shows what happened instead', async () => {
    const file = variant((d) => {
      const s = d.scenarios[1];
      if (s) s.expect.outcome = 'same_day';
    });
    const { code, stdout } = await careway(['test', file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL 2-year-old/);
    expect(stdout).toContain('route: ask → triage → home');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it('reports what no scenario covers, and fails on it only with --full-coverage', async () => {
    const file = variant((d) => (d.scenarios = d.scenarios.slice(0, 1)));
    const plain = await careway(['test', file]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('not reached by any scenario: home');
    expect(plain.stdout).toContain('not taken by any scenario: e_home');
    expect((await careway(['test', file, '--full-coverage'])).code).toBe(1);
    const json = JSON.parse((await careway(['test', file, '--json'])).stdout) as {
      passed: number;
      failed: number;
      files: { coverage: { outcomes: { uncovered: string[] } } }[];
    };
    expect(json).toMatchObject({ passed: 1, failed: 0 });
    expect(json.files[0]?.coverage.outcomes.uncovered).toEqual(['home']);
  });
});

describe('careway run', () => {
  it('prints the outcome, the route and the trace, exit 0', async () => {
    const answers = writeJson({ age_months: 2, temperature: 38.6 });
    const { code, stdout } = await careway(['run', child, '--answers', answers]);
    expect(code).toBe(0);
    expect(stdout).toContain('outcome  same_day');
    expect(stdout).toContain('urgency      same-day (today)');
    expect(stdout).toContain('route  ask → triage → same_day');
    expect(stdout).toMatch(/triage → same_day .*age_months < 3 and temperature >= 38/);
  });

  it('exits 1 listing the fields still needed when the answers are not enough', async () => {
    const answers = writeJson({ age_months: 2 });
    const { code, stdout } = await careway(['run', child, '--answers', answers]);
    expect(code).toBe(1);
    expect(stdout).toContain('incomplete');
    expect(stdout).toContain('temperature');
    const json = JSON.parse((await careway(['run', child, '--answers', answers, '--json'])).stdout) as {
      ok: boolean;
      errors: { fieldId: string }[];
    };
    expect(json.ok).toBe(false);
    expect(json.errors.map((e) => e.fieldId)).toEqual(['temperature']);
  });

  it('runs each example pathway’s first scenario to its expected outcome, with context', async () => {
    for (const file of examples) {
      const doc = load(file) as Doc & {
        scenarios: { answers: object; context?: object; expect: { outcome: string } }[];
      };
      const scenario = doc.scenarios[0];
      if (!scenario) throw new Error(`${file} has no scenarios`);
      const args = ['run', file, '--answers', writeJson(scenario.answers), '--json'];
      if (scenario.context) args.push('--context', writeJson(scenario.context));
      const { code, stdout } = await careway(args);
      expect(code, file).toBe(0);
      expect((JSON.parse(stdout) as { outcome: { id: string } }).outcome.id).toBe(scenario.expect.outcome);
    }
  });

  it('exits 2 when the answers are not a JSON object or --answers is missing', async () => {
    expect((await careway(['run', child, '--answers', writeJson([1, 2])])).code).toBe(2);
    const missing = await careway(['run', child]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--answers <answers.json>'");
  });
});

describe('careway stats', () => {
  it('prints sizes and the questions per outcome', async () => {
    const { code, stdout } = await careway(['stats', child]);
    expect(code).toBe(0);
    expect(stdout).toContain('nodes       4 (1 step, 1 decision, 0 info, 2 outcomes)');
    expect(stdout).toContain('| same_day | same-day | 2 | 2 | 1 |');
    expect(stdout).toContain(
      `  fingerprint ${fingerprint(parsePathway(load(child)))} (of the clinical content`,
    );
    const json = JSON.parse((await careway(['stats', child, '--json'])).stdout) as {
      metrics: { questions: number };
      bytes: number;
      fingerprint: string;
    };
    expect(json.metrics.questions).toBe(2);
    expect(json.bytes).toBeGreaterThan(100);
    expect(json.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('names the fields nothing uses', async () => {
    const file = variant((d) => {
      const step = d.nodes[0] as unknown as { fields: object[] };
      step.fields.push({ id: 'rash', type: 'boolean', label: 'Rash?' });
    });
    const { stdout } = await careway(['stats', file]);
    expect(stdout).toContain('rash');
    expect(stdout).toContain('[unused_field]');
  });
});

/** Signs a document off as it stands and makes it active: what `careway publish` asks of it. Call it last. */
function signOff(doc: Doc): void {
  doc.status = 'active';
  doc.approvals = [
    {
      role: 'Clinical safety officer',
      name: 'Dr A Example',
      date: '2026-11-30',
      statement: 'Reviewed against the hazard log; safe for use.',
      fingerprint: fingerprint(parsePathway(doc)),
    },
  ];
}

describe('careway publish', () => {
  const signed = variant(signOff, 'signed.json');

  it('writes <id>@<version>.json as canonical JSON and prints its integrity, as the runtime checks it', async () => {
    const out = tmp();
    const { code, stdout, stderr } = await careway(['publish', signed, '--out', out]);
    expect(code).toBe(0);
    const file = join(out, 'feverish-child-cli@1.0.0.json');
    expect(stderr).toContain(`published ${file}`);
    const bytes = readFileSync(file);
    expect(stdout.trim()).toBe(`sha256-${createHash('sha256').update(bytes).digest('base64')}`);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(load(signed));
    const again = await careway(['publish', signed, '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(stdout);
  });

  it('refuses a pathway with lint errors or failing scenarios, and writes nothing', async () => {
    const out = tmp();
    const failing = variant((d) => {
      const s = d.scenarios[1];
      if (s) s.expect.outcome = 'same_day';
      signOff(d);
    });
    const refused = await careway(['publish', failing, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Scenario “2-year-old at 38.5 °C → home” fails');
    const broken = variant((d) => {
      d.edges = d.edges.filter((e) => e.id !== 'e_home');
      signOff(d);
    });
    const json = await careway(['publish', broken, '--out', out, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, published: false });
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a pathway nobody has signed off, or signed off before a clinical change, as the designer does', async () => {
    const out = tmp();
    const unsigned = variant((d) => (d.status = 'active'));
    const none = await careway(['publish', unsigned, '--out', out, '--json']);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout)).toMatchObject({
      ok: false,
      reasons: ['Add at least one approval: who signed this pathway off as clinically safe, and when.'],
    });
    const changed = variant((d) => {
      signOff(d);
      const step = d.nodes.find((n) => n.kind === 'step') as unknown as { title: string };
      step.title = `${step.title} (changed after sign-off)`;
    });
    const stale = await careway(['publish', changed, '--out', out]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(
      'Approval 1 (Dr A Example) was given to different clinical content: review the changes and sign it off again.',
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('publishes only an active pathway, saying how to make a draft or a retired one active', async () => {
    const out = tmp();
    const draft = variant((d) => {
      signOff(d);
      d.status = 'draft';
    });
    const refused = await careway(['publish', draft, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Its status is "draft": set "status": "active"');
    const retired = variant((d) => {
      signOff(d);
      d.status = 'retired';
    });
    expect((await careway(['publish', retired, '--out', out])).stdout).toContain(
      'retired pathways are not published',
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('never changes a published version: other content under the same version is refused', async () => {
    const out = tmp();
    expect((await careway(['publish', signed, '--out', out])).code).toBe(0);
    const retitled = variant((d) => {
      d.title = 'Feverish child (changed)';
      signOff(d);
    });
    const { code, stdout } = await careway(['publish', retitled, '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toContain('bump the version');
    expect(load(join(out, 'feverish-child-cli@1.0.0.json')).title).toBe('Feverish child (CLI test pathway)');
  });

  // Fourteen runs of the command, each analysing a whole example: a slow machine needs the time.
  it('publishes no example pathway as it is (each is a draft nobody has signed off), and each once signed off', async () => {
    const out = tmp();
    for (const file of examples) {
      const { code, stdout } = await careway(['publish', file, '--out', out]);
      expect(code, file).toBe(1);
      expect(stdout, file).toContain('Add at least one approval');
    }
    expect(readdirSync(out)).toEqual([]);
    for (const file of examples) {
      const doc = load(file);
      signOff(doc);
      const copy = join(tmp(), 'example.json');
      writeFileSync(copy, JSON.stringify(doc));
      expect((await careway(['publish', copy, '--out', out])).code, file).toBe(0);
    }
    expect(readdirSync(out)).toHaveLength(examples.length);
  }, 120_000);
});

describe('careway schema', () => {
  it('prints the committed JSON Schema', async () => {
    const { code, stdout } = await careway(['schema']);
    expect(code).toBe(0);
    const committed = join(repo, 'packages', 'core', 'careway.schema.json');
    expect(existsSync(committed)).toBe(true);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(committed, 'utf8')));
  });
});

describe('careway in a pipeline', () => {
  it('stops quietly when the reader closes the pipe early', async () => {
    // Output well beyond a pipe's buffer, so that writing really meets the closed end.
    const big = join(tmp(), 'big.json');
    writeFileSync(big, JSON.stringify(generatePathway({ nodes: 800, seed: 1, safe: true })));
    const bin = join(repo, 'packages', 'cli', 'bin', 'careway.js');
    const script = `"${process.execPath}" "${bin}" fhir export "${big}" | head -c 1 > /dev/null`;
    const stderr = await new Promise<string>((resolve) => {
      execFile('bash', ['-o', 'pipefail', '-c', script], (error, _out, err) =>
        resolve(`${err}${error ? ` (exit ${String(error.code)})` : ''}`),
      );
    });
    expect(stderr).toBe('');
  });
});
