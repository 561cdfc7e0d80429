/**
 * Date functions: today, age, age_in_months, days_since. All count from the
 * scope's `today`, so that evaluation is repeatable.
 */
import type { Checked } from '../checker.js';
import { formatIsoDate, wholeMonthsBetween } from '../dates.js';
import { asDate } from '../operators.js';
import { UNKNOWN, type ExprValue } from '../values.js';
import { expectArgs } from './shared.js';
import type { FunctionDef, FunctionDoc, RunContext, Thunk } from './types.js';

const NUMBER: Checked = { kind: 'number' };

/** Runs `f` on the day number of the date argument and today, or gives unknown. */
function fromDate(
  args: readonly Thunk[],
  cx: RunContext,
  f: (day: number, today: number) => ExprValue,
): ExprValue {
  const [arg] = args;
  const day = arg ? asDate(arg()) : undefined;
  if (day === undefined || cx.today === undefined) return UNKNOWN;
  return f(day, cx.today);
}

function dateFunction(name: string, f: (day: number, today: number) => ExprValue): FunctionDef {
  return {
    name,
    signatures: [`${name}(date) → number`],
    minArgs: 1,
    maxArgs: 1,
    check(cx, args) {
      expectArgs(cx, name, args, ['date'], 'a date');
      return NUMBER;
    },
    run: (args, cx) => fromDate(args, cx, f),
  };
}

export const calendarFunctions: readonly FunctionDef[] = [
  {
    name: 'today',
    signatures: ['today() → date'],
    minArgs: 0,
    maxArgs: 0,
    check: () => ({ kind: 'date' }),
    run: (_args, cx) => (cx.today === undefined ? UNKNOWN : (formatIsoDate(cx.today) ?? UNKNOWN)),
  },
  dateFunction('age', (day, today) =>
    day > today ? UNKNOWN : Math.floor(wholeMonthsBetween(day, today) / 12),
  ),
  dateFunction('age_in_months', (day, today) => (day > today ? UNKNOWN : wholeMonthsBetween(day, today))),
  dateFunction('days_since', (day, today) => today - day),
];

/** What each of these functions does, with examples, for the documentation and autocompletion. */
export const calendarFunctionDocs: Readonly<Record<string, FunctionDoc>> = {
  today: {
    summary: 'Today’s date, as the runtime was told it (the same all through one evaluation).',
    examples: ['last_period + 12 weeks < today()'],
  },
  age: {
    summary:
      'Age in whole years on today’s date: the number of birthdays since the date. Someone born on 29 February turns a year older on 28 February in other years. Unknown for a date after today.',
    examples: ['age(date_of_birth) >= 40'],
  },
  age_in_months: {
    summary: 'Age in whole calendar months on today’s date. Unknown for a date after today.',
    examples: ['age_in_months(date_of_birth) < 3'],
  },
  days_since: {
    summary: 'Whole days from the date to today; negative for a date after today.',
    examples: ['days_since(onset_date) > 5'],
  },
};
