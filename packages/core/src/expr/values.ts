/**
 * Run-time values of the expression language. All are plain JSON:
 * a date is its ISO text (`'2024-01-31'`), a duration a small object, and
 * *unknown* — the value of anything unanswered — the object `{ kind: 'unknown' }`.
 */
import { DURATION_UNITS, type DurationUnit } from './ast.js';

/** The value of an unanswered field, or of anything computed from one. */
export interface Unknown {
  readonly kind: 'unknown';
}

/**
 * *Unknown*: the value of an unanswered field and of anything that depends on
 * one. A frozen plain object, so it survives `JSON.stringify`; test for it
 * with {@link isUnknown}, which also recognises a copy read back from JSON.
 */
export const UNKNOWN: Unknown = Object.freeze({ kind: 'unknown' });

/** A length of time, `12 weeks`. */
export interface DurationValue {
  readonly kind: 'duration';
  readonly value: number;
  readonly unit: DurationUnit;
}

/**
 * A value an expression can have: true/false, a number, text (which is also
 * how a date travels: `'2024-01-31'`), a list of option values (a
 * multiple-choice answer), a duration, or {@link UNKNOWN}.
 */
export type ExprValue = boolean | number | string | readonly string[] | DurationValue | Unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` is {@link UNKNOWN} (or a JSON copy of it). */
export function isUnknown(value: unknown): value is Unknown {
  return isRecord(value) && value['kind'] === 'unknown';
}

/** Whether `value` is a duration. */
export function isDuration(value: unknown): value is DurationValue {
  return (
    isRecord(value) &&
    value['kind'] === 'duration' &&
    typeof value['value'] === 'number' &&
    Number.isFinite(value['value']) &&
    DURATION_UNITS.includes(value['unit'] as DurationUnit)
  );
}

/** Whether `value` is a list of option values. */
export function isList(value: unknown): value is readonly string[] {
  return Array.isArray(value);
}

/** A duration value. */
export function duration(value: number, unit: DurationUnit): DurationValue | Unknown {
  return Number.isFinite(value) ? { kind: 'duration', value: value === 0 ? 0 : value, unit } : UNKNOWN;
}

/** A number, or {@link UNKNOWN} when the arithmetic left the finite numbers. */
export function finite(value: number): number | Unknown {
  if (!Number.isFinite(value)) return UNKNOWN;
  return value === 0 ? 0 : value;
}

/**
 * Turns whatever the host or the engine supplies for a name into a value:
 * `undefined`, `null`, `NaN`, infinities and anything unrecognised are
 * {@link UNKNOWN}; an array of attachments becomes the list of their names.
 */
export function toValue(raw: unknown): ExprValue {
  switch (typeof raw) {
    case 'boolean':
    case 'string':
      return raw;
    case 'number':
      return finite(raw);
    case 'object':
      break;
    default:
      return UNKNOWN;
  }
  if (raw === null) return UNKNOWN;
  if (Array.isArray(raw)) {
    const items: string[] = [];
    for (const item of raw as unknown[]) {
      if (typeof item === 'string') items.push(item);
      else if (isRecord(item) && typeof item['name'] === 'string') items.push(item['name']);
      else return UNKNOWN;
    }
    return items;
  }
  if (isDuration(raw)) return { kind: 'duration', value: raw.value, unit: raw.unit };
  return UNKNOWN;
}
