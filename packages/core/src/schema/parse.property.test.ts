import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.js';
import { SCHEMA_ISSUE_CODES } from './codes.js';
import type { Issue } from '../issues/issue.js';
import { safeParsePathway, type SafeParseResult } from './parse.js';
import { samplePathway } from './test-fixtures.js';

const RUNS = { numRuns: 200 };
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function wellFormed(issues: Issue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(Object.keys(SCHEMA_ISSUE_CODES)).toContain(i.code);
    expect(['error', 'warning']).toContain(i.severity);
    expect(i.path.every((p) => typeof p === 'string' || typeof p === 'number')).toBe(true);
    expect(typeof i.message).toBe('string');
    expect(i.message.length).toBeGreaterThan(0);
  }
}

function checkResult(result: SafeParseResult): void {
  if (!result.ok) {
    wellFormed(result.issues);
    expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
    return;
  }
  // Whatever parses is canonical-stable and parses again to itself.
  const text = canonicalJson(result.pathway);
  const again = safeParsePathway(JSON.parse(text));
  expect(again.ok && canonicalJson(again.pathway)).toBe(text);
}

/** Every path to a value inside the sample pathway. */
function pathsOf(
  value: Json,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

const sample = JSON.parse(JSON.stringify(samplePathway())) as Json;
const PATHS = pathsOf(sample).filter((p) => p.length > 0);

type Mutation = { at: number; op: 'set' | 'delete' | 'duplicate' | 'rename'; value: Json; key: string };

function mutate(doc: Json, m: Mutation): void {
  const path = PATHS[m.at % PATHS.length] ?? [];
  let parent: Json = doc;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return;
    parent = (parent as Record<string, Json>)[key] ?? null;
  }
  const last = path[path.length - 1];
  if (parent === null || typeof parent !== 'object' || last === undefined) return;
  const bag = parent as Record<string | number, Json>;
  if (!(last in bag)) return;
  if (m.op === 'set') bag[last] = m.value;
  else if (m.op === 'delete') {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else Reflect.deleteProperty(bag, last);
  } else if (m.op === 'duplicate' && Array.isArray(parent) && typeof last === 'number') {
    parent.push(JSON.parse(JSON.stringify(parent[last])) as Json);
  } else if (m.op === 'rename' && !Array.isArray(parent) && typeof last === 'string') {
    const v = bag[last] ?? null;
    Reflect.deleteProperty(bag, last);
    Object.defineProperty(bag, m.key, { value: v, enumerable: true, writable: true, configurable: true });
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'delete', 'duplicate', 'rename'),
  value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  key: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('__proto__', 'constructor', 'kind', 'type', 'when', 'id'),
  ),
});

describe('safeParsePathway, for any input', () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  it('never throws on arbitrary JSON and refuses it with well-formed issues', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkResult(safeParsePathway(value));
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (value) => {
          checkResult(safeParsePathway(value));
        },
      ),
      RUNS,
    );
  });

  it('never throws on mutations of a valid pathway, and what it accepts is stable', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const doc = JSON.parse(JSON.stringify(sample)) as Json;
        for (const m of mutations) mutate(doc, m);
        checkResult(safeParsePathway(doc));
        checkResult(safeParsePathway(JSON.parse(JSON.stringify(doc))));
      }),
      RUNS,
    );
  });

  it('never pollutes a prototype, whatever the keys', () => {
    const key = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'nodes',
      'schemaVersion',
      'answers',
      'polluted',
    );
    const hostile = fc
      .array(fc.tuple(key, fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 })
      .map((entries) => {
        const text = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
        return JSON.parse(
          `{"scenarios":[{"id":"s","name":"n","answers":${text},"context":${text},"expect":{"outcome":"o"}}],"layout":{"nodes":${text}},"__proto__":${text}}`,
        ) as unknown;
      });
    fc.assert(
      fc.property(hostile, (value) => {
        checkResult(safeParsePathway(value));
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      RUNS,
    );
  });
});
