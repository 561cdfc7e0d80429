import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from './nodes.js';

const root = new URL('../../../../', import.meta.url);
const map = readFileSync(new URL('docs/format/node-kinds.md', root), 'utf8');

describe('docs/format/node-kinds.md', () => {
  it('has a line for every node kind', () => {
    for (const kind of NODE_KINDS) expect(map, kind).toContain(`- **\`${kind}\`**:`);
  });

  it('names only paths that exist', () => {
    const full = [...map.matchAll(/`(packages\/[^`]+)`/g)].map((m) => m[1] as string);
    expect(full.length).toBeGreaterThan(10);
    for (const path of full) expect(existsSync(new URL(path, root)), path).toBe(true);
    const byKind = map.slice(map.indexOf('## By kind'));
    const dirs: Record<string, string> = {
      'schema/': 'packages/core/src/',
      'engine/': 'packages/core/src/',
      'analysis/': 'packages/core/src/',
      'fhir/': 'packages/core/src/',
      'views/': 'packages/elements/src/components/careway-pathway/',
      'fields/': 'packages/elements/src/components/careway-pathway/',
      'kinds/': 'packages/designer/src/',
    };
    for (const [, short] of byKind.matchAll(/`([a-z/]+(?:\.ts)?\/?)`/g)) {
      const base = Object.entries(dirs).find(([prefix]) => short?.startsWith(prefix))?.[1];
      if (base && short) expect(existsSync(new URL(base + short, root)), short).toBe(true);
    }
  });
});
