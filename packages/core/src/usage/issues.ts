/**
 * Issues about usage records, in the shape of every Careway issue (stable
 * snake_case `code`, `path`, `severity`, `message`) with one difference that
 * matters: a message never quotes the value it refuses, nor the name of a
 * property it does not know. A refused value may be exactly the patient data
 * the format keeps out, and issues end up in consoles and logs.
 */
import type * as z from 'zod/mini';
import { dedupeIssues, issue, formatPath, type Issue, type IssuePath } from '../issues/issue.js';
import { closest } from '../schema/suggest.js';
import { asToken, CHECK_TOKENS } from '../schema/tokens.js';
import { NODE_KINDS } from '../schema/nodes.js';
import { EXPECTED, isMissing } from '../schema/zod-issues.js';
import { USAGE_LANGUAGES, USAGE_LAYOUTS, USAGE_LIMITS, USAGE_STATUSES } from './format.js';

/** Every issue code reading a usage record may report, with what it means. */
export const USAGE_ISSUE_CODES = {
  missing_property: 'A required property is absent.',
  unknown_property: 'A property the format does not have (its name is not shown), or "__proto__".',
  invalid_type: 'A value of the wrong type, e.g. text where a number belongs.',
  invalid_value: 'A value outside the allowed set or format.',
  invalid_id: 'An id that does not follow the id pattern of its kind (node, edge, field, pathway).',
  reserved_id: 'An id that is a reserved word.',
  invalid_session_id: 'A session id that is not a version 4 UUID in lower case.',
  invalid_timestamp: 'A timestamp that is not a real UTC time written as toISOString() writes it.',
  invalid_version: 'A pathway version that is not a semantic version.',
  out_of_range: 'A number of milliseconds that is negative, fractional or beyond 31 days.',
  too_long: 'A list longer than 10 000 items.',
  invalid_range: 'A record that ends before it starts.',
  not_applicable: 'An `outcome` or `abandonedAt` that does not fit the status.',
  unsupported_format: 'A record of another format or format version.',
  other_pathway: 'Checked against a pathway: a record of another pathway.',
  unknown_reference: 'Checked against a pathway: a node, edge or field id the pathway does not have.',
  invalid_reference: 'Checked against a pathway: an id of the wrong kind, e.g. an outcome that is a step.',
  not_json: 'An input that is not plain JSON data (a function, a cycle, NaN, a getter...).',
  too_large: 'An input beyond what a usage record can hold.',
  invalid_json: 'An NDJSON line that is not JSON.',
  too_many_issues: 'More issues were found than are listed.',
  internal_error: 'Careway failed while reading the record; a bug to report.',
} as const;

/** An issue code of the usage layer. */
export type UsageIssueCode = keyof typeof USAGE_ISSUE_CODES;

const ms = `a whole number of milliseconds from 0 to ${USAGE_LIMITS.maxMs.toLocaleString('en-GB')} (31 days)`;

/** What each of the record's own check tokens means, and the code it becomes. */
const USAGE_TOKENS: Record<string, { code: UsageIssueCode; says: string }> = {
  usage_list: { code: 'too_long', says: `must be a list of at most ${USAGE_LIMITS.maxEvents} items` },
  usage_ms: { code: 'out_of_range', says: `must be ${ms}` },
  usage_timestamp: {
    code: 'invalid_timestamp',
    says: 'must be a UTC time written YYYY-MM-DDTHH:MM:SS.sssZ (as toISOString() writes it), from 2000 to 2099',
  },
  usage_version: {
    code: 'invalid_version',
    says: `must be a semantic version such as 1.0.0, of at most ${USAGE_LIMITS.maxVersionLength} characters`,
  },
  usage_fingerprint: {
    code: 'invalid_value',
    says: 'must be a fingerprint as fingerprint() writes it: sha256: and 64 hex digits',
  },
  usage_session_id: {
    code: 'invalid_session_id',
    says: 'must be a random session id: a version 4 UUID in lower case',
  },
  usage_kind: { code: 'invalid_value', says: `must be one of: ${NODE_KINDS.join(', ')}` },
  usage_status: { code: 'invalid_value', says: `must be one of: ${USAGE_STATUSES.join(', ')}` },
  usage_language: { code: 'invalid_value', says: `must be one of: ${USAGE_LANGUAGES.join(', ')}` },
  usage_layout: { code: 'invalid_value', says: `must be one of: ${USAGE_LAYOUTS.join(', ')}` },
  usage_boolean: { code: 'invalid_type', says: 'must be true or false' },
  usage_format: { code: 'unsupported_format', says: 'must be "careway-usage"' },
  usage_format_version: {
    code: 'unsupported_format',
    says: 'must be 1, the usage record format this Careway reads',
  },
};

