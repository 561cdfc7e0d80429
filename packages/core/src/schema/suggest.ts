/**
 * "Did you mean …?" for property names and enumerated values, and the
 * property names a schema allows at a place in the document.
 */
import type * as z from 'zod/mini';
import type { IssuePath } from '../issues/issue.js';

/** Edit distance with transpositions (optimal string alignment), capped for speed. */
export function editDistance(a: string, b: string, cap = 4): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? cap + 1;
}

/** The candidate closest to `word` when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const lowered = word.toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === lowered);
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  for (const c of candidates) {
    const d = editDistance(lowered, c.toLowerCase(), bestDistance);
    if (d < bestDistance || (d === bestDistance && best === undefined)) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  discriminator?: string;
};

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

function valueAt(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
}

/** Resolves optional wrappers and picks the discriminated-union member that `value` names. */
function settle(schema: z.core.$ZodType, value: unknown): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = schema;
  for (let guard = 0; s !== undefined && guard < 8; guard++) {
    const def = defOf(s);
    if (def.type === 'optional' && def.innerType) s = def.innerType;
    else if (def.type === 'union' && def.discriminator !== undefined && def.options) {
      const tag = valueAt(value, def.discriminator);
      s = def.options.find((o) => {
        const literal = defOf(o).shape?.[def.discriminator ?? ''];
        const values = literal ? (literal._zod.def as { values?: unknown[] }).values : undefined;
        return values?.includes(tag) ?? false;
      });
    } else return s;
  }
  return s;
}

/**
 * The property names the schema allows on the object at `path` in
 * `document`, or undefined when the place is not an object the schema knows.
 */
export function knownKeys(root: z.core.$ZodType, document: unknown, path: IssuePath): string[] | undefined {
  let schema = settle(root, document);
  let value = document;
  for (const key of path) {
    if (schema === undefined) return undefined;
    const def = defOf(schema);
    const next =
      def.type === 'object' && typeof key === 'string'
        ? def.shape?.[key]
        : def.type === 'array' && typeof key === 'number'
          ? def.element
          : def.type === 'record'
            ? def.valueType
            : undefined;
    value = valueAt(value, key);
    schema = next === undefined ? undefined : settle(next, value);
  }
  if (schema === undefined) return undefined;
  const def = defOf(schema);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}
