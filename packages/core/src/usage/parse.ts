/**
 * Reading a usage record: guard, shape, consistency and, when asked, the
 * pathway's own ids. `safeParseUsageRecord` never throws, whatever it is given.
 */
import * as z from '../schema/zod.js';
import { formatPath, issue, type Issue } from '../issues/issue.js';
import { LIMITS, type Limits } from '../schema/limits.js';
import type { Pathway } from '../schema/pathway.js';
import { toPlainJson } from '../schema/sanitize.js';
import { fromGuard, fromZod, where } from './issues.js';
import { usageIndex } from './pathway-cache.js';
import { USAGE_LIMITS } from './format.js';
import { UsageRecordSchema, type UsageRecord } from './record.js';

/** Options of {@link safeParseUsageRecord} and {@link parseUsageRecord}. */
export interface UsageParseOptions {
  /**
   * Also require every node, edge and field id to be one of this pathway's,
   * of the right kind, and the record to be of this pathway (any version).
   * A string that merely looks like an id is then refused too.
   */
  pathway?: Pathway;
}

/** The result of {@link safeParseUsageRecord}. */
export type UsageParseResult = { ok: true; record: UsageRecord } | { ok: false; issues: Issue[] };

/** Thrown by {@link parseUsageRecord}; carries every issue found. */
export class UsageRecordError extends Error {
  /** Every issue found. */
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    const lines = issues.slice(0, 10).map((i) => `  - ${i.message} [${i.code} at ${formatPath(i.path)}]`);
    const more = issues.length > 10 ? [`  … and ${issues.length - 10} more`] : [];
    const count = `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}`;
    super([`The usage record is not valid (${count}):`, ...lines, ...more].join('\n'));
    this.name = 'UsageRecordError';
    this.issues = issues;
  }
}

const MAX_ISSUES = 50;

/** The guard's limits: far tighter than a pathway's where it matters, as a record is small and flat. */
const GUARD: Limits = {
  ...LIMITS,
  maxStringLength: USAGE_LIMITS.maxVersionLength + 44,
  maxDepth: 4,
  maxCollectionSize: USAGE_LIMITS.maxEvents * 2,
  maxValues: USAGE_LIMITS.maxEvents * 16,
  maxIssues: MAX_ISSUES,
};

/** Rules the shape alone cannot say: the end after the start, the status and what ends it agree. */
function consistency(r: UsageRecord): Issue[] {
  const out: Issue[] = [];
  if (Date.parse(r.endedAt) < Date.parse(r.startedAt))
    out.push(issue('invalid_range', ['endedAt'], 'endedAt is before startedAt.'));
  if (r.status === 'completed' && r.outcome === undefined)
    out.push(issue('missing_property', ['outcome'], 'outcome is required when the status is "completed".'));
  if (r.status !== 'completed' && r.outcome !== undefined)
    out.push(
      issue('not_applicable', ['outcome'], 'outcome is only for a record whose status is "completed".'),
    );
  if (r.status === 'abandoned' && r.abandonedAt === undefined)
    out.push(
      issue('missing_property', ['abandonedAt'], 'abandonedAt is required when the status is "abandoned".'),
    );
  if (r.status !== 'abandoned' && r.abandonedAt !== undefined)
    out.push(
      issue(
        'not_applicable',
        ['abandonedAt'],
        'abandonedAt is only for a record whose status is "abandoned".',
      ),
    );
  return out;
}

