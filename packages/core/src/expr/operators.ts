/**
 * The operators at run time, over {@link ExprValue}s. Unknown in, unknown
 * out; a value of the wrong kind (which type checking rules out) also gives
 * unknown rather than an exception.
 */
import type { ArithmeticOp, ComparisonOp } from './ast.js';
import { addDuration, DAYS_PER_UNIT, formatIsoDate, parseIsoDate } from './dates.js';
import {
  duration,
  finite,
  isDuration,
  isList,
  isUnknown,
  UNKNOWN,
  type DurationValue,
  type ExprValue,
} from './values.js';

/** A duration in days (months and years at their average length), for comparing and mixing units. */
export function inDays(d: DurationValue): number {
  return d.value * DAYS_PER_UNIT[d.unit];
}

/** The day number of a value that is an ISO date, else `undefined`. */
export function asDate(value: ExprValue): number | undefined {
  return typeof value === 'string' ? parseIsoDate(value) : undefined;
}

/** `-x` */
export function negate(value: ExprValue): ExprValue {
  if (typeof value === 'number') return finite(-value);
  if (isDuration(value)) return duration(-value.value, value.unit);
  return UNKNOWN;
}

/** `not x`, three-valued. */
export function not(value: ExprValue): ExprValue {
  return typeof value === 'boolean' ? !value : UNKNOWN;
}

function numeric(op: ArithmeticOp, a: number, b: number): ExprValue {
  switch (op) {
    case '+':
      return finite(a + b);
    case '-':
      return finite(a - b);
    case '*':
      return finite(a * b);
    case '/':
      return b === 0 ? UNKNOWN : finite(a / b);
  }
}

function shifted(day: number, d: DurationValue, sign: 1 | -1): ExprValue {
  return formatIsoDate(addDuration(day, sign * d.value, d.unit)) ?? UNKNOWN;
}

function durations(op: ArithmeticOp, a: DurationValue, b: DurationValue): ExprValue {
  if (op === '/') return inDays(b) === 0 ? UNKNOWN : finite(inDays(a) / inDays(b));
  if (op === '*') return UNKNOWN;
  const sign = op === '+' ? 1 : -1;
  if (a.unit === b.unit) return duration(a.value + sign * b.value, a.unit);
  return duration(inDays(a) + sign * inDays(b), 'days');
}

/** `a + b`, `a - b`, `a * b`, `a / b` over numbers, dates and durations; division by zero is unknown. */
export function arithmetic(op: ArithmeticOp, a: ExprValue, b: ExprValue): ExprValue {
  if (typeof a === 'number' && typeof b === 'number') return numeric(op, a, b);
  const dayA = asDate(a);
  const dayB = asDate(b);
  if (dayA !== undefined && isDuration(b) && (op === '+' || op === '-'))
    return shifted(dayA, b, op === '+' ? 1 : -1);
  if (isDuration(a) && dayB !== undefined && op === '+') return shifted(dayB, a, 1);
  if (dayA !== undefined && dayB !== undefined && op === '-') return duration(dayA - dayB, 'days');
  if (isDuration(a) && isDuration(b)) return durations(op, a, b);
  if (isDuration(a) && typeof b === 'number' && (op === '*' || op === '/')) {
    return op === '/' && b === 0 ? UNKNOWN : duration(op === '*' ? a.value * b : a.value / b, a.unit);
  }
  if (typeof a === 'number' && isDuration(b) && op === '*') return duration(a * b.value, b.unit);
  return UNKNOWN;
}

/** Whether two known values are equal; `undefined` when they are of different kinds. Lists compare as sets. */
export function equals(a: ExprValue, b: ExprValue): boolean | undefined {
  if (isUnknown(a) || isUnknown(b)) return undefined;
  if (isDuration(a) && isDuration(b)) return inDays(a) === inDays(b);
  if (isList(a) && isList(b)) {
    const setA = new Set(a);
    const setB = new Set(b);
    return setA.size === setB.size && [...setA].every((x) => setB.has(x));
  }
  if (typeof a !== typeof b || typeof a === 'object') return undefined;
  return a === b;
}

/** Orders two numbers, two dates or two durations: negative, zero or positive; `undefined` otherwise. */
export function order(a: ExprValue, b: ExprValue): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (isDuration(a) && isDuration(b)) return inDays(a) - inDays(b);
  const dayA = asDate(a);
  const dayB = asDate(b);
  return dayA !== undefined && dayB !== undefined ? dayA - dayB : undefined;
}

/** `= != < <= > >=`, three-valued. */
export function compare(op: ComparisonOp, a: ExprValue, b: ExprValue): ExprValue {
  if (op === '=' || op === '!=') {
    const same = equals(a, b);
    if (same === undefined) return UNKNOWN;
    return op === '=' ? same : !same;
  }
  const o = order(a, b);
  if (o === undefined || Number.isNaN(o)) return UNKNOWN;
  switch (op) {
    case '<':
      return o < 0;
    case '<=':
      return o <= 0;
    case '>':
      return o > 0;
    case '>=':
      return o >= 0;
  }
}

/** `item in list`, three-valued. */
export function member(item: ExprValue, list: ExprValue): ExprValue {
  if (typeof item !== 'string' || !isList(list)) return UNKNOWN;
  return list.includes(item);
}
