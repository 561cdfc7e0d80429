import type { Field, Pathway, PathwayNode } from '../../core.js';
import { kindModelOf } from '../kinds/registry.js';

/** A value compared across versions: keys sorted, so that key order is never a change. */
export const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  ) ?? 'undefined';

/** Whether two values differ, ignoring key order. */
export const differs = (a: unknown, b: unknown): boolean => stable(a) !== stable(b);

/** Quoted text, shortened: “Temperature”. */
export const q = (text: string): string => `“${text.length > 70 ? `${text.slice(0, 69)}…` : text}”`;

/** A node in words: step “Symptoms”. */
export const nodeWords = (node: PathwayNode): string =>
  `${kindModelOf(node.kind).label.toLowerCase()} ${q(node.title)}`;

/** The same, capitalised for the start of a sentence: Step “Symptoms”. */
export const NodeWords = (node: PathwayNode): string => `${kindModelOf(node.kind).label} ${q(node.title)}`;

/** A number with the field's unit: 42 °C. */
export const withUnit = (value: number, field: Field): string =>
  'unit' in field && field.unit ? `${value} ${field.unit.label}` : String(value);

/** What an element names in its `sources`, in words: “nice-cg150#1.1.1, nice-ng12”, or “no source”. */
export const citesWords = (refs: readonly string[] | undefined): string =>
  refs && refs.length > 0 ? refs.join(', ') : 'no source';

/** A node's title by id, in one version. */
export const titleIn = (doc: Pathway, id: string): string => doc.nodes.find((n) => n.id === id)?.title ?? id;

/** A question's label by id in one version (a variable's label, or the id itself, otherwise). */
export function nameIn(doc: Pathway, id: string): string {
  for (const node of doc.nodes)
    if (node.kind === 'step') for (const f of node.fields) if (f.id === id) return f.label;
  return doc.variables.find((v) => v.id === id)?.label ?? id;
}

/** Items added, removed and kept between two lists, matched by key. */
export function matchBy<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): { added: T[]; removed: T[]; kept: [T, T][] } {
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Set(after.map(key));
  return {
    added: after.filter((x) => !old.has(key(x))),
    removed: before.filter((x) => !now.has(key(x))),
    kept: after.flatMap((x) => {
      const was = old.get(key(x));
      return was === undefined ? [] : [[was, x] as [T, T]];
    }),
  };
}
