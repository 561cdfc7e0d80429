import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha1, uuidV5 } from './uuid.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha1 (name-based UUIDs only)', () => {
  it('agrees with node:crypto at every padding boundary', () => {
    for (let n = 0; n <= 130; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 17 + n) & 0xff);
      expect(hex(sha1(bytes)), `${n} bytes`).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });

  it('agrees with node:crypto on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), (bytes) => {
        expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
    );
  });
});

describe('uuidV5', () => {
  it('gives the UUIDs RFC 4122 names give, as other implementations do', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(uuidV5('https://careway.example/ü', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '46bc524c-3548-5568-b4da-0b40f2f9f358',
    );
  });
});
