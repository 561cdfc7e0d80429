/**
 * Answer values: accepting what a host passes in (shape only; the rest is
 * validation), comparing, and turning them into display text.
 */
import { LIMITS } from '../schema/limits.js';
import type { AnswerValue, AttachmentRef, Field } from './doc.js';
import { engineIssue } from './messages/index.js';
import type { ViewIssue } from './types.js';

/** What {@link acceptAnswer} made of an incoming value. */
export type Accepted =
  { kind: 'set'; value: AnswerValue } | { kind: 'clear' } | { kind: 'refuse'; issue: ViewIssue };

/**
 * Checks that a value has the JavaScript shape of the field's answers and
 * normalises it (`undefined`, `null`, blank strings and empty file lists
 * clear; repeated multi-choice values collapse; `-0` becomes `0`). Ranges,
 * options and dates are checked later, on `next()`.
 */
export function acceptAnswer(field: Field, raw: unknown): Accepted {
  if (raw === undefined || raw === null) return { kind: 'clear' };
  const refuse = (): Accepted => ({
    kind: 'refuse',
    issue: engineIssue('invalid_type', field),
  });
  // Refused whole, never cut short: the clinician's text stays where they typed it.
  const tooLarge = (max: number, of: 'characters' | 'choices' | 'files'): Accepted => ({
    kind: 'refuse',
    issue: engineIssue('answer_too_large', field, { max, of }),
  });
  switch (field.type) {
    case 'display':
      return {
        kind: 'refuse',
        issue: engineIssue('not_answerable', field),
      };
    case 'boolean':
      return typeof raw === 'boolean' ? { kind: 'set', value: raw } : refuse();
    case 'integer':
    case 'decimal':
      return typeof raw === 'number' && Number.isFinite(raw)
        ? { kind: 'set', value: raw === 0 ? 0 : raw }
        : refuse();
    case 'choice':
    case 'date':
    case 'text':
    case 'long-text':
      if (typeof raw !== 'string') return refuse();
      if (raw.length > LIMITS.maxAnswerLength) return tooLarge(LIMITS.maxAnswerLength, 'characters');
      return raw.trim() === '' ? { kind: 'clear' } : { kind: 'set', value: raw };
    case 'multi-choice':
      if (!Array.isArray(raw)) return refuse();
      if (raw.length > LIMITS.maxAnswerItems) return tooLarge(LIMITS.maxAnswerItems, 'choices');
      if (!raw.every((v): v is string => typeof v === 'string' && v.length <= LIMITS.maxAnswerLength))
        return refuse();
      return { kind: 'set', value: [...new Set(raw)] };
    case 'attachment': {
      if (!Array.isArray(raw)) return refuse();
      if (raw.length > LIMITS.maxAnswerItems) return tooLarge(LIMITS.maxAnswerItems, 'files');
      const files: AttachmentRef[] = [];
      for (const item of raw as unknown[]) {
        const file = attachmentRef(item);
        if (!file) return refuse();
        files.push(file);
      }
      return files.length === 0 ? { kind: 'clear' } : { kind: 'set', value: files };
    }
  }
}

function attachmentRef(item: unknown): AttachmentRef | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { name, type, size, id } = item as Record<string, unknown>;
  if (typeof name !== 'string' || typeof type !== 'string') return undefined;
  if (typeof size !== 'number' || !Number.isFinite(size) || size < 0) return undefined;
  if (id !== undefined && typeof id !== 'string') return undefined;
  return id === undefined ? { name, type, size } : { name, type, size, id };
}

/** Whether a value already stored has the shape of the field's answers. */
export function hasAnswerShape(field: Field, value: unknown): value is AnswerValue {
  const accepted = acceptAnswer(field, value);
  return accepted.kind === 'set' && sameValue(accepted.value, value);
}

/** Structural equality of plain JSON values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const bo = b as Record<string, unknown>;
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.prototype.hasOwnProperty.call(bo, k) && sameValue((a as Record<string, unknown>)[k], bo[k]),
    )
  );
}

/** Whether a value survives a JSON round trip unchanged (finite numbers, no `undefined`, plain objects). */
export function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((v) => isJsonValue(v, depth + 1));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(value).every((v) => v !== undefined && isJsonValue(v, depth + 1));
  }
  return false;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Parses `YYYY-MM-DD` into its parts when it names a real calendar date. */
export function parseIsoDate(text: string): { y: number; m: number; d: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1) return undefined;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= (days[m - 1] ?? 0) ? { y, m, d } : undefined;
}

/** A date as the NHS writes it: `24 November 2026`. */
export function formatDate(text: string): string {
  const p = parseIsoDate(text);
  return p ? `${p.d} ${MONTHS[p.m - 1] ?? ''} ${p.y}` : text;
}

/** A file size for people: `820 bytes`, `12 KB`, `3.4 MB`. */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** An answer as text, using option labels, yes/no labels, units and NHS dates. */
export function displayAnswer(field: Field, value: AnswerValue): string {
  switch (field.type) {
    case 'boolean':
      return value === true
        ? (field.trueLabel ?? 'Yes')
        : value === false
          ? (field.falseLabel ?? 'No')
          : String(value);
    case 'choice':
      return field.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multi-choice': {
      const values = Array.isArray(value) ? (value as unknown[]) : [value];
      if (values.length === 0) return 'None selected';
      // In the order the question lists them, as the clinician saw them.
      const known = field.options.filter((o) => values.includes(o.value)).map((o) => o.label);
      const other = values.filter((v) => !field.options.some((o) => o.value === v)).map(String);
      return [...known, ...other].join(', ');
    }
    case 'integer':
    case 'decimal':
      return field.unit ? `${String(value)} ${field.unit.label}` : String(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value) : String(value);
    case 'attachment':
      return Array.isArray(value)
        ? (value as AttachmentRef[]).map((f) => `${f.name} (${formatBytes(f.size)})`).join(', ')
        : String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
