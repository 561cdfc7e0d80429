/**
 * Reading FHIR `value[x]` / `answer[x]` leniently: published forms sometimes
 * put a string into `answerInteger` or a boolean into a string, and the
 * importer should understand them (and say so) rather than give up.
 */
import type { FhirCoding } from '../types.js';

/** A FHIR value reduced to what comparisons need. */
export type FhirValue =
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number; unit?: string }
  | { kind: 'date'; value: string }
  | { kind: 'time'; value: string }
  | { kind: 'string'; value: string }
  | { kind: 'coding'; value: FhirCoding };

/** A value read from a carrier, with the element it came from and whether its JSON type was wrong. */
export interface ReadValue {
  element: string;
  value: FhirValue;
  mistyped: boolean;
}

const TYPES = [
  'Boolean',
  'Decimal',
  'Integer',
  'Date',
  'DateTime',
  'Time',
  'String',
  'Uri',
  'Coding',
  'Quantity',
];

/**
 * The first `value[x]` (prefix `value`) or `answer[x]` (prefix `answer`) of
 * `carrier`, or `undefined` when there is none it can read.
 */
export function readValue(carrier: object, prefix: 'value' | 'answer'): ReadValue | undefined {
  const record = carrier as Record<string, unknown>;
  for (const type of TYPES) {
    const element = `${prefix}${type}`;
    const raw = record[element];
    if (raw === undefined || raw === null) continue;
    const value = interpret(type, raw);
    if (value) return { element, value: value.value, mistyped: value.mistyped };
  }
  return undefined;
}

function interpret(type: string, raw: unknown): { value: FhirValue; mistyped: boolean } | undefined {
  switch (type) {
    case 'Boolean':
      if (typeof raw === 'boolean') return { value: { kind: 'boolean', value: raw }, mistyped: false };
      if (raw === 'true' || raw === 'false')
        return { value: { kind: 'boolean', value: raw === 'true' }, mistyped: true };
      return undefined;
    case 'Decimal':
    case 'Integer':
      if (typeof raw === 'number' && Number.isFinite(raw))
        return { value: { kind: 'number', value: raw }, mistyped: false };
      if (typeof raw === 'string') {
        const n = Number(raw);
        if (raw.trim() !== '' && Number.isFinite(n))
          return { value: { kind: 'number', value: n }, mistyped: true };
        return { value: classifyString(raw), mistyped: true };
      }
      return undefined;
    case 'Date':
    case 'DateTime':
      return typeof raw === 'string' ? { value: { kind: 'date', value: raw }, mistyped: false } : undefined;
    case 'Time':
      return typeof raw === 'string' ? { value: { kind: 'time', value: raw }, mistyped: false } : undefined;
    case 'String':
    case 'Uri':
      return typeof raw === 'string' ? { value: { kind: 'string', value: raw }, mistyped: false } : undefined;
    case 'Coding':
      return typeof raw === 'object'
        ? { value: { kind: 'coding', value: raw as FhirCoding }, mistyped: false }
        : undefined;
    case 'Quantity': {
      const q = raw as { value?: unknown; unit?: string; code?: string };
      const n = typeof q.value === 'number' ? q.value : Number(q.value);
      if (!Number.isFinite(n)) return undefined;
      const unit = q.code ?? q.unit;
      return {
        value: { kind: 'number', value: n, ...(unit === undefined ? {} : { unit }) },
        mistyped: typeof q.value !== 'number',
      };
    }
  }
  return undefined;
}

function classifyString(raw: string): FhirValue {
  if (/^\d{4}(-\d{2}(-\d{2})?)?(T.*)?$/.test(raw)) return { kind: 'date', value: raw };
  if (/^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(raw)) return { kind: 'time', value: raw };
  return { kind: 'string', value: raw };
}

/** The text an option or literal value is known by (its code for codings). */
export function valueText(v: FhirValue): string {
  switch (v.kind) {
    case 'coding':
      return v.value.code ?? v.value.display ?? '';
    case 'boolean':
    case 'number':
      return String(v.value);
    default:
      return v.value;
  }
}

/** Whether two codings denote the same concept: same code, and same system when both state one. */
export function sameCoding(a: FhirCoding, b: FhirCoding): boolean {
  if (a.code === undefined || b.code === undefined) return a.display !== undefined && a.display === b.display;
  if (a.code !== b.code) return false;
  return a.system === undefined || b.system === undefined || a.system === b.system;
}

/**
 * Compares two values of comparable kinds: negative, zero or positive, or
 * `undefined` when they cannot be ordered (codings, mixed kinds). Dates and
 * times compare as ISO text, which orders full-precision values correctly.
 */
export function compareValues(a: FhirValue, b: FhirValue): number | undefined {
  if (a.kind === 'coding' || b.kind === 'coding') return undefined;
  if (a.kind === 'number' && b.kind === 'number') return a.value - b.value;
  if (a.kind === 'boolean' && b.kind === 'boolean') return Number(a.value) - Number(b.value);
  if (a.kind === 'number' || b.kind === 'number' || a.kind === 'boolean' || b.kind === 'boolean')
    return undefined;
  const x = String(a.value);
  const y = String(b.value);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether `a` equals `b` for an enableWhen `=`. */
export function equalValues(a: FhirValue, b: FhirValue): boolean {
  if (a.kind === 'coding' && b.kind === 'coding') return sameCoding(a.value, b.value);
  if (a.kind === 'coding' || b.kind === 'coding') {
    const coding = a.kind === 'coding' ? a.value : (b as { value: FhirCoding }).value;
    const other = a.kind === 'coding' ? b : a;
    return coding.code !== undefined && coding.code === valueText(other);
  }
  return compareValues(a, b) === 0 && valueText(a) === valueText(b);
}
