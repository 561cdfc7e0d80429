import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalPathway } from './canonical.js';
import { safeParsePathway } from './parse.js';
import type { Pathway } from './pathway.js';
import { minimalPathway, samplePathway } from './test-fixtures.js';

function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).reverse();
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v)]));
}

describe('canonicalJson', () => {
  it('writes two-space indented JSON with a trailing newline', () => {
    const text = canonicalJson(minimalPathway());
    expect(text.endsWith('}\n')).toBe(true);
    expect(
      text.startsWith(
        '{\n  "schemaVersion": 1,\n  "id": "minimal",\n  "version": "0.1.0",\n  "title": "Minimal pathway",\n  "status": "draft",',
      ),
    ).toBe(true);
    expect(text).not.toContain('\r');
  });

  it('is the same whatever the order of keys in the input', () => {
    const shuffled = shuffleKeys(samplePathway()) as Pathway;
    expect(canonicalJson(shuffled)).toBe(canonicalJson(samplePathway()));
  });

  it('orders the properties of nodes and fields for reading', () => {
    const p = canonicalPathway(samplePathway());
    expect(Object.keys(p.nodes[0] ?? {})).toEqual([
      'id',
      'kind',
      'title',
      'description',
      'sources',
      'fields',
    ]);
    const field = p.nodes[0]?.kind === 'step' ? p.nodes[0].fields[1] : undefined;
    expect(Object.keys(field ?? {})).toEqual([
      'id',
      'type',
      'label',
      'hint',
      'options',
      'exclusive',
      'redFlag',
    ]);
    expect(Object.keys(p.edges[0] ?? {})).toEqual(['id', 'label', 'from', 'to', 'when']);
    expect(Object.keys(p)).toEqual([
      'schemaVersion',
      'id',
      'version',
      'title',
      'description',
      'status',
      'publisher',
      'approvals',
      'sources',
      'context',
      'start',
      'nodes',
      'edges',
      'variables',
      'scenarios',
      'layout',
      'translations',
    ]);
  });

  it('sorts the keys of maps (answers, layout, translations) in code-point order', () => {
    const p = canonicalPathway(samplePathway());
    expect(Object.keys(p.layout?.nodes ?? {})).toEqual([
      'advice',
      'assess',
      'details',
      'emergency',
      'primary',
      'refer',
      'triage',
    ]);
    expect(Object.keys(p.scenarios[0]?.answers ?? {})).toEqual([
      'active_cancer',
      'age_years',
      'other_diagnosis',
      'symptoms',
    ]);
    expect(Object.keys(p.translations?.cy ?? {})).toEqual([
      'field.symptoms.label',
      'node.assess.title',
      'option.symptoms.none.label',
      'pathway.title',
    ]);
  });

  it('keeps array order: edge order is evaluation order', () => {
    const doc = samplePathway();
    doc.edges.reverse();
    expect(canonicalPathway(doc).edges.map((e) => e.id)[0]).toBe('to_primary');
  });

  it('drops undefined properties and writes -0 as 0', () => {
    const doc = minimalPathway();
    (doc as { description?: unknown }).description = undefined;
    doc.layout = { nodes: { ask: { x: -0, y: 0 } } };
    const text = canonicalJson(doc);
    expect(text).not.toContain('description');
    expect(text).toContain('"x": 0,');
  });

  it('round-trips through parsing unchanged', () => {
    const text = canonicalJson(samplePathway());
    const result = safeParsePathway(JSON.parse(text));
    expect(result.ok && canonicalJson(result.pathway)).toBe(text);
  });

  it('does not change its input', () => {
    const doc = samplePathway();
    const before = JSON.stringify(doc);
    canonicalJson(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
