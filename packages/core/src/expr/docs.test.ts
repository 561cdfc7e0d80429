import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExpression } from './check.js';
import { EXPR_ERROR_CODES } from './errors.js';
import { listFunctions } from './functions/registry.js';

const guide = readFileSync(new URL('../../../../docs/format/expressions.md', import.meta.url), 'utf8');

describe('docs/format/expressions.md', () => {
  it('documents every function with its signatures', () => {
    for (const f of listFunctions()) {
      expect(guide, f.name).toContain(`### ${f.name}\n`);
      for (const signature of f.signatures) expect(guide, signature).toContain(signature);
    }
  });

  it('documents every error code', () => {
    for (const code of EXPR_ERROR_CODES) expect(guide, code).toContain(`| \`${code}\` |`);
  });

  it('gives examples that parse', () => {
    const blocks = [...guide.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((m) =>
      (m[1] ?? '').trim().split('\n'),
    );
    expect(blocks.length).toBeGreaterThan(20);
    for (const line of blocks) {
      const errors = checkExpression(line, {}).errors.filter(
        (e) => !['unknown_name', 'unknown_context'].includes(e.code),
      );
      expect(errors, line).toEqual([]);
    }
  });
});
