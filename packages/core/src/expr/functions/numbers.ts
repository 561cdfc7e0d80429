/**
 * Counting and arithmetic functions: count, sum, min, max, round, abs.
 */
import { ANY, isKind, show, type Checked } from '../checker.js';
import { arithmetic, negate, order } from '../operators.js';
import { finite, isDuration, isList, isUnknown, UNKNOWN, type ExprValue } from '../values.js';
import { evaluateAll, expectArgs, sameKindOf } from './shared.js';
import type { FunctionDef, FunctionDoc } from './types.js';

const NUMBER: Checked = { kind: 'number' };

/** Moves the decimal point of `value` by `by` places, exactly (through its decimal text). */
function shift(value: number, by: number): number {
  const [mantissa, exponent] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent ?? 0) + by}`);
}

/** Rounds half away from zero to `digits` decimal places (negative digits round to tens, hundreds, …). */
export function roundTo(value: number, digits: number): number {
  const rounded = shift(Math.round(shift(Math.abs(value), digits)), -digits);
  return value < 0 ? -rounded : rounded;
}

function extreme(args: readonly (() => ExprValue)[], sign: 1 | -1): ExprValue {
  const values = evaluateAll(args);
  if (isUnknown(values)) return UNKNOWN;
  let best: ExprValue = UNKNOWN;
  for (const value of values) {
    if (isUnknown(best)) {
      best = value;
      continue;
    }
    const o = order(value, best);
    if (o === undefined || Number.isNaN(o)) return UNKNOWN;
    if (sign * o > 0) best = value;
  }
  return order(best, best) === undefined ? UNKNOWN : best;
}

export const numberFunctions: readonly FunctionDef[] = [
  {
    name: 'count',
    signatures: ['count(list) → number', 'count(condition, condition, …) → number'],
    minArgs: 1,
    check(cx, args) {
      const [first] = args;
      if (args.length === 1 && first && isKind(first.type, 'list')) return NUMBER;
      if (args.length === 1 && first && !isKind(first.type, 'boolean')) {
        cx.error(
          'type_mismatch',
          `count(…) counts the options chosen in a multiple choice, or the true conditions among several; ${show(first.node)} is neither.`,
          first.node,
        );
        return NUMBER;
      }
      expectArgs(cx, 'count', args, ['boolean'], 'conditions (true/false) when given more than one argument');
      return NUMBER;
    },
    run(args) {
      const values = evaluateAll(args);
      if (isUnknown(values)) return UNKNOWN;
      const [first] = values;
      if (values.length === 1 && isList(first)) return first.length;
      if (!values.every((v) => typeof v === 'boolean')) return UNKNOWN;
      return values.filter((v) => v).length;
    },
  },
  {
    name: 'sum',
    signatures: ['sum(number, …) → number', 'sum(duration, …) → duration'],
    minArgs: 1,
    check: (cx, args, call) =>
      sameKindOf(cx, 'sum', args, ['number', 'duration'], 'numbers, or durations', call),
    run(args) {
      const values = evaluateAll(args);
      if (isUnknown(values)) return UNKNOWN;
      let total: ExprValue = values[0] ?? UNKNOWN;
      for (const value of values.slice(1)) total = arithmetic('+', total, value);
      return typeof total === 'number' || isDuration(total) ? total : UNKNOWN;
    },
  },
  {
    name: 'min',
    signatures: ['min(number, …) → number', 'min(date, …) → date', 'min(duration, …) → duration'],
    minArgs: 1,
    check: (cx, args, call) =>
      sameKindOf(cx, 'min', args, ['number', 'date', 'duration'], 'numbers, dates or durations', call),
    run: (args) => extreme(args, -1),
  },
  {
    name: 'max',
    signatures: ['max(number, …) → number', 'max(date, …) → date', 'max(duration, …) → duration'],
    minArgs: 1,
    check: (cx, args, call) =>
      sameKindOf(cx, 'max', args, ['number', 'date', 'duration'], 'numbers, dates or durations', call),
    run: (args) => extreme(args, 1),
  },
  {
    name: 'round',
    signatures: ['round(number) → number', 'round(number, digits) → number'],
    minArgs: 1,
    maxArgs: 2,
    check(cx, args) {
      expectArgs(cx, 'round', args, ['number'], 'numbers');
      return NUMBER;
    },
    run(args) {
      const values = evaluateAll(args);
      if (isUnknown(values)) return UNKNOWN;
      const [value, digits = 0] = values;
      if (typeof value !== 'number' || typeof digits !== 'number') return UNKNOWN;
      if (!Number.isInteger(digits) || digits < 0 || digits > 10) return UNKNOWN;
      return finite(roundTo(value, digits));
    },
  },
  {
    name: 'abs',
    signatures: ['abs(number) → number', 'abs(duration) → duration'],
    minArgs: 1,
    maxArgs: 1,
    check: (cx, args) =>
      expectArgs(cx, 'abs', args, ['number', 'duration'], 'a number or a duration')
        ? (args[0]?.type ?? ANY)
        : ANY,
    run([arg]) {
      const value = arg ? arg() : UNKNOWN;
      if (typeof value === 'number') return Math.abs(value);
      if (isDuration(value)) return value.value < 0 ? negate(value) : value;
      return UNKNOWN;
    },
  },
];

/** What each of these functions does, with examples, for the documentation and autocompletion. */
export const numberFunctionDocs: Readonly<Record<string, FunctionDoc>> = {
  count: {
    summary:
      'With one multiple-choice answer (a list): how many options are chosen. With conditions: how many of them are true — unknown if any of them is unknown.',
    examples: [
      'count(red_flags) > 0',
      'count(fever, purulence, rapid_attendance, inflamed_tonsils, no_cough) >= 3',
    ],
  },
  sum: {
    summary: 'The total of its arguments; unknown if any of them is unknown.',
    examples: ['sum(if(active_cancer, 1, 0), if(bedridden, 1, 0), if(tender_veins, 1, 0))'],
  },
  min: {
    summary: 'The smallest (earliest, shortest) of its arguments; unknown if any of them is unknown.',
    examples: ['min(systolic_left, systolic_right)'],
  },
  max: {
    summary: 'The largest (latest, longest) of its arguments; unknown if any of them is unknown.',
    examples: ['max(pain_score_rest, pain_score_moving) >= 7'],
  },
  round: {
    summary:
      'Rounds to a whole number, or to `digits` decimal places (0 to 10); halves round away from zero (2.5 → 3, -2.5 → -3).',
    examples: ['round(weight / (height * height), 1)'],
  },
  abs: {
    summary: 'The value without its sign: abs(-3) is 3.',
    examples: ['abs(temperature - 37) > 1.5'],
  },
};
