/**
 * A tiny condition model used while translating `enableWhen` into Careway
 * expressions: built with simplifying constructors, then printed once in the
 * Careway text form. Every condition built here is *total*: it is true or
 * false for every state of the answers (unanswered fields are tested with
 * `answered(…)` before they are compared), so the engine never meets an
 * unknown when it decides whether an imported item shows.
 */

/** A literal in a comparison. */
export type Literal =
  { t: 'bool'; v: boolean } | { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'date'; v: string };

/** Comparison operators shared by FHIR and Careway. */
export type CompareOp = '=' | '!=' | '>' | '<' | '>=' | '<=';

/** A condition over field answers. */
export type Cond =
  | { k: 'const'; v: boolean }
  | { k: 'answered'; field: string }
  | { k: 'cmp'; field: string; op: CompareOp; value: Literal }
  | { k: 'has'; field: string; value: string }
  | { k: 'var'; name: string }
  | { k: 'and' | 'or'; items: Cond[] }
  | { k: 'not'; item: Cond };

/** The condition that always holds. */
export const TRUE: Cond = { k: 'const', v: true };
/** The condition that never holds. */
export const FALSE: Cond = { k: 'const', v: false };

function key(c: Cond): string {
  return JSON.stringify(c);
}

function junction(kind: 'and' | 'or', parts: Cond[]): Cond {
  const unit = kind === 'and';
  const items: Cond[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const flat = part.k === kind ? part.items : [part];
    for (const item of flat) {
      if (item.k === 'const') {
        if (item.v === unit) continue;
        return item;
      }
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      items.push(item);
    }
  }
  const kept = absorb(kind, items);
  if (kept.length === 0) return unit ? TRUE : FALSE;
  if (kept.length === 1) return kept[0] as Cond;
  return { k: kind, items: kept };
}

/**
 * Absorption: in `a or (a and b)` the second disjunct adds nothing (and dually
 * for `and`). Keeps step conditions, which are disjunctions of their fields'
 * conditions, short.
 */
function absorb(kind: 'and' | 'or', items: Cond[]): Cond[] {
  const inner = kind === 'and' ? 'or' : 'and';
  const parts = items.map((i) => new Set((i.k === inner ? i.items : [i]).map(key)));
  return items.filter((_, x) => {
    const mine = parts[x] as Set<string>;
    return !parts.some(
      (other, y) => y !== x && other.size < mine.size && [...other].every((k) => mine.has(k)),
    );
  });
}

/** Conjunction, flattened and simplified. */
export function and(...parts: Cond[]): Cond {
  return junction('and', parts);
}

/** Disjunction, flattened and simplified. */
export function or(...parts: Cond[]): Cond {
  return junction('or', parts);
}

/** Negation, simplified. */
export function not(c: Cond): Cond {
  if (c.k === 'const') return c.v ? FALSE : TRUE;
  if (c.k === 'not') return c.item;
  return { k: 'not', item: c };
}

/** The nesting depth of a condition once printed (brackets and `not`s). */
export function depth(c: Cond): number {
  if (c.k === 'and' || c.k === 'or') return 1 + Math.max(...c.items.map(depth));
  if (c.k === 'not') return 1 + depth(c.item);
  return 1;
}

/** The number of leaves, to keep expanded conditions within reason. */
export function size(c: Cond): number {
  if (c.k === 'and' || c.k === 'or') return c.items.reduce((n, i) => n + size(i), 0);
  if (c.k === 'not') return size(c.item);
  return 1;
}

function printLiteral(l: Literal): string {
  switch (l.t) {
    case 'bool':
      return l.v ? 'true' : 'false';
    case 'num':
      return String(l.v);
    case 'str':
      return `'${l.v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    case 'date':
      return `date('${l.v}')`;
  }
}

function printAt(c: Cond, parent: 'and' | 'or' | 'not' | 'top'): string {
  switch (c.k) {
    case 'const':
      return c.v ? 'true' : 'false';
    case 'answered':
      return `answered(${c.field})`;
    case 'var':
      return c.name;
    case 'cmp': {
      const text = `${c.field} ${c.op} ${printLiteral(c.value)}`;
      return parent === 'not' ? `(${text})` : text;
    }
    case 'has': {
      const text = `${printLiteral({ t: 'str', v: c.value })} in ${c.field}`;
      return parent === 'not' ? `(${text})` : text;
    }
    case 'not':
      return `not ${printAt(c.item, 'not')}`;
    case 'and':
    case 'or': {
      const text = c.items.map((i) => printAt(i, c.k)).join(` ${c.k} `);
      return parent === 'top' || parent === c.k ? text : `(${text})`;
    }
  }
}

/**
 * The Careway text form of a condition, or `undefined` for the condition that
 * always holds (no `showWhen` needed).
 *
 * @example
 * print(and({ k: 'answered', field: 'q1' }, { k: 'cmp', field: 'q1', op: '>=', value: { t: 'num', v: 4 } }));
 * // 'answered(q1) and q1 >= 4'
 */
export function print(c: Cond): string | undefined {
  if (c.k === 'const' && c.v) return undefined;
  return printAt(c, 'top');
}
