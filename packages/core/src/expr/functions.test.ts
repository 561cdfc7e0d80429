import { describe, expect, it } from 'vitest';
import { calendarFunctionDocs } from './functions/calendar.js';
import { collectionFunctionDocs } from './functions/lists.js';
import { logicFunctionDocs } from './functions/logic.js';
import { numberFunctionDocs } from './functions/numbers.js';
import { listFunctions } from './functions/registry.js';
import { roundTo } from './functions/numbers.js';
import { checkExpression } from './check.js';
import { run } from './test-fixtures.js';
import { UNKNOWN } from './values.js';

const U = UNKNOWN;

describe('the function library', () => {
  it('lists every function with signatures, a summary and examples', () => {
    const names = listFunctions().map((f) => f.name);
    expect(names).toEqual([
      'abs',
      'age',
      'age_in_months',
      'all',
      'answered',
      'any',
      'coalesce',
      'contains',
      'count',
      'days_since',
      'if',
      'max',
      'min',
      'round',
      'sum',
      'today',
    ]);
    for (const f of listFunctions()) {
      expect(f.signatures.length).toBeGreaterThan(0);
      expect(f.summary.length).toBeGreaterThan(20);
      expect(f.examples.length).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(f))).toEqual(f);
    }
  });

  it('documents each function once, and nothing that is not a function', () => {
    const documented = [
      ...Object.keys(logicFunctionDocs),
      ...Object.keys(numberFunctionDocs),
      ...Object.keys(calendarFunctionDocs),
      ...Object.keys(collectionFunctionDocs),
    ].sort();
    expect(documented).toEqual(listFunctions().map((f) => f.name));
  });

  it('has examples that parse (names aside)', () => {
    for (const f of listFunctions()) {
      for (const example of f.examples) {
        const errors = checkExpression(example, {}).errors.filter(
          (e) => !['unknown_name', 'unknown_context'].includes(e.code),
        );
        expect(errors, example).toEqual([]);
      }
    }
  });

  describe('count', () => {
    it('counts the options chosen', () => {
      expect(run('count(s)', { s: ['a', 'b'] })).toBe(2);
      expect(run('count(s)', { s: [] })).toBe(0);
      expect(run('count(s)')).toEqual(U);
    });
    it('counts the true conditions', () => {
      expect(run('count(a, b, c)', { a: true, b: false, c: true })).toBe(2);
      expect(run('count(a)', { a: true })).toBe(1);
      expect(run('count(a, b)', { a: true })).toEqual(U);
      expect(run('count(a, b)', { a: 1, b: true })).toEqual(U);
    });
  });

  describe('sum, min, max', () => {
    it('adds numbers and durations', () => {
      expect(run('sum(1, 2, 3.5)')).toBe(6.5);
      expect(run('sum(4)')).toBe(4);
      expect(run('sum(1 week, 2 days)')).toEqual({ kind: 'duration', value: 9, unit: 'days' });
      expect(run('sum(1, a)')).toEqual(U);
      expect(run("sum('a', 'b')")).toEqual(U);
    });
    it('finds the smallest and largest', () => {
      expect(run('min(3, 1, 2)')).toBe(1);
      expect(run('max(3, 1, 2)')).toBe(3);
      expect(run("min(date('2024-01-02'), date('2023-12-31'))")).toBe('2023-12-31');
      expect(run('max(1 week, 8 days)')).toEqual({ kind: 'duration', value: 8, unit: 'days' });
      expect(run('min(1, a)')).toEqual(U);
      expect(run("min(1, 'a')")).toEqual(U);
      expect(run("max('a')")).toEqual(U);
    });
  });

  describe('round and abs', () => {
    it.each([
      ['round(2.5)', 3],
      ['round(-2.5)', -3],
      ['round(2.4)', 2],
      ['round(1.005, 2)', 1.01],
      ['round(2.675, 2)', 2.68],
      ['round(1234.5678, 1)', 1234.6],
      ['round(1e-7, 3)', 0],
      ['round(1e21, 2)', 1e21],
      ['abs(-3)', 3],
      ['abs(3)', 3],
    ])('%s = %d', (text, value) => {
      expect(run(text)).toBe(value);
    });
    it('gives unknown for unsuitable digits', () => {
      expect(run('round(1.5, 0.5)')).toEqual(U);
      expect(run('round(1.5, -1)')).toEqual(U);
      expect(run('round(1.5, 11)')).toEqual(U);
      expect(run('round(a)')).toEqual(U);
    });
    it('takes the sign off a duration', () => {
      expect(run('abs(-2 weeks)')).toEqual({ kind: 'duration', value: 2, unit: 'weeks' });
    });
    it('rounds half away from zero without binary surprises', () => {
      expect(roundTo(0.285, 2)).toBe(0.29);
      expect(roundTo(-0.285, 2)).toBe(-0.29);
    });
  });

  describe('if, coalesce, answered, any, all, contains', () => {
    it('chooses with if, unknown when the condition is', () => {
      expect(run("if(age < 1, 'infant', 'child')", { age: 0 })).toBe('infant');
      expect(run("if(age < 1, 'infant', 'child')", { age: 4 })).toBe('child');
      expect(run("if(age < 1, 'infant', 'child')")).toEqual(U);
      expect(run('if(a, 1, b)', { a: true })).toBe(1);
      expect(run('if(a, 1, 2)', { a: 'yes' })).toEqual(U);
    });
    it('takes the first known value with coalesce', () => {
      expect(run('coalesce(a, b, 3)', { b: 2 })).toBe(2);
      expect(run('coalesce(a, b)')).toEqual(U);
      expect(run('coalesce(a, 0)', { a: false })).toBe(false);
    });
    it('is never unknown with answered', () => {
      expect(run('answered(a)', { a: 0 })).toBe(true);
      expect(run('answered(a)', { a: false })).toBe(true);
      expect(run('answered(a)', { a: [] })).toBe(true);
      expect(run('answered(a)')).toBe(false);
      expect(run('answered(a)', { a: null })).toBe(false);
      expect(run('answered(context.a)', {}, { context: { a: 'x' } })).toBe(true);
    });
    it('combines conditions with any and all', () => {
      expect(run('any(a, b)', { a: false, b: false })).toBe(false);
      expect(run('all(a)', { a: true })).toBe(true);
    });
    it('looks into a list with contains', () => {
      expect(run("contains(s, 'a')", { s: ['a'] })).toBe(true);
      expect(run("contains(s, 'b')", { s: ['a'] })).toBe(false);
      expect(run("contains(s, 'b')")).toEqual(U);
    });
  });

  describe('dates', () => {
    const on = (today: string) => ({ today });
    it("gives today's date from the scope", () => {
      expect(run('today()', {}, on('2024-02-29'))).toBe('2024-02-29');
      expect(run('today()', {}, on('2024-02-30'))).toEqual(U);
    });
    it('counts age in whole years', () => {
      expect(run('age(dob)', { dob: '1985-03-01' }, on('2025-03-01'))).toBe(40);
      expect(run('age(dob)', { dob: '1985-03-02' }, on('2025-03-01'))).toBe(39);
      expect(run('age(dob)', { dob: '2025-03-01' }, on('2025-03-01'))).toBe(0);
      expect(run('age(dob)', { dob: '2000-02-29' }, on('2023-02-28'))).toBe(23);
      expect(run('age(dob)', { dob: '2000-02-29' }, on('2023-02-27'))).toBe(22);
      expect(run('age(dob)', { dob: '2025-03-02' }, on('2025-03-01'))).toEqual(U);
      expect(run('age(dob)', { dob: 'last year' })).toEqual(U);
      expect(run('age(dob)')).toEqual(U);
      expect(run('age(dob)', { dob: '1985-03-01' }, on('nonsense'))).toEqual(U);
    });
    it('counts age in whole months', () => {
      expect(run('age_in_months(dob)', { dob: '2024-12-15' }, on('2025-03-01'))).toBe(2);
      expect(run('age_in_months(dob)', { dob: '2024-12-01' }, on('2025-03-01'))).toBe(3);
      expect(run('age_in_months(dob)', { dob: '2025-01-31' }, on('2025-02-28'))).toBe(1);
      expect(run('age_in_months(dob)', { dob: '2025-03-02' }, on('2025-03-01'))).toEqual(U);
    });
    it('counts days since a date', () => {
      expect(run('days_since(d)', { d: '2025-02-01' }, on('2025-03-01'))).toBe(28);
      expect(run('days_since(d)', { d: '2025-03-03' }, on('2025-03-01'))).toBe(-2);
      expect(run('days_since(d)')).toEqual(U);
    });
  });
});
