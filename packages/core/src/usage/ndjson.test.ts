import { describe, expect, it } from 'vitest';
import { parseNdjson, toNdjson } from './ndjson.js';
import { UsageRecordError } from './parse.js';
import type { UsageRecord } from './record.js';
import { sampleRecord, smallPathway } from './test-fixtures.js';

const second = (): UsageRecord => {
  const r = sampleRecord();
  const { outcome: _outcome, ...rest } = r;
  return {
    ...rest,
    sessionId: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b',
    status: 'abandoned',
    abandonedAt: 'details',
  };
};

describe('NDJSON', () => {
  it('round-trips records, one JSON object per line', () => {
    const text = toNdjson([sampleRecord(), second()]);
    expect(text.split('\n')).toHaveLength(3);
    expect(text.endsWith('\n')).toBe(true);
    const back = parseNdjson(text);
    expect(back).toEqual({ records: [sampleRecord(), second()], issues: [], lines: 2, skipped: 0 });
  });

  it('writes nothing for no records', () => {
    expect(toNdjson([])).toBe('');
    expect(parseNdjson('')).toEqual({ records: [], issues: [], lines: 0, skipped: 0 });
  });

  it('writes the format’s properties in the format’s order', () => {
    const shuffled = Object.fromEntries(Object.entries(sampleRecord()).reverse()) as UsageRecord;
    expect(toNdjson([shuffled])).toBe(toNdjson([sampleRecord()]));
    expect(toNdjson([sampleRecord()]).startsWith('{"format":"careway-usage","formatVersion":1,')).toBe(true);
  });

  it('refuses to write a record that is not valid, naming its index', () => {
    const bad = { ...sampleRecord(), answers: { age: 67 } } as unknown as UsageRecord;
    try {
      toNdjson([sampleRecord(), bad]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UsageRecordError);
      expect((e as UsageRecordError).issues.map((i) => [i.code, i.path])).toEqual([
        ['unknown_property', [1]],
      ]);
    }
  });

  it('reports each bad line by its number, skips it and keeps the rest', () => {
    const good = JSON.stringify(sampleRecord());
    const text = [
      good,
      'Jane Smith 9990001234 chest pain',
      JSON.stringify({ ...sampleRecord(), status: 'finished' }),
      '',
      '   ',
      JSON.stringify(second()),
      '[1, 2',
    ].join('\n');
    const result = parseNdjson(text);
    expect(result.records).toEqual([sampleRecord(), second()]);
    expect(result.lines).toBe(5);
    expect(result.skipped).toBe(3);
    expect(result.issues.map((i) => [i.line, i.code, i.path])).toEqual([
      [2, 'invalid_json', []],
      [3, 'invalid_value', ['status']],
      [7, 'invalid_json', []],
    ]);
    expect(result.issues[0]?.message).toBe('Line 2: The line is not JSON.');
    for (const word of ['Jane', '9990001234', 'chest', 'finished'])
      expect(JSON.stringify(result.issues)).not.toContain(word);
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const text = `\uFEFF${JSON.stringify(sampleRecord())}\r\n${JSON.stringify(second())}\r\n`;
    expect(parseNdjson(text).records).toHaveLength(2);
  });

  it('checks every line against a pathway when given one', () => {
    const other = { ...sampleRecord(), visits: [{ node: 'gone', kind: 'step', at: 0, ms: 1 }] };
    const result = parseNdjson(`${JSON.stringify(sampleRecord())}\n${JSON.stringify(other)}\n`, {
      pathway: smallPathway(),
    });
    expect(result.records).toHaveLength(1);
    expect(result.issues.map((i) => [i.line, i.code])).toEqual([[2, 'unknown_reference']]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, {}, ['a'], '\n\n\n', '{}', 'null', '"text"', '{"__proto__":1}'])
      expect(() => parseNdjson(input as string)).not.toThrow();
    expect(parseNdjson(42 as unknown as string).issues.map((i) => [i.line, i.code])).toEqual([
      [0, 'invalid_type'],
    ]);
    expect(parseNdjson(`${'x'.repeat(2_000_001)}\n`).issues.map((i) => i.code)).toEqual(['too_large']);
  });
});
