import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import { toPlainJson } from './sanitize.js';

const codes = (input: unknown) => {
  const result = toPlainJson(input);
  return result.ok ? [] : result.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`);
};

describe('toPlainJson', () => {
  it('copies plain JSON into fresh objects', () => {
    const input = { a: [1, { b: 'x' }], c: null, d: true };
    const result = toPlainJson(input);
    expect(result).toEqual({ ok: true, value: input });
    expect(result.ok && result.value).not.toBe(input);
  });

  it('accepts objects without a prototype and drops undefined properties', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1, b: undefined });
    const result = toPlainJson(bare);
    expect(result).toEqual({ ok: true, value: { a: 1 } });
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it.each([
    ['a function', { a: () => 1 }, 'not_json ["a"]'],
    ['a symbol', { a: Symbol('s') }, 'not_json ["a"]'],
    ['a bigint', { a: 1n }, 'not_json ["a"]'],
    ['NaN', { a: NaN }, 'not_json ["a"]'],
    ['Infinity', { a: [Infinity] }, 'not_json ["a",0]'],
    ['a Date', { a: new Date(0) }, 'not_json ["a"]'],
    ['a Map', { a: new Map() }, 'not_json ["a"]'],
    [
      'a class instance',
      {
        a: new (class Thing {
          readonly kind = 'thing';
        })(),
      },
      'not_json ["a"]',
    ],
    ['undefined in a list', { a: [1, undefined] }, 'not_json ["a",1]'],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole in a list', { a: [1, , 3] }, 'not_json ["a",1]'],
  ])('refuses %s', (_, input, expected) => {
    expect(codes(input)).toEqual([expected]);
  });

  it('refuses cycles but accepts the same object reached twice', () => {
    const cyclic: Record<string, unknown> = { a: {} };
    (cyclic.a as Record<string, unknown>).back = cyclic;
    expect(codes(cyclic)).toEqual(['not_json ["a","back"]']);
    const shared = { x: 1 };
    expect(toPlainJson({ a: shared, b: shared }).ok).toBe(true);
  });

  it('never calls getters', () => {
    let called = false;
    const input = {
      get a() {
        called = true;
        return 1;
      },
    };
    expect(codes(input)).toEqual(['not_json ["a"]']);
    expect(called).toBe(false);
  });

  it('refuses "__proto__" keys without touching any prototype', () => {
    const input = JSON.parse(
      '{"a": {"__proto__": {"polluted": true}}, "__proto__": {"polluted": true}}',
    ) as unknown;
    expect(codes(input)).toEqual(['unknown_property ["a","__proto__"]', 'unknown_property ["__proto__"]']);
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps keys named like Object.prototype members as plain data', () => {
    const input = JSON.parse('{"constructor": 1, "toString": "x", "hasOwnProperty": []}') as unknown;
    expect(toPlainJson(input)).toEqual({
      ok: true,
      value: { constructor: 1, toString: 'x', hasOwnProperty: [] },
    });
  });

  it('reports a Proxy that throws as not_json', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(codes({ a: hostile })).toEqual(['not_json ["a"]']);
  });

  describe('limits', () => {
    it('refuses long strings, deep nesting, long lists and too many values at once', () => {
      expect(codes({ a: 'x'.repeat(LIMITS.maxStringLength + 1) })).toEqual(['too_large ["a"]']);
      let deep: unknown = 1;
      for (let i = 0; i < 40; i++) deep = [deep];
      expect(codes(deep)[0]).toMatch(/^too_large /);
      const limits = { ...LIMITS, maxCollectionSize: 10, maxValues: 50 };
      expect(toPlainJson({ a: Array.from({ length: 11 }, () => 0) }, limits)).toMatchObject({
        ok: false,
        issues: [{ code: 'too_large', path: ['a'] }],
      });
      expect(
        toPlainJson(
          Array.from({ length: 10 }, () => [1, 2, 3, 4, 5]),
          limits,
        ),
      ).toMatchObject({ ok: false, issues: [{ code: 'too_large' }] });
    });

    it('refuses an exponential web of shared objects quickly', () => {
      let web: Record<string, unknown> = { leaf: 1 };
      for (let i = 0; i < 30; i++) web = { a: web, b: web };
      const start = Date.now();
      expect(codes(web)[0]).toMatch(/^too_large /);
      expect(Date.now() - start).toBeLessThan(5_000);
    });
  });
});
