/**
 * The finite abstraction of each input's answer space: a few representative
 * values per field or context fact, chosen so that every comparison the
 * pathway makes comes out every way it can. `undefined` stands for "left
 * blank" (an optional field) or "not provided" (a context fact).
 */
import { addDuration, formatIsoDate, parseIsoDate } from '../../expr/dates.js';
import type { ContextField, Field, Option } from '../provisional.js';
import type { Constants } from './thresholds.js';

/** Up to this many relevant options, every combination of them is tried; beyond it, every pair. */
const ALL_SUBSETS_UP_TO = 4;

function none(): Constants {
  return { numbers: new Set(), strings: new Set(), dates: new Set(), durations: new Map(), computed: false };
}

/** A short decimal strictly between `a` and `b` (a < b), as few places as will do. */
function between(a: number, b: number): number {
  for (let places = 0; places <= 12; places++) {
    const v = Number(((a + b) / 2).toFixed(places));
    if (v > a && v < b) return v;
  }
  return (a + b) / 2;
}

/**
 * One value of the interval from `a` to `b` (open at a threshold, closed at
 * the field's own `lo`/`hi` when those lie inside it), preferring the value
 * just past `a`; `undefined` when the interval holds no value the field
 * accepts.
 */
function pick(a: number, b: number, lo: number, hi: number, integer: boolean): number | undefined {
  const loIn = lo > a;
  const hiIn = hi < b;
  const l = loIn ? lo : a;
  const u = hiIn ? hi : b;
  if (l > u || (l === u && !(loIn && hiIn))) return undefined;
  if (integer) {
    const first = loIn ? Math.ceil(l) : Math.floor(l) + 1;
    const last = hiIn ? Math.floor(u) : Math.ceil(u) - 1;
    if (l === -Infinity) return Number.isFinite(last) ? last : 0;
    return first <= last ? first : undefined;
  }
  if (l === -Infinity) return u === Infinity ? 0 : hiIn ? u : u - 1;
  if (u === Infinity) return loIn ? l : l + 1;
  if (loIn) return l;
  if (hiIn) return u;
  return between(l, u);
}

/**
 * Numbers that make every comparison against the thresholds come out every
 * way it can: each threshold itself and one value in each open interval the
 * thresholds cut the field's range into (below the lowest, between each
 * two, above the highest), whatever the field's step. A decimal between
 * 38 and 39 gives 38.5. Inside arithmetic, where thresholds do not map onto
 * the field, its range ends and a few small numbers are added.
 */
export function numberCandidates(c: Constants, integer: boolean, min?: number, max?: number): number[] {
  const lo = min ?? -Infinity;
  const hi = max ?? Infinity;
  const accepts = (v: number): boolean => v >= lo && v <= hi && (!integer || Number.isInteger(v));
  const thresholds = [...new Set([...c.numbers].filter((n) => Number.isFinite(n)))].sort((a, b) => a - b);
  const points = new Set<number>(thresholds.filter(accepts));
  const cuts = [-Infinity, ...thresholds, Infinity];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const v = pick(cuts[i] as number, cuts[i + 1] as number, lo, hi, integer);
    if (v !== undefined) points.add(v);
  }
  if (c.computed || thresholds.length === 0) {
    for (const v of [min, max, 0, 1, 10]) if (v !== undefined) points.add(integer ? Math.round(v) : v);
  }
  const inside = [...points].filter(accepts);
  if (inside.length === 0)
    inside.push(integer && Number.isFinite(lo) ? Math.ceil(lo) : Number.isFinite(lo) ? lo : 0);
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
  // A date that may be in the future is tried tomorrow too: ages and date rules may have no value there.
  if (future) days.add(t + 1);
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

function combinations(values: readonly string[], size: number): string[][] {
  if (size === 0) return [[]];
  const out: string[][] = [];
  values.forEach((v, i) => {
    for (const rest of combinations(values.slice(i + 1), size - 1)) out.push([v, ...rest]);
  });
  return out;
}

/**
 * The selections worth trying: every combination of the options conditions
 * name when there are few of them; otherwise each one, every pair, each
 * growing run of them and all of them;
 * plus one option none names, and nothing chosen. An `exclusive` option
 * ("None of these") is only ever chosen alone, as the question allows.
 */
export function multiChoiceCandidates(
  options: readonly Option[],
  c: Constants,
  exclusive: readonly string[],
): string[][] {
  const relevant = relevantOptions(options, c, exclusive).map((o) => o.value);
  const other = options.find((o) => !relevant.includes(o.value))?.value;
  const combinable = relevant.filter((v) => !exclusive.includes(v));
  const subsets = new Map<string, string[]>();
  const add = (s: string[]): void => {
    if (s.length > 0) subsets.set(s.join('\u0000'), s);
  };
  const n = combinable.length;
  if (n <= ALL_SUBSETS_UP_TO) {
    for (let size = 1; size <= n; size++) combinations(combinable, size).forEach(add);
  } else {
    for (let size = 1; size <= 2; size++) combinations(combinable, size).forEach(add);
    for (let size = 3; size <= n; size++) add(combinable.slice(0, size));
  }
  for (const v of relevant) if (exclusive.includes(v)) add([v]);
  const out = [...subsets.values()];
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
      values = numberCandidates(c, field.type === 'integer', field.min, field.max);
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
