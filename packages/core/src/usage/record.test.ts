import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_ID_PATTERN, ID_PATTERN, isSemver, PATHWAY_ID_PATTERN } from '../schema/common.js';
import { USAGE_ISSUE_CODES } from './issues.js';
import { parseUsageRecord, safeParseUsageRecord, UsageRecordError } from './parse.js';
import {
  SESSION_ID_PATTERN,
  USAGE_FORMAT,
  USAGE_FORMAT_VERSION,
  USAGE_LANGUAGES,
  USAGE_LAYOUTS,
  USAGE_LIMITS,
  USAGE_STATUSES,
} from './format.js';
import type { UsageRecord } from './record.js';
import { sampleRecord, smallPathway } from './test-fixtures.js';

type Loose = Record<string, unknown>;

const visit0 = (r: Loose): Loose => (r.visits as Loose[])[0] as Loose;

/** The sample record with `change` applied to a JSON copy of it. */
function variant(change: (r: Loose) => void): Loose {
  const r = JSON.parse(JSON.stringify(sampleRecord())) as Loose;
  change(r);
  return r;
}

function issuesOf(input: unknown, options = {}) {
  const result = safeParseUsageRecord(input, options);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

const codes = (input: unknown, options = {}) => issuesOf(input, options).map((i) => i.code);

/** Values a careless or malicious host might try to carry in a record. */
const SMUGGLED = [
  '9990001234', // an NHS number
  '999 000 1234',
  '1980-02-03', // a date of birth
  '03/02/1980',
  'Jane Smith', // a name
  'chest pain for 3 days, worse at night', // free text
  'wells_score >= 2', // an expression
  '{"answer":true}',
  '<script>alert(1)</script>',
  '',
  ' ',
  'a'.repeat(101),
];

/** Every string slot of a record that holds an id, with how to set it. */
const ID_SLOTS: [string, (r: Loose, v: unknown) => void][] = [
  ['visits[].node', (r, v) => (visit0(r).node = v)],
  ['edges[]', (r, v) => ((r.edges as unknown[])[0] = v)],
  ['backs[].from', (r, v) => (r.backs = [{ from: v, to: 'triage', at: 1 }])],
  ['backs[].to', (r, v) => (r.backs = [{ from: 'details', to: v, at: 1 }])],
  ['changed[]', (r, v) => ((r.changed as unknown[])[0] = v)],
  ['prefilled[]', (r, v) => ((r.prefilled as unknown[])[0] = v)],
  ['prefillOverridden[]', (r, v) => (r.prefillOverridden = [v])],
  ['outcome', (r, v) => (r.outcome = v)],
  ['abandonedAt', (r, v) => Object.assign(r, { status: 'abandoned', outcome: undefined, abandonedAt: v })],
  ['pathway.id', (r, v) => ((r.pathway as Loose).id = v)],
  ['pathway.version', (r, v) => ((r.pathway as Loose).version = v)],
  ['pathway.fingerprint', (r, v) => ((r.pathway as Loose).fingerprint = v)],
  ['sessionId', (r, v) => (r.sessionId = v)],
  ['startedAt', (r, v) => (r.startedAt = v)],
  ['endedAt', (r, v) => (r.endedAt = v)],
  ['language', (r, v) => (r.language = v)],
  ['layout', (r, v) => (r.layout = v)],
  ['status', (r, v) => (r.status = v)],
  ['visits[].kind', (r, v) => (visit0(r).kind = v)],
];

describe('usage record (format 1)', () => {
  describe('valid records', () => {
    it('reads the sample and gives back a fresh copy equal to it', () => {
      const input = sampleRecord();
      const result = safeParseUsageRecord(input);
      expect(result).toEqual({ ok: true, record: input });
      if (result.ok) expect(result.record).not.toBe(input);
    });

    it('reads it against its pathway too', () => {
      expect(safeParseUsageRecord(sampleRecord(), { pathway: smallPathway() }).ok).toBe(true);
    });

    it('names its format and version', () => {
      expect([USAGE_FORMAT, USAGE_FORMAT_VERSION]).toEqual(['careway-usage', 1]);
      expect(USAGE_STATUSES).toEqual(['completed', 'abandoned', 'in-progress']);
      expect([USAGE_LANGUAGES, USAGE_LAYOUTS]).toEqual([
        ['en', 'cy'],
        ['default', 'compact'],
      ]);
    });

    it('accepts abandoned and in-progress records, without language or layout', () => {
      const abandoned = variant((r) => {
        Object.assign(r, { status: 'abandoned', abandonedAt: 'details' });
        delete r.outcome;
        delete r.language;
        delete r.layout;
      });
      const open = variant((r) => {
        r.status = 'in-progress';
        delete r.outcome;
      });
      expect(safeParseUsageRecord(abandoned).ok).toBe(true);
      expect(safeParseUsageRecord(open).ok).toBe(true);
    });

    it('parseUsageRecord returns the record, and throws UsageRecordError with every issue', () => {
      expect(parseUsageRecord(sampleRecord())).toEqual(sampleRecord());
      const bad = variant((r) => {
        r.sessionId = 'x';
        r.status = 'done';
      });
      expect(() => parseUsageRecord(bad)).toThrow(UsageRecordError);
      try {
        parseUsageRecord(bad);
      } catch (e) {
        expect((e as UsageRecordError).issues.map((i) => i.code)).toEqual([
          'invalid_session_id',
          'invalid_value',
        ]);
        expect((e as Error).message).toContain('The usage record is not valid (2 problems)');
      }
    });
  });

  describe('keeps patient data out', () => {
    for (const [slot, set] of ID_SLOTS) {
      it(`refuses identifiers, answers and free text in ${slot}, without repeating them`, () => {
        for (const value of SMUGGLED) {
          const issues = issuesOf(variant((r) => set(r, value)));
          expect(issues.length, `${slot} = ${JSON.stringify(value)}`).toBeGreaterThan(0);
          if (value.trim() !== '') expect(JSON.stringify(issues)).not.toContain(value);
        }
      });
    }

    it('refuses answer values of every type where an id belongs', () => {
      for (const value of [true, 42, 9990001234, ['a', 'b'], { value: 'x' }, null]) {
        expect(codes(variant((r) => ((r.changed as unknown[])[0] = value)))).toEqual(['invalid_type']);
      }
    });

    it('refuses ids that are not ids: digits first, spaces, upper case for fields, reserved words', () => {
      expect(codes(variant((r) => (visit0(r).node = '9990001234')))).toEqual(['invalid_id']);
      expect(codes(variant((r) => ((r.changed as unknown[])[0] = 'Smith')))).toEqual(['invalid_id']);
      expect(codes(variant((r) => ((r.edges as unknown[])[0] = 'constructor')))).toEqual(['reserved_id']);
      expect(codes(variant((r) => ((r.changed as unknown[])[0] = '__proto__')))).toEqual(['invalid_id']);
    });

    it('refuses a name shaped like an id when read against the pathway', () => {
      const named = variant((r) => {
        ((r.visits as Loose[])[1] as Loose).node = 'JaneSmith';
        (r.edges as unknown[])[0] = 'nhs9990001234';
        (r.changed as unknown[])[0] = 'jane_smith';
      });
      expect(safeParseUsageRecord(named).ok).toBe(true); // the shape alone cannot tell
      const issues = issuesOf(named, { pathway: smallPathway() });
      expect(issues.map((i) => [i.code, i.path])).toEqual([
        ['unknown_reference', ['visits', 1, 'node']],
        ['unknown_reference', ['edges', 0]],
        ['unknown_reference', ['changed', 0]],
      ]);
      for (const v of ['JaneSmith', 'nhs9990001234', 'jane_smith'])
        expect(JSON.stringify(issues)).not.toContain(v);
    });

    it('refuses unknown properties at every level, naming neither them nor their values', () => {
      const cases: [(r: Loose) => void, (string | number)[]][] = [
        [(r) => (r.answers = { age: 67 }), []],
        [(r) => (r.nhsNumber = '9990001234'), []],
        [(r) => ((r.pathway as Loose).title = 'Jane Smith'), ['pathway']],
        [(r) => (visit0(r).value = 'chest pain'), ['visits', 0]],
        [(r) => (r.backs = [{ from: 'details', to: 'triage', at: 1, reason: 'Jane' }]), ['backs', 0]],
      ];
      for (const [change, path] of cases) {
        const issues = issuesOf(variant(change));
        expect(issues.map((i) => [i.code, i.path])).toEqual([['unknown_property', path]]);
        for (const word of [
          'answers',
          'nhsNumber',
          'title',
          'value',
          'reason',
          '9990001234',
          'Jane',
          'chest',
        ])
          expect(issues[0]?.message).not.toContain(word);
      }
    });

    it('suggests the property meant, without naming the one given', () => {
      expect(codes(variant((r) => ((r.outcomeId = 'refer'), delete r.outcome)))).toEqual([
        'unknown_property',
      ]);
      const issues = issuesOf(variant((r) => (r.outcom = 'refer')));
      expect(issues[0]?.message).toContain('did you mean "outcome"?');
      expect(issues[0]?.message).not.toContain('"outcom"');
    });

    it('refuses __proto__ at any level, and nothing is polluted', () => {
      const top = JSON.parse(
        `{"__proto__":{"polluted":true},${JSON.stringify(sampleRecord()).slice(1)}`,
      ) as unknown;
      expect(codes(top)).toEqual(['unknown_property']);
      const inVisit = variant(
        (r) => ((r.visits as Loose[])[0] = JSON.parse('{"__proto__":{"x":1},"node":"a"}')),
      );
      expect(codes(inVisit)).toContain('unknown_property');
      expect(({} as Loose).polluted).toBeUndefined();
    });

    it('bounds every number: whole milliseconds from 0 to 31 days', () => {
      const at = (v: unknown) => codes(variant((r) => (visit0(r).ms = v)));
      expect(at(-1)).toEqual(['out_of_range']);
      expect(at(1.5)).toEqual(['invalid_type']);
      expect(at(USAGE_LIMITS.maxMs + 1)).toEqual(['out_of_range']);
      expect(at(9990001234)).toEqual(['out_of_range']);
      expect(at('20')).toEqual(['invalid_type']);
      expect(at(NaN)).toEqual(['not_json']);
      expect(at(Infinity)).toEqual(['not_json']);
      expect(safeParseUsageRecord(variant((r) => (visit0(r).ms = USAGE_LIMITS.maxMs))).ok).toBe(true);
    });

    it('bounds every list', () => {
      const long = Array.from({ length: USAGE_LIMITS.maxEvents + 1 }, () => 'e-details');
      expect(codes(variant((r) => (r.edges = long)))).toEqual(['too_long']);
      const huge = Array.from({ length: USAGE_LIMITS.maxEvents * 3 }, () => 'e-details');
      expect(codes(variant((r) => (r.edges = huge)))).toEqual(['too_large']);
    });

    it('takes only random version 4 UUIDs as session ids', () => {
      expect(SESSION_ID_PATTERN.test('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
      for (const id of [
        '0F8FAD5B-D9CB-469F-A165-70867728950E',
        '0f8fad5b-d9cb-169f-a165-70867728950e',
        '9990001234',
        'session-1',
      ])
        expect(codes(variant((r) => (r.sessionId = id)))).toEqual(['invalid_session_id']);
    });

    it('takes only real UTC timestamps from 2000 to 2099', () => {
      for (const t of [
        '2026-02-30T09:00:00.000Z',
        '2026-03-02T09:00:00+01:00',
        '1980-02-03',
        '1999-12-31T23:59:59Z',
        '2100-01-01T00:00:00Z',
      ])
        expect(codes(variant((r) => (r.startedAt = t))), t).toEqual(['invalid_timestamp']);
      expect(safeParseUsageRecord(variant((r) => (r.startedAt = '2026-03-02T09:00:00Z'))).ok).toBe(true);
    });

    it('refuses another format or format version', () => {
      expect(codes(variant((r) => (r.formatVersion = 2)))).toEqual(['unsupported_format']);
      expect(codes(variant((r) => (r.format = 'careway-session')))).toEqual(['unsupported_format']);
    });

    it('refuses what is not plain JSON, without reading getters', () => {
      let read = false;
      const getter = variant(() => undefined);
      Object.defineProperty(getter, 'status', {
        enumerable: true,
        get: () => ((read = true), 'completed'),
      });
      expect(codes(getter)).toEqual(['not_json']);
      expect(read).toBe(false);
      expect(codes(variant((r) => (r.startedAt = new Date())))).toEqual(['not_json']);
      const proxy = new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('no');
          },
        },
      );
      expect(codes(proxy)).toEqual(['not_json']);
      expect(issuesOf(JSON.stringify(sampleRecord()))[0]?.message).toContain('JSON.parse');
      for (const v of [null, 1, [], undefined]) expect(safeParseUsageRecord(v).ok).toBe(false);
    });
  });

  describe('consistency', () => {
    it('needs an outcome when completed and a node when abandoned, and nothing else', () => {
      expect(codes(variant((r) => delete r.outcome))).toEqual(['missing_property']);
      expect(codes(variant((r) => (r.status = 'abandoned')))).toEqual(['not_applicable', 'missing_property']);
      expect(codes(variant((r) => ((r.status = 'in-progress'), (r.abandonedAt = 'triage'))))).toEqual([
        'not_applicable',
        'not_applicable',
      ]);
    });

    it('refuses a record that ends before it starts', () => {
      expect(codes(variant((r) => (r.endedAt = '2026-03-02T08:59:59.000Z')))).toEqual(['invalid_range']);
    });

    it('against the pathway: of that pathway, with nodes of the right kind', () => {
      const pathway = smallPathway();
      expect(
        codes(
          variant((r) => ((r.pathway as Loose).id = 'other')),
          { pathway },
        ),
      ).toEqual(['other_pathway']);
      expect(
        codes(
          variant((r) => (visit0(r).kind = 'info')),
          { pathway },
        ),
      ).toEqual(['invalid_reference']);
      expect(
        codes(
          variant((r) => (r.outcome = 'details')),
          { pathway },
        ),
      ).toEqual(['invalid_reference']);
      // Another version of the same pathway is fine: records are mapped by id.
      expect(safeParseUsageRecord(sampleRecord(smallPathway('0.9.0')), { pathway }).ok).toBe(true);
    });
  });

  describe('issues', () => {
    it('have stable snake_case codes from USAGE_ISSUE_CODES, a path, a severity and a sentence', () => {
      const all = [
        ...issuesOf(
          variant((r) =>
            Object.assign(r, { x: 1, sessionId: 1, visits: [{ node: '1', kind: 'x', at: -1 }] }),
          ),
        ),
        ...issuesOf(variant((r) => (r.status = 'abandoned'))),
        ...issuesOf('text'),
      ];
      for (const i of all) {
        expect(i.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
        expect(Object.keys(USAGE_ISSUE_CODES)).toContain(i.code);
        expect(Array.isArray(i.path)).toBe(true);
        expect(i.severity).toBe('error');
        expect(i.message).toMatch(/^\S.*[.?]$/);
      }
    });
  });

  describe('property: whatever a record is given, only format strings get through', () => {
    const allowed = (s: string) =>
      ID_PATTERN.test(s) ||
      FIELD_ID_PATTERN.test(s) ||
      PATHWAY_ID_PATTERN.test(s) ||
      SESSION_ID_PATTERN.test(s) ||
      isSemver(s) ||
      /^sha256:[0-9a-f]{64}$/.test(s) ||
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(s);
    const KEYS = new Set([
      ...Object.keys(sampleRecord()),
      'abandonedAt',
      'truncated',
      'id',
      'version',
      'fingerprint',
      'node',
      'kind',
      'at',
      'ms',
      'from',
      'to',
    ]);
    function check(value: unknown): void {
      if (typeof value === 'string') expect(allowed(value), value).toBe(true);
      else if (Array.isArray(value)) value.forEach(check);
      else if (typeof value === 'object' && value !== null)
        for (const [k, v] of Object.entries(value)) {
          expect(KEYS.has(k), k).toBe(true);
          check(v);
        }
      else if (typeof value === 'number')
        expect(Number.isInteger(value) && value >= 0 && value <= USAGE_LIMITS.maxMs).toBe(true);
    }
    const slots = ['sessionId', 'outcome', 'status', 'startedAt', 'language', 'extra', 'notes'];
    const mutation = fc.record({
      slot: fc.constantFrom(...slots, 'visit', 'changed', 'edge', 'pathway'),
      value: fc.oneof(
        fc.string(),
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9_ -]{0,20}$/),
        fc.jsonValue(),
        fc.constant('9990001234'),
      ),
    });

    it('never throws, and what it accepts holds only ids, UUIDs, versions, fingerprints and timestamps', () => {
      fc.assert(
        fc.property(fc.array(mutation, { maxLength: 6 }), (mutations) => {
          const r = variant(() => undefined);
          for (const { slot, value } of mutations) {
            if (slot === 'visit') (r.visits as Loose[]).push({ node: value, kind: 'step', at: 0, ms: 0 });
            else if (slot === 'changed') (r.changed as unknown[]).push(value);
            else if (slot === 'edge') (r.edges as unknown[]).push(value);
            else if (slot === 'pathway') (r.pathway as Loose).version = value;
            else r[slot] = value;
          }
          const result = safeParseUsageRecord(r);
          if (result.ok) check(result.record satisfies UsageRecord);
        }),
        { numRuns: 300 },
      );
    });
  });
});
