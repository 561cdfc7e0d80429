import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import { documentTooLarge, readPathwayText } from './read-text.js';
import { minimalPathway } from './test-fixtures.js';

const text = JSON.stringify(minimalPathway(), null, 2);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readPathwayText', () => {
  it('reads a pathway from its text or its UTF-8 bytes, with or without a byte-order mark', async () => {
    for (const input of [
      text,
      utf8(text),
      `\uFEFF${text}`,
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]),
    ]) {
      const read = await readPathwayText(input);
      expect(read.ok && read.pathway.id).toBe(minimalPathway().id);
    }
  });

  it('gives the line and column of the first JSON error, in words', async () => {
    const broken = text.replace('"nodes": [', '"nodes": [,');
    const read = await readPathwayText(broken);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const [first] = read.issues;
    const line = broken.split('\n').findIndex((l) => l.includes('"nodes": [,')) + 1;
    expect(first).toMatchObject({ code: 'invalid_json', severity: 'error', path: [], line });
    expect(first?.column).toBe((broken.split('\n')[line - 1] ?? '').indexOf(',') + 1);
    expect(first?.message).toBe(
      `The file is not valid JSON: at line ${line}, column ${first?.column}, a value is missing.`,
    );
  });

  it('names the errors JSON files usually have', async () => {
    const cases: [string, string][] = [
      ['{"a": 1,}', 'a property name in double quotes is missing'],
      ['{"a": 1', 'a closing } is missing'],
      ['[1, 2', 'a closing ] is missing'],
      ['{"a": 1} {}', 'there is more after the end of the value'],
      ['{"a": tru}', 'a character that cannot start a value'],
      ['{"a" 1}', 'a colon is missing'],
      ['// note\n{}', 'comments are not allowed in JSON'],
      ['', 'a value is missing'],
    ];
    for (const [input, reason] of cases) {
      const read = await readPathwayText(input);
      expect(read.ok ? '' : read.issues[0]?.message, input).toContain(reason);
    }
  });

  it('counts lines as editors do, whatever the line endings', async () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const read = await readPathwayText(['{', '  "a": 1', '  "b": 2', '}'].join(eol));
      expect(read.ok ? undefined : read.issues[0], JSON.stringify(eol)).toMatchObject({ line: 3, column: 3 });
    }
  });

  it('refuses bytes that are not UTF-8, and says what to do', async () => {
    const read = await readPathwayText(new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(read.ok ? [] : read.issues).toEqual([
      {
        code: 'invalid_encoding',
        severity: 'error',
        path: [],
        message: 'The file is not UTF-8 text: save it as UTF-8 JSON.',
      },
    ]);
  });

  it('refuses a file beyond the size limit before reading it', async () => {
    const huge = ' '.repeat(LIMITS.maxDocumentBytes + 1);
    const read = await readPathwayText(huge);
    expect(read.ok ? [] : read.issues.map((i) => i.code)).toEqual(['too_large']);
    expect(documentTooLarge(LIMITS.maxDocumentBytes)).toBeUndefined();
    expect(documentTooLarge(LIMITS.maxDocumentBytes + 1)?.message).toBe(
      'The file is 10,485,761 bytes, over the 10,485,760 (10 MB) a pathway file can be.',
    );
  });

  it('hands JSON to the schema, whose issues come with the node they are in', async () => {
    const doc = minimalPathway();
    const broken = { ...doc, nodes: doc.nodes.map((n, i) => (i === 0 ? { ...n, title: '' } : n)) };
    const read = await readPathwayText(JSON.stringify(broken));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]).toMatchObject({ code: 'empty', nodeId: doc.nodes[0]?.id });
  });

  it('reads every example pathway', async () => {
    const dvt = readFileSync(new URL('../../../../pathways/suspected-dvt.json', import.meta.url));
    expect((await readPathwayText(new Uint8Array(dvt))).ok).toBe(true);
  });
});
