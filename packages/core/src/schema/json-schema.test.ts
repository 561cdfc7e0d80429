import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, PATHWAY_SCHEMA_ID, pathwayJsonSchema } from './json-schema.js';
import { samplePathway } from './test-fixtures.js';

const committed = new URL('../../careway.schema.json', import.meta.url);

describe('pathwayJsonSchema', () => {
  it('matches the committed careway.schema.json (run `npx tsx scripts/gen-json-schema.ts` after changing the schema)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(jsonSchemaText());
  });

  it('is a draft 2020-12 schema with an $id and strict objects', () => {
    const schema = pathwayJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: PATHWAY_SCHEMA_ID,
      type: 'object',
      additionalProperties: false,
    });
  });

  it('describes every top-level property of the sample and requires the required ones', () => {
    const schema = pathwayJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    for (const key of Object.keys(samplePathway())) expect(schema.properties).toHaveProperty(key);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'id',
        'version',
        'title',
        'status',
        'approvals',
        'sources',
        'context',
        'start',
        'nodes',
        'edges',
        'variables',
        'scenarios',
      ]),
    );
  });

  it('names its reusable parts and refers only to parts it defines', () => {
    const text = jsonSchemaText();
    const defs = Object.keys((pathwayJsonSchema() as { $defs: Record<string, unknown> }).$defs);
    expect(defs).toEqual(
      expect.arrayContaining([
        'Node',
        'Field',
        'Option',
        'Coding',
        'Edge',
        'Variable',
        'Scenario',
        'Expr',
        'RichText',
      ]),
    );
    for (const [, name] of text.matchAll(/"\$ref": "#\/\$defs\/([^"]+)"/g)) expect(defs).toContain(name);
  });

  it('returns a fresh object each time', () => {
    const a = pathwayJsonSchema();
    a.title = 'changed';
    expect(pathwayJsonSchema().title).toBe('Careway pathway');
  });
});
