import { describe, expect, it } from 'vitest';
import {
  addDuration,
  addMonths,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
  wholeMonthsBetween,
} from './dates.js';

const day = (text: string) => {
  const n = parseIsoDate(text);
  if (n === undefined) throw new Error(text);
  return n;
};

describe('calendar dates', () => {
  it('counts days from 1970-01-01', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('2000-03-01')).toBe(11017);
    expect(parseIsoDate('1969-12-31')).toBe(-1);
  });
  it('accepts only real dates written YYYY-MM-DD', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])
      expect(isIsoDate(ok)).toBe(true);
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '0000-01-01',
      '24-01-01',
      '2024-1-1',
      ' 2024-01-01',
    ])
      expect(isIsoDate(bad)).toBe(false);
  });
  it('round-trips every day across leap years and centuries', () => {
    for (let n = day('1899-12-25'); n < day('1901-01-10'); n++)
      expect(parseIsoDate(formatIsoDate(n) ?? '')).toBe(n);
    for (let n = day('1999-12-25'); n < day('2001-01-10'); n++)
      expect(parseIsoDate(formatIsoDate(n) ?? '')).toBe(n);
  });
  it('refuses dates outside years 1 to 9999', () => {
    expect(formatIsoDate(day('0001-01-01') - 1)).toBeUndefined();
    expect(formatIsoDate(day('9999-12-31') + 1)).toBeUndefined();
    expect(formatIsoDate(0.5)).toBeUndefined();
  });
  it('adds months by the calendar, clamping to the end of the month', () => {
    expect(formatIsoDate(addMonths(day('2024-01-31'), 1))).toBe('2024-02-29');
    expect(formatIsoDate(addMonths(day('2024-03-31'), -1))).toBe('2024-02-29');
    expect(formatIsoDate(addMonths(day('2024-11-15'), 3))).toBe('2025-02-15');
    expect(formatIsoDate(addDuration(day('2024-02-29'), 1, 'years'))).toBe('2025-02-28');
    expect(formatIsoDate(addDuration(day('2024-02-29'), 4, 'years'))).toBe('2028-02-29');
    expect(formatIsoDate(addDuration(day('2024-01-10'), -2, 'weeks'))).toBe('2023-12-27');
  });
  it('counts whole months between dates', () => {
    expect(wholeMonthsBetween(day('2024-01-31'), day('2024-02-29'))).toBe(1);
    expect(wholeMonthsBetween(day('2024-01-31'), day('2024-02-28'))).toBe(0);
    expect(wholeMonthsBetween(day('2020-05-10'), day('2025-05-09'))).toBe(59);
    expect(wholeMonthsBetween(day('2025-05-09'), day('2020-05-10'))).toBe(-59);
  });
});
