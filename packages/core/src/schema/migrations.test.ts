import { describe, expect, it } from 'vitest';
import {
  declaredSchemaVersion,
  migrateDocument,
  MIGRATIONS,
  SUPPORTED_SCHEMA_VERSIONS,
} from './migrations.js';
import { safeParsePathway } from './parse.js';
import { CURRENT_SCHEMA_VERSION } from './pathway.js';
import type { JsonObject } from './sanitize.js';
import { samplePathway } from './test-fixtures.js';

/** The sample pathway as the pre-release draft format wrote it. */
function draftSample(schemaVersion?: 0): JsonObject {
  const doc = JSON.parse(JSON.stringify(samplePathway())) as JsonObject & {
    nodes: JsonObject[];
    edges: JsonObject[];
  };
  delete doc.schemaVersion;
  if (schemaVersion !== undefined) doc.schemaVersion = schemaVersion;
  doc.nodes = doc.nodes.map(({ kind, ...rest }) => ({ id: rest.id ?? null, type: kind ?? null, ...rest }));
  doc.edges = doc.edges.map(({ when, ...rest }) =>
    when === undefined ? rest : { ...rest, condition: when },
  );
  return doc;
}

describe('migrations', () => {
  it('form one unbroken chain from 0 to the current version', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.from).toBe(i);
      expect(m.to).toBe(i + 1);
      expect(m.description).not.toBe('');
    });
    expect(MIGRATIONS[MIGRATIONS.length - 1]?.to).toBe(CURRENT_SCHEMA_VERSION);
    expect(SUPPORTED_SCHEMA_VERSIONS).toEqual([0, 1]);
  });

  it.each([undefined, 0 as const])('read a draft document (schemaVersion %s) as version 1', (version) => {
    const result = safeParsePathway(draftSample(version));
    expect(result).toMatchObject({ ok: true, migrated: { from: 0, to: 1 }, warnings: [] });
    expect(result.ok && result.pathway).toEqual(samplePathway());
  });

  it('rename only node "type" and edge "condition", not field types', () => {
    const result = migrateDocument(draftSample());
    if (!result.ok) throw new Error('not migrated');
    const nodes = result.document.nodes as JsonObject[];
    expect(nodes[0]?.kind).toBe('step');
    expect('type' in (nodes[0] ?? {})).toBe(false);
    expect(((nodes[0]?.fields as JsonObject[])[0] ?? {}).type).toBe('integer');
  });

  it('put schemaVersion first and change nothing in the input', () => {
    const input = draftSample();
    const before = JSON.stringify(input);
    const result = migrateDocument(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(result.ok && Object.keys(result.document)[0]).toBe('schemaVersion');
  });

  it('leave a draft node that already has "kind" for the schema to judge', () => {
    const doc = draftSample() as JsonObject & { nodes: JsonObject[] };
    const first = doc.nodes[0];
    if (first) first.kind = 'step';
    const result = safeParsePathway(doc);
    expect(!result.ok && result.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`)).toEqual([
      'unknown_property ["nodes",0,"type"]',
    ]);
  });

  it('pass a current document through untouched', () => {
    const doc = JSON.parse(JSON.stringify(samplePathway())) as JsonObject;
    expect(migrateDocument(doc)).toEqual({ ok: true, document: doc, from: 1, to: 1 });
  });

  it('refuse a future version, saying which versions this Careway reads', () => {
    const result = migrateDocument({ schemaVersion: 3 });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'unsupported_schema_version',
          path: ['schemaVersion'],
          severity: 'error',
          message:
            'The document has schemaVersion 3. This Careway reads schemaVersion 0 (the pre-release draft format) to 1; upgrade @careway/core (or the Careway designer) to open this document.',
        },
      ],
    });
  });

  it.each([-1, 1.5])('refuse schemaVersion %s', (version) => {
    const result = migrateDocument({ schemaVersion: version });
    expect(!result.ok && result.issues[0]?.code).toBe('unsupported_schema_version');
  });

  it('refuse a schemaVersion that is not a number', () => {
    const result = migrateDocument({ schemaVersion: '1' });
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'invalid_type',
      message: '"schemaVersion" must be a whole number such as 1 (found "1").',
    });
    expect(declaredSchemaVersion({})).toBe(0);
  });

  it('say so when a step of the chain is missing', () => {
    const result = migrateDocument({ schemaVersion: 0 }, [
      { from: 1, to: 2, description: 'x', migrate: (d) => d },
    ]);
    expect(!result.ok && result.issues[0]?.message).toMatch(/^No migration from schemaVersion 0/);
  });
});
