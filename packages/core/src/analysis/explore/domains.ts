/**
 * The finite abstraction of each input's answer space: a few representative
 * values per field or context fact, chosen so that every comparison the
 * pathway makes comes out every way it can. `undefined` stands for "left
 * blank" (an optional field) or "not provided" (a context fact).
 */
import { addDuration, formatIsoDate, parseIsoDate } from '../../expr/dates.js';
import type { ContextField, Field, Option } from '../provisional.js';
import type { Constants } from './thresholds.js';

const MAX_SUBSET_OPTIONS = 4;

function none(): Constants {
  return { numbers: new Set(), strings: new Set(), dates: new Set(), durations: new Map(), computed: false };
}

function decimalsOf(n: number): number {
  const text = String(n);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Numbers either side of and at every threshold, inside the field's range. */
export function numberCandidates(
  c: Constants,
  integer: boolean,
  min?: number,
  max?: number,
  step?: number,
): number[] {
  const consts = [...c.numbers];
  const places = Math.max(0, ...consts.map(decimalsOf), step !== undefined ? decimalsOf(step) : 0);
  const delta = integer ? 1 : (step ?? 10 ** -(places + (places === 0 ? 0 : 1)));
  const points = new Set<number>();
  for (const k of consts) {
    if (integer)
      for (const v of [Math.floor(k) - 1, Math.floor(k), Math.ceil(k), Math.ceil(k) + 1]) points.add(v);
    else for (const v of [k - delta, k, k + delta]) points.add(Number(v.toFixed(places + 1)));
  }
  if (c.computed || points.size === 0) {
    for (const v of [min, max, 0, 1, 10]) if (v !== undefined) points.add(integer ? Math.round(v) : v);
  }
  const inside = [...points].filter(
    (v) => (min === undefined || v >= min) && (max === undefined || v <= max),
  );
  if (inside.length === 0) inside.push(min ?? max ?? 0);
  return inside.sort((a, b) => a - b);
}

/** Dates either side of and at every date and every duration back from (or on from) today. */
export function dateCandidates(c: Constants, today: string, future: boolean): string[] {
  const t = parseIsoDate(today) ?? 0;
  const days = new Set<number>([t]);
  const around = (d: number): void => {
    for (const x of [d - 1, d, d + 1]) days.add(x);
  };
  for (const d of c.durations.values()) {
    around(addDuration(t, -d.value, d.unit));
    if (future) around(addDuration(t, d.value, d.unit));
  }
  for (const n of c.numbers) {
    if (n > 0 && n <= 150)
      for (const unit of ['years', 'months', 'weeks', 'days'] as const) around(addDuration(t, -n, unit));
  }
  for (const text of c.dates) {
    const d = parseIsoDate(text);
    if (d !== undefined) around(d);
  }
  if (days.size === 1) days.add(t - 1);
  return [...days]
    .sort((a, b) => b - a)
    .map((d) => formatIsoDate(d))
    .filter((d): d is string => d !== undefined);
}

function relevantOptions(options: readonly Option[], c: Constants, extra: readonly string[]): Option[] {
  if (c.computed) return [...options];
  return options.filter((o) => c.strings.has(o.value) || o.redFlag === true || extra.includes(o.value));
}

/** Each option that a condition names, and one that none does. */
export function choiceCandidates(options: readonly Option[], c: Constants): string[] {
  const relevant = relevantOptions(options, c, []);
  const other = options.find((o) => !relevant.includes(o));
  return [...relevant, ...(other ? [other] : [])].map((o) => o.value);
}

/** The subsets of the options conditions name (all of them when few, else the singletons and growing prefixes). */
export function multiChoiceCandidates(
  options: readonly Option[],
  c: Constants,
  exclusive: readonly string[],
): string[][] {
  const relevant = relevantOptions(options, c, exclusive).map((o) => o.value);
  const other = options.find((o) => !relevant.includes(o.value))?.value;
  const subsets: string[][] = [];
  if (relevant.length <= MAX_SUBSET_OPTIONS) {
    for (let mask = 0; mask < 1 << relevant.length; mask++)
      subsets.push(relevant.filter((_, i) => (mask & (1 << i)) !== 0));
  } else {
    subsets.push([]);
    for (const v of relevant) subsets.push([v]);
    for (let n = 2; n <= relevant.length; n++) subsets.push(relevant.slice(0, n));
  }
  const out = subsets.filter((s) => s.length > 0);
  if (other !== undefined) out.push([other]);
  out.push([]);
  return out;
}

function textCandidates(c: Constants): string[] {
  const out = new Set<string>(c.strings);
  out.add('free text');
  if (c.computed)
    for (const n of c.numbers) if (n >= 0 && n <= 2000) for (const k of [n, n + 1]) out.add('x'.repeat(k));
  return [...out].filter((s) => s.trim() !== '');
}

function mimeFor(accept: readonly string[]): string {
  const first = accept[0] ?? 'application/pdf';
  if (first === '*/*') return 'application/pdf';
  return first.endsWith('/*') ? `${first.slice(0, -2)}/png` : first;
}

/**
 * Representative answers of a field, answered values first and `undefined`
 * (left blank) last when the field is optional. Validity is checked by the
 * caller, which knows the other answers.
 */
export function fieldCandidates(field: Field, c: Constants = none(), today: string): unknown[] {
  const optional = field.required === false;
  let values: unknown[];
  switch (field.type) {
    case 'boolean':
      values = [true, false];
      break;
    case 'integer':
    case 'decimal':
      values = numberCandidates(c, field.type === 'integer', field.min, field.max, field.step);
      break;
    case 'date':
      values = dateCandidates(c, today, field.notInFuture !== true && field.dateOfBirth !== true);
      break;
    case 'choice':
      values = choiceCandidates(field.options, c);
      break;
    case 'multi-choice':
      values = multiChoiceCandidates(field.options, c, field.exclusive ?? []);
      break;
    case 'text':
    case 'long-text':
      values = textCandidates(c);
      break;
    case 'attachment': {
      const n = Math.max(1, field.minFiles ?? 1);
      values = [
        Array.from({ length: n }, (_, i) => ({
          name: `file-${i + 1}`,
          type: mimeFor(field.accept),
          size: 1,
        })),
      ];
      break;
    }
    case 'display':
      return [];
  }
  return optional ? [...values, undefined] : values;
}

/** Representative values of a context fact, `undefined` (not provided) last. */
export function contextCandidates(field: ContextField, c: Constants = none(), today: string): unknown[] {
  let values: unknown[];
  switch (field.type) {
    case 'boolean':
      values = [true, false];
      break;
    case 'integer':
    case 'decimal':
      values = numberCandidates(c, field.type === 'integer');
      break;
    case 'date':
      values = dateCandidates(c, today, true);
      break;
    case 'choice':
      values = choiceCandidates(field.options ?? [], c);
      break;
    case 'multi-choice':
      values = multiChoiceCandidates(field.options ?? [], c, []);
      break;
    default:
      values = textCandidates(c);
  }
  return [...values, undefined];
}
