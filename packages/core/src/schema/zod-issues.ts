/**
 * Turns zod's issues into ours: stable codes, and sentences a clinical lead
 * can act on, naming the node or field by id.
 */
import type { SchemaIssueCode } from './codes.js';
import type * as z from 'zod/mini';
import { sentence, shown } from './describe.js';
import { issue, type Issue, type IssuePath, dedupeIssues } from '../issues/issue.js';
import { closest, knownKeys } from './suggest.js';
import { asToken, CHECK_TOKENS, type CheckToken } from './tokens.js';

/** How a message names the type zod expected (`expected` of an `invalid_type` issue). */
export const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function valueAt(document: unknown, path: IssuePath): unknown {
  let value = document;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Whether `path` names a property that its (existing) parent object does not have. */
export function isMissing(document: unknown, path: IssuePath): boolean {
  const last = path[path.length - 1];
  const parent = valueAt(document, path.slice(0, -1));
  return (
    typeof last === 'string' &&
    typeof parent === 'object' &&
    parent !== null &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, last)
  );
}

const found = (value: unknown): string => (value === undefined ? '' : ` (found ${shown(value)})`);

function oneOf(values: readonly unknown[], value: unknown): string {
  const list = values.map((v) => (typeof v === 'string' ? v : String(v))).join(', ');
  const guess =
    typeof value === 'string'
      ? closest(
          value,
          values.filter((v): v is string => typeof v === 'string'),
        )
      : undefined;
  return `must be one of: ${list}${found(value)}${guess === undefined ? '' : `; did you mean "${guess}"?`}`;
}

function plural(n: number | bigint, noun: string): string {
  return `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** Our code and phrase for a check token; an empty text is not worth quoting. */
function fromToken(token: CheckToken, value: unknown): { code: SchemaIssueCode; phrase: string } {
  const { code, says } = CHECK_TOKENS[token];
  return { code, phrase: token === 'empty' ? says : says + found(value) };
}

/** Our code and phrase for one zod issue at `path`, where `value` is what the document holds. */
function translate(
  iss: z.core.$ZodIssue,
  path: IssuePath,
  value: unknown,
): { code: SchemaIssueCode; phrase: string } {
  const token = asToken(iss.message);
  switch (iss.code) {
    case 'invalid_type':
      if (token !== undefined) return fromToken(token, value);
      return {
        code: 'invalid_type',
        phrase: `must be ${EXPECTED[iss.expected] ?? iss.expected}${found(value)}`,
      };
    case 'too_small':
      if (token !== undefined) return fromToken(token, value);
      if (iss.origin === 'string') return { code: 'empty', phrase: 'must not be empty' };
      if (iss.origin === 'array') {
        const noun = path[path.length - 1] === 'fields' ? 'field' : 'item';
        return { code: 'too_few', phrase: `must have at least ${plural(iss.minimum, noun)}` };
      }
      return {
        code: 'out_of_range',
        phrase: `must be ${iss.inclusive === false ? 'more than' : 'at least'} ${String(iss.minimum)}${found(value)}`,
      };
    case 'too_big':
      if (iss.origin === 'string') {
        const length = typeof value === 'string' ? `; it has ${value.length}` : '';
        return {
          code: 'too_long',
          phrase: `is too long: at most ${plural(iss.maximum, 'character')}${length}`,
        };
      }
      if (iss.origin === 'array')
        return { code: 'too_long', phrase: `has too many items: at most ${String(iss.maximum)}` };
      return {
        code: 'out_of_range',
        phrase: `must be ${iss.inclusive === false ? 'less than' : 'at most'} ${String(iss.maximum)}${found(value)}`,
      };
    case 'invalid_value':
      return { code: 'invalid_value', phrase: oneOf(iss.values, value) };
    case 'invalid_union':
      if (token !== undefined) return fromToken(token, value);
      if (iss.discriminator !== undefined && 'options' in iss && iss.options)
        return { code: 'invalid_value', phrase: oneOf(iss.options, value) };
      return { code: 'invalid_value', phrase: `is not valid here${found(value)}` };
    default:
      if (token !== undefined) return fromToken(token, value);
      return { code: 'invalid_value', phrase: `is not valid${found(value)}` };
  }
}

/**
 * Maps zod issues (from parsing `document` against `root`) to Careway issues.
 *
 * @param document The plain JSON that was parsed; used to name nodes and fields.
 * @param root The schema it was parsed against; used to suggest property names.
 */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  document: unknown,
  root: z.core.$ZodType,
): Issue[] {
  const out: Issue[] = [];
  for (const iss of zodIssues) {
    const path = iss.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
    if (iss.code === 'unrecognized_keys') {
      const known = knownKeys(root, document, path) ?? [];
      for (const key of iss.keys) {
        const guess = closest(key, known);
        const hint = guess === undefined ? '' : `; did you mean "${guess}"?`;
        const keyPath = [...path, key];
        out.push(
          issue(
            'unknown_property',
            keyPath,
            `${sentence(document, keyPath, 'is not a known property')}${hint}`,
          ),
        );
      }
      continue;
    }
    if (iss.code === 'invalid_key') {
      const inner = iss.issues.map((i) => asToken(i.message)).find((t) => t !== undefined);
      const why = inner === undefined ? 'it is not allowed here' : CHECK_TOKENS[inner].says;
      const key = String(path[path.length - 1]);
      out.push(
        issue(
          'invalid_key',
          path,
          sentence(document, path.slice(0, -1), `has an invalid key ${JSON.stringify(key)}: it ${why}`),
        ),
      );
      continue;
    }
    const value = valueAt(document, path);
    if (isMissing(document, path)) {
      const options =
        iss.code === 'invalid_value'
          ? iss.values
          : iss.code === 'invalid_union' && 'options' in iss
            ? iss.options
            : undefined;
      const what = options && options.length > 0 ? `: one of ${options.map(String).join(', ')}` : '';
      out.push(issue('missing_property', path, `${sentence(document, path, 'is required')}${what}`));
      continue;
    }
    const { code, phrase } = translate(iss, path, value);
    out.push(issue(code, path, sentence(document, path, phrase)));
  }
  // One issue per code and place: a value that breaks two checks of the same kind is one mistake.
  return dedupeIssues(out);
}
