/**
 * The one way a pathway is written out: keys in a fixed order, two-space
 * indentation, a trailing newline. Publishing writes it; fingerprints hash
 * it; diffs of it show only real changes.
 */
import type { Pathway } from './pathway.js';

/**
 * The order of known property names, chosen to read well in every object
 * of the document (identity first, then content, then the big collections).
 * Other names follow in code-point order.
 */
const KEY_ORDER = [
  '$schema',
  'schemaVersion',
  'id',
  'kind',
  'type',
  'version',
  'title',
  'name',
  'label',
  'value',
  'description',
  'body',
  'text',
  'status',
  'role',
  'date',
  'statement',
  'fingerprint',
  'publisher',
  'contact',
  'url',
  'section',
  'accessed',
  'recommendations',
  'approvals',
  'sources',
  'disposition',
  'urgency',
  'timeframe',
  'service',
  'actor',
  'summary',
  'outOfScope',
  'nextSteps',
  'safetyNetting',
  'requires',
  'hint',
  'why',
  'required',
  'showWhen',
  'prefill',
  'from',
  'to',
  'when',
  'expr',
  'points',
  'reason',
  'message',
  'trueLabel',
  'falseLabel',
  'options',
  'exclusive',
  'unit',
  'min',
  'max',
  'step',
  'maxLength',
  'dateOfBirth',
  'notInFuture',
  'accept',
  'maxBytes',
  'minFiles',
  'maxFiles',
  'redFlag',
  'score',
  'validations',
  'items',
  'bands',
  'show',
  'explanation',
  'fields',
  'context',
  'answers',
  'expect',
  'outcome',
  'path',
  'code',
  'system',
  'display',
  'ucum',
  'size',
  'x',
  'y',
  'start',
  'nodes',
  'edges',
  'variables',
  'scenarios',
  'layout',
  'translations',
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

/** Objects keyed by ids or text keys rather than property names; their keys sort in code-point order. */
const RECORD_KEYS = new Set(['answers', 'context', 'nodes', 'cy']);

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
function byRank(a: string, b: string): number {
  const ra = RANK.get(a);
  const rb = RANK.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return byCodePoint(a, b);
}

function canonical(value: unknown, isRecord: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, false));
  if (typeof value !== 'object' || value === null) return value === 0 ? 0 : value;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source).filter((k) => source[k] !== undefined);
  keys.sort(isRecord ? byCodePoint : byRank);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const child = source[key];
    const childIsRecord =
      !isRecord &&
      RECORD_KEYS.has(key) &&
      typeof child === 'object' &&
      child !== null &&
      !Array.isArray(child);
    // A scenario's context values and answers may themselves hold objects (attachments): those are ordinary objects again.
    Object.defineProperty(out, key, {
      value: canonical(child, childIsRecord),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * A copy of the pathway with every object's keys in canonical order and
 * `undefined` properties dropped. Equal pathways give deep-equal copies
 * whose JSON text is identical.
 */
export function canonicalPathway(pathway: Pathway): Pathway {
  return canonical(pathway, false) as Pathway;
}

/**
 * The canonical JSON text of a pathway: canonical key order, two-space
 * indentation, `\n` line ends and a trailing newline.
 *
 * @example
 * await writeFile('suspected-dvt@1.0.0.json', canonicalJson(pathway));
 */
export function canonicalJson(pathway: Pathway): string {
  return `${JSON.stringify(canonicalPathway(pathway), null, 2)}\n`;
}
