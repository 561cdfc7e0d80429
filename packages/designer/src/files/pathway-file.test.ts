import { describe, expect, it } from 'vitest';
import { smallPathway } from '../editor/test-fixtures.js';
import { readPathwayFile } from './pathway-file.js';

const file = (content: BlobPart, name = 'pathway.json') => new File([content], name);

describe('reading a pathway file', () => {
  it('reads a valid pathway', async () => {
    expect(await readPathwayFile(file(JSON.stringify(smallPathway())))).toEqual({
      ok: true,
      pathway: smallPathway(),
    });
  });

  it('refuses text that is not JSON with core’s issue: the line and column of the first error', async () => {
    const read = await readPathwayFile(file('{\n  "id": "x",\n  "title": nope\n}', 'nope.json'));
    expect(read).toEqual({
      ok: false,
      fileName: 'nope.json',
      issues: [
        expect.objectContaining({
          code: 'invalid_json',
          severity: 'error',
          line: 3,
          column: 12,
          message: expect.stringMatching(/^The file is not valid JSON: at line 3, column 12, /),
        }),
      ],
    });
  });

  it('refuses bytes that are not UTF-8', async () => {
    const read = await readPathwayFile(file(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
    expect(read.ok ? [] : read.issues.map((i) => i.code)).toEqual(['invalid_encoding']);
  });

  it('refuses a file too large for a pathway before reading it', async () => {
    const huge = {
      name: 'huge.json',
      size: 11 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('a file too large must not be read')),
      text: () => Promise.reject(new Error('a file too large must not be read')),
    } as unknown as File;
    const read = await readPathwayFile(huge);
    expect(read.ok ? [] : read.issues.map((i) => [i.code, i.message])).toEqual([
      ['too_large', 'The file is 11,534,336 bytes, over the 10,485,760 (10 MB) a pathway file can be.'],
    ]);
  });

  it('refuses a document that is not a pathway with core’s schema issues', async () => {
    const read = await readPathwayFile(file(JSON.stringify({ ...smallPathway(), id: 'Bad Id' })));
    expect(read.ok ? [] : read.issues.map((i) => i.code)).toContain('invalid_id');
  });
});
