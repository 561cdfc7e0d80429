/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) without the host's clock or
 * time zone: a date is a whole day, counted here as days since 1970-01-01
 * (the "day number"). Years 0001 to 9999 only.
 */
import type { DurationUnit } from './ast.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Average lengths used to compare durations of different units (see docs/format/expressions.md). */
export const DAYS_PER_UNIT: Readonly<Record<DurationUnit, number>> = {
  hours: 1 / 24,
  days: 1,
  weeks: 7,
  months: 365.25 / 12,
  years: 365.25,
};

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Day number of a valid calendar date (proleptic Gregorian). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Year, month and day of a day number. */
function civil(dayNum: number): { year: number; month: number; day: number } {
  const z = dayNum + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day number of an ISO date, or `undefined` if `text` is not a real calendar date. */
export function parseIsoDate(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** The ISO text of a day number, or `undefined` outside years 0001–9999. */
export function formatIsoDate(dayNum: number): string | undefined {
  if (!Number.isSafeInteger(dayNum)) return undefined;
  const { year, month, day } = civil(dayNum);
  if (year < 1 || year > 9999) return undefined;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Adds whole calendar months; a day that does not exist in the target month
 * becomes that month's last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(dayNum: number, months: number): number {
  const { year, month, day } = civil(dayNum);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Adds a duration to a date: years and months by the calendar (a fraction of
 * a month as average days), weeks, days and hours as days; a part day is
 * dropped, as dates have no time of day.
 */
export function addDuration(dayNum: number, amount: number, unit: DurationUnit): number {
  if (unit === 'months' || unit === 'years') {
    const months = unit === 'years' ? amount * 12 : amount;
    const whole = Math.trunc(months);
    const rest = Math.trunc((months - whole) * DAYS_PER_UNIT.months);
    return addMonths(dayNum, whole) + rest;
  }
  return dayNum + Math.trunc(amount * DAYS_PER_UNIT[unit]);
}

/** Whole calendar months from `from` to `to` (negative when `to` is earlier). */
export function wholeMonthsBetween(from: number, to: number): number {
  if (to < from) return -wholeMonthsBetween(to, from);
  const a = civil(from);
  const b = civil(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}
