import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careway, pathways, tmp } from './binary.js';

const dvt = join(pathways, 'suspected-dvt.json');

interface Summary {
  sessions: number;
  status: { completed: number; abandoned: number; inProgress: number };
  outcomes: { id: string; sessions: number }[];
  unknown: { nodes: { id: string; sessions: number }[] };
  versions: { version: string; sessions: number }[];
}

async function synthetic(sessions: number, seed = 3): Promise<string> {
  const out = join(tmp(), 'usage.ndjson');
  const { code, stderr } = await careway([
    'synthetic-usage',
    dvt,
    '--sessions',
    String(sessions),
    '--seed',
    String(seed),
    '-o',
    out,
  ]);
  expect(code).toBe(0);
  expect(stderr).toContain(`${sessions} synthetic sessions`);
  return out;
}

describe('careway synthetic-usage', () => {
  it('writes the same records for the same seed, one JSON record a line', async () => {
    const a = readFileSync(await synthetic(50, 9), 'utf8');
    const b = readFileSync(await synthetic(50, 9), 'utf8');
    expect(a).toBe(b);
    const lines = a.trimEnd().split('\n');
    expect(lines).toHaveLength(50);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ format: 'careway-usage', formatVersion: 1 });
  });

  it('refuses a bad --sessions', async () => {
    expect((await careway(['synthetic-usage', dvt, '--sessions', 'lots'])).code).toBe(2);
  });
});

describe('careway insights', () => {
  it('prints the figures of every session, and the same as JSON', async () => {
    const file = await synthetic(300);
    const text = await careway(['insights', dvt, file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('suspected-dvt@1.0.0: 300 sessions');
    expect(text.stdout).toContain('| outcome | sessions | share |');
    expect(text.stdout).toContain('Slowest pages');
    const { summary } = JSON.parse((await careway(['insights', dvt, file, '--json'])).stdout) as {
      summary: Summary;
    };
    expect(summary.sessions).toBe(300);
    const { completed, abandoned, inProgress } = summary.status;
    expect(completed + abandoned + inProgress).toBe(300);
    expect(summary.outcomes.reduce((n, o) => n + o.sessions, 0)).toBe(completed);
  });

  it('skips a line that is not a record, says which, and summarises the rest', async () => {
    const file = await synthetic(20);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    lines.splice(3, 0, '{"format":"careway-usage","answer":"9990001234"}', 'not json');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { code, stdout, stderr } = await careway(['insights', dvt, file]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/skipped .*Line 4/);
    expect(stderr).toMatch(/skipped .*Line 5/);
    expect(stderr).not.toContain('9990001234');
    expect(stdout).toContain('20 sessions');
  });

  it('reads records of an earlier version and reports what this version no longer has', async () => {
    const file = await synthetic(30);
    const records = readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const old = records.slice(0, 10).map((r) => ({
      ...r,
      pathway: { ...(r['pathway'] as object), version: '0.9.0', fingerprint: `sha256:${'0'.repeat(64)}` },
      visits: [...(r['visits'] as object[]), { node: 'retired_step', kind: 'step', at: 0, ms: 1000 }],
    }));
    writeFileSync(file, `${[...old, ...records.slice(10)].map((r) => JSON.stringify(r)).join('\n')}\n`);
    const { summary } = JSON.parse((await careway(['insights', dvt, file, '--json'])).stdout) as {
      summary: Summary;
    };
    expect(summary.sessions).toBe(30);
    expect(summary.versions.map((v) => [v.version, v.sessions]).sort()).toEqual([
      ['0.9.0', 10],
      ['1.0.0', 20],
    ]);
    expect(summary.unknown.nodes).toEqual([{ id: 'retired_step', sessions: 10 }]);
  });

  it('exits 2 on a missing records file', async () => {
    const { code, stderr } = await careway(['insights', dvt, join(tmp(), 'missing.ndjson')]);
    expect(code).toBe(2);
    expect(stderr).toContain('no such file');
  });
});
