import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.js';
import { clinicalContent, fingerprint } from './fingerprint.js';
import type { Pathway } from './pathway.js';
import { minimalPathway, samplePathway } from './test-fixtures.js';

const change = (mutate: (p: Pathway) => void): string => {
  const p = samplePathway();
  mutate(p);
  return fingerprint(p);
};

describe('fingerprint', () => {
  it('is sha256: and 64 hex digits', () => {
    expect(fingerprint(samplePathway())).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('is pinned for the minimal pathway: a change here makes every recorded approval stale', () => {
    expect(fingerprint(minimalPathway())).toBe(
      'sha256:abe9de7dbe709ed997d39f39d42369750287fab42a2f4b104cdaf893a8188f32',
    );
  });

  it('ignores layout, translations, sign-off, status, version, publisher and $schema', () => {
    const base = fingerprint(samplePathway());
    expect(change((p) => (p.layout = { nodes: { assess: { x: 99, y: 99 } } }))).toBe(base);
    expect(change((p) => delete p.layout)).toBe(base);
    expect(change((p) => (p.translations = { cy: { 'pathway.title': 'Teitl' } }))).toBe(base);
    expect(change((p) => (p.approvals = []))).toBe(base);
    expect(change((p) => (p.status = 'retired'))).toBe(base);
    expect(change((p) => (p.version = '9.9.9'))).toBe(base);
    expect(change((p) => delete p.publisher)).toBe(base);
    expect(change((p) => (p.$schema = './careway.schema.json'))).toBe(base);
  });

  it('changes with any clinical change', () => {
    const base = fingerprint(samplePathway());
    const changes: ((p: Pathway) => void)[] = [
      (p) => (p.title = 'Suspected DVT'),
      (p) => (p.edges[3] = { id: 'to_refer', from: 'triage', to: 'refer', when: 'wells >= 3' }),
      (p) => p.edges.reverse(),
      (p) => {
        const outcome = p.nodes[5];
        if (outcome?.kind === 'outcome') outcome.urgency = 'urgent';
      },
      (p) => {
        const step = p.nodes[0];
        if (step?.kind === 'step' && step.fields[0]?.type === 'integer') step.fields[0].max = 110;
      },
      (p) => (p.scenarios = []),
      (p) => (p.sources[0] = { id: 'ng158', title: 'NG158', url: 'https://www.nice.org.uk/guidance/ng158' }),
    ];
    const prints = changes.map(change);
    for (const print of prints) expect(print).not.toBe(base);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('does not depend on key order', () => {
    const p = samplePathway();
    const reordered = Object.fromEntries(Object.entries(p).reverse()) as Pathway;
    expect(fingerprint(reordered)).toBe(fingerprint(p));
  });

  it('agrees with an independent SHA-256 of the canonical clinical content', () => {
    const text = canonicalJson(clinicalContent(samplePathway()) as Pathway);
    expect(fingerprint(samplePathway())).toBe(
      `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`,
    );
  });

  it('hashes only the clinical content', () => {
    expect(Object.keys(clinicalContent(samplePathway()))).toEqual([
      'schemaVersion',
      'id',
      'title',
      'description',
      'sources',
      'context',
      'start',
      'nodes',
      'edges',
      'variables',
      'scenarios',
    ]);
  });
});
