import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { samplePathway } from '../schema/test-fixtures.js';
import { publishedArtefact } from './artefact.js';

describe('publishedArtefact', () => {
  it('names the file by id and version and gives the integrity of its exact bytes', () => {
    const pathway = samplePathway();
    const { fileName, json, integrity } = publishedArtefact(pathway);
    expect(fileName).toBe(`${pathway.id}@${pathway.version}.json`);
    expect(JSON.parse(json)).toEqual(pathway);
    expect(integrity).toBe(`sha256-${createHash('sha256').update(json, 'utf8').digest('base64')}`);
  });
});