/** Every id must be the pathway's own; ids are not quoted, as an unknown one may not be an id at all. */
function againstPathway(r: UsageRecord, pathway: Pathway): Issue[] {
  if (r.pathway.id !== pathway.id) {
    return [
      issue('other_pathway', ['pathway', 'id'], `The record is of another pathway than "${pathway.id}".`),
    ];
  }
  const index = usageIndex(pathway);
  const out: Issue[] = [];
  const unknown = (path: (string | number)[], what: string) =>
    out.push(issue('unknown_reference', path, `${where(path)} names no ${what} of "${pathway.id}".`));
  const node = (id: string, path: (string | number)[], kind?: string) => {
    const found = index.nodes.get(id)?.node;
    if (found === undefined) unknown(path, 'node');
    else if (kind !== undefined && found.kind !== kind)
      out.push(issue('invalid_reference', path, `${where(path)} names a ${found.kind}, not a ${kind}.`));
  };
  r.visits.forEach((v, i) => {
    const found = index.nodes.get(v.node)?.node;
    if (found === undefined) unknown(['visits', i, 'node'], 'node');
    else if (found.kind !== v.kind)
      out.push(
        issue('invalid_reference', ['visits', i, 'kind'], `visits[${i}].kind is not the kind of that node.`),
      );
  });
  r.backs.forEach((b, i) => {
    node(b.from, ['backs', i, 'from']);
    node(b.to, ['backs', i, 'to']);
  });
  if (r.outcome !== undefined) node(r.outcome, ['outcome'], 'outcome');
  if (r.abandonedAt !== undefined) node(r.abandonedAt, ['abandonedAt']);
  r.edges.forEach((e, i) => {
    if (!index.edges.has(e)) unknown(['edges', i], 'edge');
  });
  for (const key of ['changed', 'prefilled', 'prefillOverridden'] as const) {
    r[key].forEach((f, i) => {
      if (!index.fields.has(f)) unknown([key, i], 'field');
    });
  }
  return out;
}

const cap = (issues: Issue[]): Issue[] =>
  issues.length <= MAX_ISSUES
    ? issues
    : [
        ...issues.slice(0, MAX_ISSUES - 1),
        issue('too_many_issues', [], `${issues.length - MAX_ISSUES + 1} more problems are not listed.`),
      ];

const notObject = (hint = '') => ({
  ok: false as const,
  issues: [issue('invalid_type', [], `The record must be a JSON object${hint}.`)],
});

function parse(input: unknown, options: UsageParseOptions): UsageParseResult {
  if (typeof input === 'string') return notObject('; parse JSON text with JSON.parse or parseNdjson first');
  const plain = toPlainJson(input, GUARD);
  if (!plain.ok) return { ok: false, issues: cap(fromGuard(plain.issues)) };
  const value = plain.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return notObject();
  const result = z.safeParse(UsageRecordSchema, value);
  if (!result.success) return { ok: false, issues: cap(fromZod(result.error.issues, value)) };
  const found = consistency(result.data);
  if (found.length === 0 && options.pathway !== undefined)
    found.push(...againstPathway(result.data, options.pathway));
  return found.length === 0 ? { ok: true, record: result.data } : { ok: false, issues: cap(found) };
}

/**
 * Reads one usage record from any input, never throwing. JSON text must be
 * parsed first (or use {@link parseNdjson}). The record returned is a fresh
 * plain object holding only the format's own properties.
 *
 * @example
 * const result = safeParseUsageRecord(JSON.parse(line), { pathway });
 * if (!result.ok) for (const i of result.issues) console.warn(i.code, i.message);
 */
export function safeParseUsageRecord(input: unknown, options: UsageParseOptions = {}): UsageParseResult {
  try {
    return parse(input, options);
  } catch {
    return {
      ok: false,
      issues: [
        issue('internal_error', [], 'Careway could not read this usage record because of an internal error.'),
      ],
    };
  }
}

/**
 * Reads one usage record, throwing a {@link UsageRecordError} with every
 * issue when it is not valid.
 *
 * @example
 * const record = parseUsageRecord(event.detail.record);
 */
export function parseUsageRecord(input: unknown, options: UsageParseOptions = {}): UsageRecord {
  const result = safeParseUsageRecord(input, options);
  if (!result.ok) throw new UsageRecordError(result.issues);
  return result.record;
}
