import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithTrace } from './evaluate.js';
import { parseOk, run } from './test-fixtures.js';
import { UNKNOWN, isUnknown, toValue } from './values.js';

const U = UNKNOWN;
const truth = { true: true, false: false, unknown: undefined } as const;
type Truth = keyof typeof truth;
const T: Truth[] = ['true', 'false', 'unknown'];
const expected = (v: boolean | typeof U) => (v === U ? U : v);

describe('evaluate', () => {
  describe('three-valued logic', () => {
    const and: Record<string, boolean | typeof U> = {
      'true true': true,
      'true false': false,
      'true unknown': U,
      'false true': false,
      'false false': false,
      'false unknown': false,
      'unknown true': U,
      'unknown false': false,
      'unknown unknown': U,
    };
    const or: Record<string, boolean | typeof U> = {
      'true true': true,
      'true false': true,
      'true unknown': true,
      'false true': true,
      'false false': false,
      'false unknown': U,
      'unknown true': true,
      'unknown false': U,
      'unknown unknown': U,
    };
    for (const a of T) {
      for (const b of T) {
        it(`${a} and ${b} = ${String(and[`${a} ${b}`] === U ? 'unknown' : and[`${a} ${b}`])}`, () => {
          const values = { a: truth[a], b: truth[b] };
          expect(run('a and b', values)).toEqual(expected(and[`${a} ${b}`] ?? U));
          expect(run('all(a, b)', values)).toEqual(expected(and[`${a} ${b}`] ?? U));
        });
        it(`${a} or ${b} = ${String(or[`${a} ${b}`] === U ? 'unknown' : or[`${a} ${b}`])}`, () => {
          const values = { a: truth[a], b: truth[b] };
          expect(run('a or b', values)).toEqual(expected(or[`${a} ${b}`] ?? U));
          expect(run('any(a, b)', values)).toEqual(expected(or[`${a} ${b}`] ?? U));
        });
      }
    }
    it('not true = false, not false = true, not unknown = unknown', () => {
      expect(run('not a', { a: true })).toBe(false);
      expect(run('not a', { a: false })).toBe(true);
      expect(run('not a', {})).toEqual(U);
    });
    it('decides a run of and/or as soon as one operand settles it', () => {
      expect(run('a and b and c', { a: true, c: false })).toBe(false);
      expect(run('a or b or c', { b: true })).toBe(true);
      expect(run('a and b and c', { a: true, b: true })).toEqual(U);
    });
    it('treats a non-boolean operand as unknown rather than failing', () => {
      expect(run('a and b', { a: 3, b: true })).toEqual(U);
      expect(run('a and b', { a: 3, b: false })).toBe(false);
    });
  });

  describe('arithmetic', () => {
    it.each([
      ['1 + 2', 3],
      ['5 - 7', -2],
      ['3 * 4', 12],
      ['7 / 2', 3.5],
      ['-3', -3],
      ['- -3', 3],
      ['1 + 2 * 3', 7],
      ['(1 + 2) * 3', 9],
      ['10 - 4 - 3', 3],
      ['0.1 * 3', 0.30000000000000004],
    ])('%s = %d', (text, value) => {
      expect(run(text)).toBe(value);
    });
    it('gives unknown for division by zero', () => {
      expect(run('1 / 0')).toEqual(U);
      expect(run('0 / 0')).toEqual(U);
      expect(run('2 weeks / 0')).toEqual(U);
      expect(run('2 weeks / 0 days')).toEqual(U);
    });
    it('gives unknown when a result overflows', () => {
      expect(run('1e308 * 10')).toEqual(U);
    });
    it('gives unknown when an operand is unknown', () => {
      for (const op of ['+', '-', '*', '/']) expect(run(`a ${op} 1`)).toEqual(U);
      expect(run('-a')).toEqual(U);
    });
    it('gives unknown for operands of the wrong kind', () => {
      expect(run('a + 1', { a: 'x' })).toEqual(U);
      expect(run('-a', { a: 'x' })).toEqual(U);
      expect(run('a * b', { a: true, b: 2 })).toEqual(U);
    });
  });

  describe('comparison', () => {
    it.each([
      ['1 = 1', true],
      ['1 = 2', false],
      ['1 != 2', true],
      ['1 < 2', true],
      ['2 <= 2', true],
      ['3 > 2', true],
      ['2 >= 3', false],
      ["'a' = 'a'", true],
      ["'a' != 'b'", true],
      ['true = true', true],
      ['true != false', true],
      ["date('2024-01-31') < date('2024-02-01')", true],
      ["date('2024-01-31') = date('2024-01-31')", true],
      ['2 weeks = 14 days', true],
      ['1 year = 12 months', true],
      ['48 hours < 3 days', true],
      ['3 months > 12 weeks', true],
      ["['a', 'b'] = ['b', 'a']", true],
      ["['a'] = ['a', 'b']", false],
    ])('%s is %s', (text, value) => {
      expect(run(text)).toBe(value);
    });
    it('gives unknown when either side is unknown', () => {
      for (const op of ['=', '!=', '<', '<=', '>', '>=']) {
        expect(run(`a ${op} 1`)).toEqual(U);
        expect(run(`1 ${op} a`)).toEqual(U);
      }
    });
    it('gives unknown for sides of different kinds', () => {
      expect(run("a = '34'", { a: 34 })).toEqual(U);
      expect(run("a < 'b'", { a: 'a' })).toEqual(U);
      expect(run('a < b', { a: true, b: false })).toEqual(U);
    });
    it('compares answered dates given as text', () => {
      expect(run("dob < date('2000-01-01')", { dob: '1980-05-05' })).toBe(true);
      expect(run('a < b', { a: '2024-01-01', b: '2024-01-02' })).toBe(true);
    });
  });

  describe('membership', () => {
    it('looks for a value in a list', () => {
      expect(run("'haemoptysis' in symptoms", { symptoms: ['cough', 'haemoptysis'] })).toBe(true);
      expect(run("'haemoptysis' in symptoms", { symptoms: [] })).toBe(false);
      expect(run("'haemoptysis' not in symptoms", { symptoms: ['cough'] })).toBe(true);
      expect(run("smoking in ['current', 'ex']", { smoking: 'ex' })).toBe(true);
      expect(run("smoking not in ['current', 'ex']", { smoking: 'never' })).toBe(true);
    });
    it('gives unknown for an unknown list or value', () => {
      expect(run("'a' in s")).toEqual(U);
      expect(run("'a' not in s")).toEqual(U);
      expect(run('x in s', { s: ['a'] })).toEqual(U);
      expect(run("'a' in [x, 'a']")).toEqual(U);
    });
  });

  describe('dates and durations', () => {
    it('subtracts dates to a duration in days', () => {
      expect(run("date('2024-03-01') - date('2024-02-01')")).toEqual({
        kind: 'duration',
        value: 29,
        unit: 'days',
      });
    });
    it('moves a date by a duration, by the calendar for months and years', () => {
      expect(run("date('2024-01-31') + 1 month")).toBe('2024-02-29');
      expect(run("date('2023-01-31') + 1 month")).toBe('2023-02-28');
      expect(run("date('2024-02-29') + 1 year")).toBe('2025-02-28');
      expect(run("date('2024-01-01') + 12 weeks")).toBe('2024-03-25');
      expect(run("date('2024-01-01') - 1 day")).toBe('2023-12-31');
      expect(run("3 days + date('2024-01-01')")).toBe('2024-01-04');
      expect(run("date('2024-01-01') + 36 hours")).toBe('2024-01-02');
      expect(run("date('2024-01-01') + 1.5 months")).toBe('2024-02-16');
    });
    it('gives unknown for a date out of the calendar', () => {
      expect(run("date('9999-12-31') + 1 day")).toEqual(U);
      expect(run("date('0001-01-01') - 1 day")).toEqual(U);
      expect(run("date('2024-01-01') + 1e300 years")).toEqual(U);
    });
    it('does arithmetic on durations', () => {
      expect(run('2 weeks + 1 week')).toEqual({ kind: 'duration', value: 3, unit: 'weeks' });
      expect(run('1 week + 1 day')).toEqual({ kind: 'duration', value: 8, unit: 'days' });
      expect(run('1 week - 1 week')).toEqual({ kind: 'duration', value: 0, unit: 'weeks' });
      expect(run('2 * 3 days')).toEqual({ kind: 'duration', value: 6, unit: 'days' });
      expect(run('3 days * 2')).toEqual({ kind: 'duration', value: 6, unit: 'days' });
      expect(run('3 days / 2')).toEqual({ kind: 'duration', value: 1.5, unit: 'days' });
      expect(run('2 weeks / 1 day')).toBe(14);
      expect(run('-2 weeks')).toEqual({ kind: 'duration', value: -2, unit: 'weeks' });
    });
    it('decides "more than 12 weeks ago"', () => {
      expect(run('today() - lmp > 12 weeks', { lmp: '2024-11-01' })).toBe(true);
      expect(run('today() - lmp > 12 weeks', { lmp: '2025-01-01' })).toBe(false);
      expect(run('lmp + 12 weeks <= today()', { lmp: '2024-12-07' })).toBe(true);
    });
  });

  describe('names and context', () => {
    it('reads values from a record, own properties only', () => {
      expect(run('age', { age: 52 })).toBe(52);
      expect(run('constructor')).toEqual(U);
      expect(
        run('has_own_property', Object.create({ has_own_property: 1 }) as Record<string, unknown>),
      ).toEqual(U);
    });
    it('reads values from a lookup function, and survives one that throws', () => {
      const scope = { values: (name: string) => (name === 'a' ? 1 : undefined), today: '2025-01-01' };
      expect(evaluate(parseOk('a + 1'), scope)).toBe(2);
      const throwing = {
        values: () => {
          throw new Error('host down');
        },
        today: '2025-01-01',
      };
      expect(evaluate(parseOk('a'), throwing)).toEqual(U);
    });
    it('reads context facts', () => {
      expect(run('context.age >= 40', {}, { context: { age: 41 } })).toBe(true);
      expect(run('context.age', { age: 1 })).toEqual(U);
      expect(run('context.sex', {}, { context: (n: string) => (n === 'sex' ? 'female' : undefined) })).toBe(
        'female',
      );
    });
    it('treats null, NaN, infinities and odd values as unknown', () => {
      for (const value of [null, undefined, NaN, Infinity, { a: 1 }, [1, 2], () => 1, Symbol('x'), 10n]) {
        expect(isUnknown(run('a', { a: value }))).toBe(true);
      }
    });
    it('reads an unknown value passed back from an earlier evaluation', () => {
      expect(run('a', { a: UNKNOWN })).toEqual(U);
      expect(run('a', { a: JSON.parse(JSON.stringify(UNKNOWN)) })).toEqual(U);
    });
    it('reads attachments as the list of their names', () => {
      expect(run('count(files)', { files: [{ name: 'a.pdf', type: 'application/pdf', size: 3 }] })).toBe(1);
    });
  });

  describe('literals', () => {
    it('gives the value of each literal', () => {
      expect(run('2.5')).toBe(2.5);
      expect(run("'x'")).toBe('x');
      expect(run('true')).toBe(true);
      expect(run("date('2024-01-31')")).toBe('2024-01-31');
      expect(run('12 weeks')).toEqual({ kind: 'duration', value: 12, unit: 'weeks' });
      expect(run("['a', 'b']")).toEqual(['a', 'b']);
    });
  });

  describe('never throws', () => {
    it('on malformed trees', () => {
      const bad: unknown[] = [
        null,
        42,
        {},
        { kind: 'binary', op: '+', left: null, right: null },
        { kind: 'binary', op: '^', left: { kind: 'number', value: 1 }, right: { kind: 'number', value: 1 } },
        { kind: 'logical', op: 'xor', operands: [] },
        { kind: 'logical', op: 'and', operands: 3 },
        { kind: 'call', name: 'nope', args: [] },
        { kind: 'call', name: 'if', args: [] },
        { kind: 'call', name: 'toString', args: [] },
        { kind: 'list', items: null },
        { kind: 'date', value: 'yesterday' },
        { kind: 'number', value: '1' },
        { kind: 'unary', op: '!', operand: { kind: 'boolean', value: true } },
        { kind: 'ref', name: 7 },
      ];
      for (const ast of bad) expect(isUnknown(evaluate(ast as never, { today: '2025-01-01' }))).toBe(true);
    });
    it('on a scope without a valid today', () => {
      expect(evaluate(parseOk('today()'), { today: 'not a date' })).toEqual(U);
      expect(evaluate(parseOk('1 + 1'), {} as never)).toBe(2);
    });
  });
});

