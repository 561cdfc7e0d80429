import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/program.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
/** Core's fixture questionnaires, shared rather than copied. */
const questionnaires = join(repo, 'packages', 'core', 'test', 'fhir', 'questionnaires');
const pathways = join(repo, 'pathways');

async function careway(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'careway-fhir-'));
}

const examplePathways = readdirSync(pathways).filter((f) => f.endsWith('.json'));

describe('careway fhir import', () => {
  it('prints the pathway and reports issues on standard error', async () => {
    const { code, stdout, stderr } = await careway(
      'fhir',
      'import',
      join(questionnaires, 'clinic-intake.json'),
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      schemaVersion: 1,
      id: 'clinic-intake',
      title: 'New patient intake',
    });
    expect(stderr).toContain('[fhir_time_as_text]');
    expect(stderr).toContain('best-call-time');
  });

  it('writes to -o, one step per item with --step-per-item', async () => {
    const out = join(tmp(), 'p.json');
    const { code } = await careway(
      'fhir',
      'import',
      join(questionnaires, 'referral-reason-chain.json'),
      '-o',
      out,
      '--step-per-item',
    );
    expect(code).toBe(0);
    const pathway = JSON.parse(readFileSync(out, 'utf8')) as { nodes: { kind: string }[] };
    expect(pathway.nodes.filter((n) => n.kind === 'step')).toHaveLength(5);
  });

  it('exits 1 with the loop reported, and --json gives one object', async () => {
    const { code, stdout } = await careway(
      'fhir',
      'import',
      join(questionnaires, 'nausea-loop.json'),
      '--json',
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      ok: boolean;
      issues: { code: string }[];
      linkIds: Record<string, string>;
    };
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => i.code)).toContain('fhir_enable_when_loop');
    expect(report.linkIds).toEqual({ nausea: 'nausea', vomiting: 'vomiting', antiemetic: 'antiemetic' });
  });

  it('exits 2 on a missing file, malformed JSON or something that is not a Questionnaire', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.json'), '{ "resourceType": ');
    writeFileSync(join(dir, 'patient.json'), '{ "resourceType": "Patient" }');
    expect((await careway('fhir', 'import', join(dir, 'missing.json'))).code).toBe(2);
    const malformed = await careway('fhir', 'import', join(dir, 'bad.json'));
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('not valid JSON');
    const patient = await careway('fhir', 'import', join(dir, 'patient.json'), '--json');
    expect(patient.code).toBe(2);
    expect(JSON.parse(patient.stdout)).toMatchObject({
      ok: false,
      issues: [{ code: 'fhir_not_a_questionnaire' }],
    });
  });
});

describe('careway fhir export', () => {
  it.each(examplePathways)('exports %s, and importing the export gives the pathway back', async (file) => {
    const dir = tmp();
    const q = join(dir, 'q.json');
    const back = join(dir, 'back.json');
    expect((await careway('fhir', 'export', join(pathways, file), '-o', q)).code).toBe(0);
    expect(JSON.parse(readFileSync(q, 'utf8'))).toMatchObject({ resourceType: 'Questionnaire' });
    expect((await careway('fhir', 'import', q, '-o', back)).code).toBe(0);
    expect(JSON.parse(readFileSync(back, 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(pathways, file), 'utf8')),
    );
  });

  it('exits 2 on an invalid pathway', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'p.json'), '{ "schemaVersion": 1 }');
    const { code, stderr } = await careway('fhir', 'export', join(dir, 'p.json'));
    expect(code).toBe(2);
    expect(stderr).toContain('not a valid Careway pathway');
  });
});

describe('careway fhir response', () => {
  it('runs the first scenario of each example pathway and prints a transaction Bundle', async () => {
    for (const file of examplePathways) {
      const pathway = JSON.parse(readFileSync(join(pathways, file), 'utf8')) as {
        scenarios: {
          answers: Record<string, unknown>;
          context?: Record<string, unknown>;
          expect: { outcome: string };
        }[];
      };
      const scenario = pathway.scenarios[0];
      if (!scenario) continue;
      const dir = tmp();
      writeFileSync(join(dir, 'answers.json'), JSON.stringify(scenario.answers));
      writeFileSync(
        join(dir, 'context.json'),
        JSON.stringify({ ...(scenario.context ?? {}), fhir: { requester: 'Practitioner/G1234567' } }),
      );
      const { code, stdout } = await careway(
        'fhir',
        'response',
        join(pathways, file),
        '--answers',
        join(dir, 'answers.json'),
        '--context',
        join(dir, 'context.json'),
        '--subject',
        'nhs:9000000009',
        '--now',
        '2026-11-24T10:00:00Z',
        '--json',
      );
      expect(code, file).toBe(0);
      const report = JSON.parse(stdout) as {
        ok: boolean;
        outcome: string;
        bundle: { type: string; entry: { resource: { resourceType: string } }[] };
      };
      expect(report.outcome, file).toBe(scenario.expect.outcome);
      expect(report.bundle.type).toBe('transaction');
      expect(report.bundle.entry[0]?.resource.resourceType).toBe('QuestionnaireResponse');
    }
  });

  it('exits 1 when the answers do not reach an outcome, 2 on a bad reference', async () => {
    const file = join(pathways, examplePathways[0] as string);
    const dir = tmp();
    writeFileSync(join(dir, 'none.json'), '{}');
    const incomplete = await careway('fhir', 'response', file, '--answers', join(dir, 'none.json'));
    expect(incomplete.code).toBe(1);
    const bad = await careway(
      'fhir',
      'response',
      file,
      '--answers',
      join(dir, 'none.json'),
      '--subject',
      'not a reference',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--subject');
  });

  it('requires --answers', async () => {
    expect((await careway('fhir', 'response', join(pathways, examplePathways[0] as string))).code).toBe(2);
  });
});
