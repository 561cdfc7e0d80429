/**
 * Problems as data (STYLE §6). Every check in Careway — the schema, the
 * expression type checker, the analysis, the engine's view of an answer, the
 * FHIR mapping, usage records, the publish gate, reading a file — reports
 * this one shape, so that the designer, the CLI, the runtime and CI show,
 * filter, sort and count problems in one way.
 */
import type { IssueCode } from './codes.js';

/**
 * How bad a problem is: an `error` makes the document unusable (or an answer
 * unacceptable), a `warning` asks a person to look, `info` is a figure or a
 * faithful mapping worth knowing.
 */
export type Severity = 'error' | 'warning' | 'info';

/** A JSON path into the document, e.g. `['nodes', 3, 'fields', 0, 'min']`. */
export type IssuePath = (string | number)[];

/** A range of characters in a text: `from` inclusive, `to` exclusive (UTF-16 offsets). */
export interface SourceRange {
  readonly from: number;
  readonly to: number;
}

/**
 * One problem. Only `code`, `severity`, `path` and `message` are always
 * there; the rest say where it is in the terms of whoever must act on it.
 */
export interface Issue<C extends IssueCode = IssueCode> {
  /** Stable snake_case code from one of core's catalogues, e.g. `unknown_reference`; safe to match on. */
  readonly code: C;
  readonly severity: Severity;
  /**
   * Where in the document: a JSON path (`[]` is the document itself, or the
   * text when the problem is in an expression's or a file's text).
   */
  readonly path: IssuePath;
  /** A sentence for the person who must act, naming what is concerned. The wording may improve; the code does not change. */
  readonly message: string;
  /** The node concerned (for an edge, the node it leaves). */
  readonly nodeId?: string;
  /** The edge concerned. */
  readonly edgeId?: string;
  /** The question, variable or score, or context fact (`context.<id>`) concerned. */
  readonly fieldId?: string;
  /** The characters to underline in an expression's text. */
  readonly range?: SourceRange;
  /** The place in a text file: 1-based line (and column), e.g. a JSON syntax error or an NDJSON line. */
  readonly line?: number;
  readonly column?: number;
  /** A FHIR Questionnaire item's `linkId`. */
  readonly linkId?: string;
  /** Route findings: node ids from the start to where the problem shows. */
  readonly route?: readonly string[];
  /** Route findings: answers (and `context.<id>` values) that make it happen in the engine. */
  readonly counterExample?: Readonly<Record<string, unknown>>;
  /** Route findings that show only on some days: the date to take as today to see it (`YYYY-MM-DD`). */
  readonly today?: string;
  /** A pathway validation rule's own `code`, for `validation_failed`. */
  readonly rule?: string;
  /** The values the message was worded from, to word it again in another language (see `wordIssue`). */
  readonly params?: IssueParams;
}

/**
 * The values an issue's message is worded from, kept so that it can be
 * worded again in another language: the limits, units, names and ids the
 * message quotes, never an answer.
 */
export interface IssueParams {
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
  /** What a limit counts: `characters`, `choices` or `files`. */
  readonly of?: string;
  /** An option's label. */
  readonly option?: string;
  /** A file's name, its allowed types and largest size. */
  readonly file?: string;
  readonly accept?: readonly string[];
  readonly size?: string;
  /** An id, a page's title, a context fact's type, a date given as today, a defect's detail. */
  readonly id?: string;
  readonly page?: string;
  readonly type?: string;
  readonly today?: string;
  readonly detail?: string;
  /** The index of a failed validation rule in its field's `validations`. */
  readonly index?: number;
}

/** Where an issue is, beyond its path: the optional fields of {@link Issue}. */
export type IssuePlace = Omit<Issue, 'code' | 'severity' | 'path' | 'message'>;

/**
 * Makes an issue; the severity defaults to `error`, and places that are
 * `undefined` are left out.
 *
 * @example
 * issue('duplicate_id', ['nodes', 4, 'id'], 'Node id "fit" is used twice', 'error', { nodeId: 'fit' })
 */
export function issue<C extends IssueCode>(
  code: C,
  path: IssuePath,
  message: string,
  severity: Severity = 'error',
  place: { [K in keyof IssuePlace]?: IssuePlace[K] | undefined } = {},
): Issue<C> {
  const out: Record<string, unknown> = { code, severity, path, message };
  for (const key of Object.keys(place) as (keyof IssuePlace)[])
    if (place[key] !== undefined) out[key] = place[key];
  return out as unknown as Issue<C>;
}

/** True when at least one issue is an error. */
export function hasErrors(issues: readonly Pick<Issue, 'severity'>[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/**
 * Writes a path the way a developer reads it in a console:
 * `['nodes', 3, 'fields', 0, 'min']` → `nodes[3].fields[0].min`; `[]` → `(document)`.
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(document)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Orders issues for display: errors, then warnings, then information;
 * otherwise in the order they were found. Returns a new array.
 */
export function sortIssues<T extends Pick<Issue, 'severity'>>(issues: readonly T[]): T[] {
  return issues
    .map((value, index) => ({ value, index }))
    .sort((a, b) => RANK[a.value.severity] - RANK[b.value.severity] || a.index - b.index)
    .map((x) => x.value);
}

/** What makes two issues the same: the code and the place (path, node, edge, field, range, line). */
function identity(i: Issue): string {
  const range = i.range ? `${i.range.from}-${i.range.to}` : '';
  return `${i.code}|${i.path.join('.')}|${i.nodeId ?? ''}|${i.edgeId ?? ''}|${i.fieldId ?? ''}|${range}|${i.line ?? ''}`;
}

/**
 * Drops repeats: the same code at the same place (found, say, by both the
 * schema and the analysis). The first is kept. Returns a new array.
 */
export function dedupeIssues<T extends Issue>(issues: readonly T[]): T[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = identity(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A list cut to its first items for a short report, with how many were left out. */
export interface Shortlist<T> {
  readonly shown: readonly T[];
  /** How many were left out; 0 when all are shown. */
  readonly more: number;
}

/**
 * The first `limit` items and how many more there are: every short report of
 * issues ("the first 10 … and 4 more") cuts its list here.
 *
 * @example
 * const { shown, more } = shortlist(issues, 10);
 * lines.push(...shown.map((i) => i.message), ...(more ? [andMore(more)] : []));
 */
export function shortlist<T>(items: readonly T[], limit: number): Shortlist<T> {
  const n = Math.max(0, Math.floor(limit));
  return { shown: items.slice(0, n), more: Math.max(0, items.length - n) };
}

/** The words that close a shortlist: `… and 4 more`. */
export function andMore(more: number): string {
  return `… and ${more} more`;
}
