/**
 * The days an analysis takes as "today". Rules that read dates depend on the
 * day: `age_in_months(dob) >= 3` and `today() - dob >= 3 months` move with the
 * month's length, the 31st, and 29 February. A pathway whose rules read a
 * date is explored on the day asked for and on the days where calendar
 * arithmetic changes shape; one that reads no date, on the day asked for only.
 */
import { formatIsoDate, parseIsoDate } from '../expr/dates.js';
import { allExpressionTexts } from './explore/thresholds.js';
import type { PathwayModel } from './model.js';

const DATE_WORDS =
  /\btoday\s*\(|\bage\s*\(|\bage_in_months\s*\(|\bdays_since\s*\(|\b\d+(?:\.\d+)?\s*(?:days?|weeks?|months?|years?)\b|\d{4}-\d{2}-\d{2}/;

/** Whether any rule of the pathway reads a date or today's date. */
export function readsDates(model: PathwayModel): boolean {
  if (model.pathway.context.some((c) => c.type === 'date')) return true;
  for (const { field } of model.fields.values()) if (field.type === 'date') return true;
  return allExpressionTexts(model).some((text) => DATE_WORDS.test(text));
}

/** At most this many fixed dates compared with today add days of their own. */
const MAX_SWITCH_DATES = 8;

/** The fixed dates (`2027-04-01`) the pathway's rules mention. */
export function dateLiterals(model: PathwayModel): string[] {
  const out = new Set<string>();
  for (const text of allExpressionTexts(model))
    for (const m of text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)) out.add(m[0]);
  return [...out].sort();
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The days to analyse on: `today` first, then, when the pathway reads dates,
 * the calendar's awkward days in the year or two that follow — the month ends
 * after every pattern of month lengths, 29 February and the 1 March after it,
 * 28 February and 1 March of a common year — and the day before, of and
 * after each fixed date the rules mention that is still to come.
 *
 * @example
 * analysisDays('2026-11-24', true) // ['2026-11-24', '2026-12-31', '2027-01-31', '2027-02-28', …, '2028-02-29', '2028-03-01']
 */
export function analysisDays(today: string, dates: boolean, literals: readonly string[] = []): string[] {
  const t = parseIsoDate(today);
  if (!dates || t === undefined) return [today];
  // A rule that compares today with a fixed date changes on that date: the day before, of and after.
  const switches: string[] = [];
  for (const text of literals) {
    const d = parseIsoDate(text);
    if (d === undefined || d <= t) continue;
    for (const x of [d - 1, d, d + 1]) {
      const day = formatIsoDate(x);
      if (day !== undefined && x > t) switches.push(day);
    }
  }
  const year = Number(today.slice(0, 4));
  let leap = year;
  while (!isLeap(leap)) leap++;
  let common = year;
  while (isLeap(common)) common++;
  // Month ends after each pattern of month lengths: 31+31 (31 January, 31 August), 30+31 (31 May),
  // 31+30 (30 June), 31+28 (31 March), 29 and 28 February with the 1 March after them, and 31 December.
  const candidates = [
    `${year}-12-31`,
    `${common}-01-31`,
    `${common}-02-28`,
    `${common}-03-01`,
    `${common}-03-31`,
    `${common}-05-31`,
    `${common}-06-30`,
    `${common}-08-31`,
    `${leap}-02-29`,
    `${leap}-03-01`,
  ];
  // Days already past this year move on a year, so that every day is today or later and in order.
  const days = candidates.map((d) => {
    const n = parseIsoDate(d);
    if (n === undefined || n > t) return d;
    const later = `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
    return parseIsoDate(later) !== undefined ? later : `${Number(d.slice(0, 4)) + 4}${d.slice(4)}`;
  });
  return [
    today,
    ...new Set([...days, ...switches.slice(0, 3 * MAX_SWITCH_DATES)].filter((d) => d !== today).sort()),
  ].filter((d) => formatIsoDate(parseIsoDate(d) ?? NaN) === d);
}