/** The properties of each object in a record, for "did you mean" without naming the unknown key. */
const SHAPES: Record<string, readonly string[]> = {
  record: [
    'format',
    'formatVersion',
    'pathway',
    'sessionId',
    'startedAt',
    'endedAt',
    'status',
    'outcome',
    'abandonedAt',
    'resumed',
    'visits',
    'edges',
    'backs',
    'changed',
    'prefilled',
    'prefillOverridden',
    'language',
    'layout',
    'truncated',
  ],
  pathway: ['id', 'version', 'fingerprint'],
  visits: ['node', 'kind', 'at', 'ms'],
  backs: ['from', 'to', 'at'],
};

const ALL_KEYS = new Set(Object.values(SHAPES).flat());

function shapeAt(path: IssuePath): readonly string[] {
  if (path.length === 0) return SHAPES.record ?? [];
  const key = path[0];
  if (path.length === 1 && key === 'pathway') return SHAPES.pathway ?? [];
  if (path.length === 2 && (key === 'visits' || key === 'backs')) return SHAPES[key] ?? [];
  return [];
}

/** The path up to (not including) the first key that is not one of the format's own. */
export function safePath(path: readonly PropertyKey[]): IssuePath {
  const out: IssuePath = [];
  for (const part of path) {
    if (typeof part === 'number') out.push(part);
    else if (typeof part === 'string' && ALL_KEYS.has(part)) out.push(part);
    else break;
  }
  return out;
}

/** The subject of a message: `visits[2].node`, or "The record" for the record itself. */
export function where(path: IssuePath): string {
  return path.length === 0 ? 'The record' : formatPath(path);
}

function translate(iss: z.core.$ZodIssue): { code: UsageIssueCode; says: string } {
  const ours = USAGE_TOKENS[iss.message];
  const shared = asToken(iss.message);
  const check = shared === undefined ? undefined : CHECK_TOKENS[shared];
  // A check shared with the pathway schema keeps its code when a usage record can have it.
  const known =
    ours ??
    (check && {
      code: Object.hasOwn(USAGE_ISSUE_CODES, check.code) ? (check.code as UsageIssueCode) : 'invalid_value',
      says: check.says,
    });
  if (iss.code === 'invalid_type')
    return { code: 'invalid_type', says: known?.says ?? `must be ${EXPECTED[iss.expected] ?? iss.expected}` };
  if (known !== undefined) return known;
  if (iss.code === 'too_big') return { code: 'too_long', says: 'is too long' };
  return { code: 'invalid_value', says: 'is not valid' };
}

/** Maps zod's issues from parsing `document` against the record schema to usage issues. */
export function fromZod(zodIssues: readonly z.core.$ZodIssue[], document: unknown): Issue[] {
  const out: Issue[] = [];
  for (const iss of zodIssues) {
    const path = safePath(iss.path);
    if (iss.code === 'unrecognized_keys') {
      const known = shapeAt(path);
      for (const key of iss.keys) {
        const guess = key === '__proto__' ? undefined : closest(key, known);
        const hint = guess === undefined ? '.' : `; did you mean "${guess}"?`;
        out.push(
          issue(
            'unknown_property',
            path,
            `${where(path)} has a property that is not part of the usage record format (its name is not shown)${hint}`,
          ),
        );
      }
      continue;
    }
    if (path.length === iss.path.length && isMissing(document, path)) {
      out.push(issue('missing_property', path, `${where(path)} is required.`));
      continue;
    }
    const { code, says } = translate(iss);
    out.push(issue(code, path, `${where(path)} ${says}.`));
  }
  return dedupeIssues(out);
}

/** Rewrites the plain-JSON guard's issues so that they name no unknown key and quote no value. */
export function fromGuard(issues: readonly Issue[]): Issue[] {
  return issues.map((i) => {
    const path = safePath(i.path);
    const message =
      i.code === 'too_large'
        ? `${where(path)} is larger than a usage record can be.`
        : i.code === 'unknown_property'
          ? `${where(path)} has a "__proto__" property, which no usage record may have.`
          : `${where(path)} is not plain JSON data (a function, a cycle, NaN, a getter or a class instance).`;
    return issue(i.code, path, message);
  });
}