describe('evaluateWithTrace', () => {
  it('returns the values that decided the result, and only those', () => {
    const ast = parseOk("age >= 40 and 'haemoptysis' in symptoms");
    const young = evaluateWithTrace(ast, {
      values: { age: 30, symptoms: ['haemoptysis'] },
      today: '2025-01-01',
    });
    expect(young.value).toBe(false);
    expect(young.values).toEqual({ age: 30 });
    const older = evaluateWithTrace(ast, { values: { age: 52 }, today: '2025-01-01' });
    expect(older.value).toEqual(U);
    expect(older.reads).toEqual([
      { kind: 'ref', name: 'age', value: 52 },
      { kind: 'ref', name: 'symptoms', value: U },
    ]);
  });
  it('keys context facts as written', () => {
    const traced = evaluateWithTrace(parseOk('context.age > 1 and context.age < 99'), {
      context: { age: 50 },
      today: '2025-01-01',
    });
    expect(traced.values).toEqual({ 'context.age': 50 });
    expect(traced.reads).toHaveLength(1);
  });
  it('does not read the branch of if that is not taken', () => {
    const traced = evaluateWithTrace(parseOk('if(a, b, c)'), {
      values: { a: true, b: 1, c: 2 },
      today: '2025-01-01',
    });
    expect(traced.value).toBe(1);
    expect(Object.keys(traced.values)).toEqual(['a', 'b']);
  });
});

describe('toValue', () => {
  it('keeps JSON-friendly values and normalises -0', () => {
    expect(toValue(-0)).toBe(0);
    expect(Object.is(toValue(-0), 0)).toBe(true);
    expect(toValue(['a'])).toEqual(['a']);
    expect(toValue({ kind: 'duration', value: 2, unit: 'days' })).toEqual({
      kind: 'duration',
      value: 2,
      unit: 'days',
    });
    expect(toValue({ kind: 'duration', value: 2, unit: 'fortnights' })).toEqual(U);
  });
});
