import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../schema/fingerprint.js';
import { USAGE_ISSUE_CODES } from './issues.js';
import { safeParseUsageRecord } from './parse.js';
import { UsageRecordSchema } from './record.js';
import { examplePathways } from './test-fixtures.js';

const guide = readFileSync(new URL('../../../../docs/format/usage.md', import.meta.url), 'utf8');

describe('docs/format/usage.md', () => {
  it('gives an example record that is valid against its pathway', () => {
    const json = /```json\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const pathway = examplePathways().find((p) => p.file === 'suspected-dvt.json')?.pathway;
    expect(pathway).toBeDefined();
    if (pathway === undefined) return;
    const record = JSON.parse(json.replace('sha256:3b1f…', fingerprint(pathway))) as unknown;
    expect(safeParseUsageRecord(record, { pathway })).toMatchObject({ ok: true });
  });

  it('documents every property of the record and every issue code', () => {
    for (const key of Object.keys(UsageRecordSchema.def.shape)) expect(guide, key).toContain(`| \`${key}`);
    for (const code of Object.keys(USAGE_ISSUE_CODES)) expect(guide, code).toContain(`\`${code}\``);
  });

  it('says the synthetic data are synthetic', () => {
    expect(guide).toContain('**These records are synthetic.**');
  });
});
