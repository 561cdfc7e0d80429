import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64Encode, hexEncode, utf8Encode } from './bytes.js';
import { integrity, sha256, sha256Base64, sha256Hex } from './sha256.js';

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('hashes the FIPS 180 test vector %j', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  it('hashes a million "a"s', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with node:crypto at every padding boundary', () => {
    for (let n = 0; n <= 130; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('returns 32 bytes and leaves its input alone', () => {
    const input = Uint8Array.from([1, 2, 3]);
    expect(sha256(input)).toHaveLength(32);
    expect([...input]).toEqual([1, 2, 3]);
  });

  it('writes base64 and subresource-integrity strings', () => {
    const abc = utf8Encode('abc');
    expect(sha256Base64(abc)).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    expect(integrity('abc')).toBe('sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    expect(integrity(abc)).toBe(integrity('abc'));
  });
});

describe('bytes', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ])('base64-encodes %j as %j (RFC 4648)', (text, expected) => {
    expect(base64Encode(utf8Encode(text))).toBe(expected);
  });

  it('encodes UTF-8 as TextEncoder does, lone surrogates included', () => {
    const encoder = new TextEncoder();
    for (const text of [
      'plain',
      'Cymraeg: ŵ ŷ â',
      '€ µg Hb/g',
      '🩺 stethoscope',
      '\ud800 lone',
      'end \udc00',
      '\u0000\u007f\u0080\u07ff\u0800\uffff',
    ]) {
      expect([...utf8Encode(text)]).toEqual([...encoder.encode(text)]);
    }
  });

  it('writes lower-case hex', () => {
    expect(hexEncode(Uint8Array.from([0, 15, 16, 255]))).toBe('000f10ff');
  });
});
