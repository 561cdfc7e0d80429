/**
 * The small shared building blocks of the pathway document: ids, text,
 * expressions, dates, versions, codings and units.
 *
 * A check that fails reports one of our own issue codes as its zod message
 * (see `tokens.ts`); `zod-issues.ts` turns it into a sentence.
 */
import { RESERVED_WORDS } from '../expr/words.js';
import * as z from './zod.js';
import { token, type CheckToken } from './tokens.js';

/** Node, edge, scenario and source ids. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Field, variable and context ids: usable as names in expressions. */
export const FIELD_ID_PATTERN = /^[a-z][a-z0-9_]*$/;
/** Pathway ids, e.g. `suspected-dvt`. */
export const PATHWAY_ID_PATTERN = /^[a-z][a-z0-9-]*$/;
/** Option values, used in expressions and answers. */
export const OPTION_VALUE_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
/** The longest id of any kind. */
export const MAX_ID_LENGTH = 100;
/** The longest expression, in characters. */
export const MAX_EXPR_LENGTH = 10_000;

/**
 * Names no id may take: the members of `Object.prototype`, which would
 * collide with lookups on plain objects (`answers.constructor`) in any code
 * that reads the document.
 */
export const RESERVED_IDS: readonly string[] = [
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  'prototype',
];

/**
 * Names no field, variable or context id may take: the reserved ids and the
 * expression language's {@link RESERVED_WORDS}, so that every id reads unambiguously in
 * a condition.
 */
export const RESERVED_FIELD_IDS: readonly string[] = [...RESERVED_IDS, ...RESERVED_WORDS];

const notReserved = (reserved: readonly string[]) =>
  z.refine<string>((s) => !reserved.includes(s), token('reserved_id'));

const id = (pattern: RegExp, code: CheckToken, reserved: readonly string[]) =>
  z
    .string()
    .check(
      z.maxLength(MAX_ID_LENGTH, { abort: true }),
      z.regex(pattern, token(code, true)),
      notReserved(reserved),
    );

/** A node, edge, scenario or source id. */
export const IdSchema = id(ID_PATTERN, 'invalid_id', RESERVED_IDS);

/** The id of a recommendation within its source, as the guideline numbers it: `1.1.1`, `1.3.2b`, `table-1`. */
export const RECOMMENDATION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * A reference from a question, option, red flag, edge or node to what it
 * implements: a source id (`nice-cg150`) or one recommendation of it
 * (`nice-cg150#1.1.1`).
 */
export const SOURCE_REF_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*(?:#[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
/** A recommendation id. */
export const RecommendationIdSchema = z
  .string()
  .check(
    z.maxLength(MAX_ID_LENGTH),
    z.regex(RECOMMENDATION_ID_PATTERN, token('invalid_recommendation_id', true)),
  );
/** A source reference: `source` or `source#recommendation`. */
export const SourceRefSchema = z
  .string()
  .check(z.maxLength(2 * MAX_ID_LENGTH + 1), z.regex(SOURCE_REF_PATTERN, token('invalid_source_ref', true)));
/** The sources (or recommendations of them) an element implements. */
export const SourceRefsSchema = z.array(SourceRefSchema);

/** A source reference split into its source and, when it names one, its recommendation. */
export interface SourceRef {
  readonly source: string;
  readonly recommendation?: string;
}

/**
 * Splits a source reference.
 *
 * @example
 * parseSourceRef('nice-cg150#1.1.1') // { source: 'nice-cg150', recommendation: '1.1.1' }
 * parseSourceRef('nice-ng12') // { source: 'nice-ng12' }
 */
export function parseSourceRef(ref: string): SourceRef {
  const hash = ref.indexOf('#');
  return hash < 0 ? { source: ref } : { source: ref.slice(0, hash), recommendation: ref.slice(hash + 1) };
}
/** A field, variable or context id. */
export const FieldIdSchema = id(FIELD_ID_PATTERN, 'invalid_field_id', RESERVED_FIELD_IDS);
/** A pathway id. */
export const PathwayIdSchema = id(PATHWAY_ID_PATTERN, 'invalid_pathway_id', RESERVED_IDS);
/** An option value. */
export const OptionValueSchema = z
  .string()
  .check(z.maxLength(MAX_ID_LENGTH), z.regex(OPTION_VALUE_PATTERN, token('invalid_option_value')));

/** Plain text that must say something (not empty, not only spaces). */
export const TextSchema = z.string().check(z.regex(/\S/, token('empty')));
/** Text in the safe markup subset (see `parseMarkup`); never HTML. */
export const RichTextSchema = z.string().check(z.regex(/\S/, token('empty')));
/** An expression in the Careway expression language, in its text form. */
export const ExprSchema = z.string().check(z.regex(/\S/, token('empty')), z.maxLength(MAX_EXPR_LENGTH));

/** True when `s` is a real calendar date written `YYYY-MM-DD` (no 2023-02-30). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** True when `s` is a semantic version (semver 2.0.0), e.g. `1.0.0` or `2.1.0-rc.1`. */
export function isSemver(s: string): boolean {
  return s.length <= 256 && SEMVER.test(s);
}

const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;

/** True when `s` is an absolute http or https address with a host. */
export function isHttpUrl(s: string): boolean {
  return HTTP_URL.test(s);
}

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, token('invalid_date', true)),
    z.refine<string>(isIsoDate, token('invalid_date')),
  );
/** A semantic version. */
export const SemverSchema = z
  .string()
  .check(z.maxLength(256, { abort: true }), z.regex(SEMVER, token('invalid_version')));
/** A web address (http or https). */
export const HttpUrlSchema = z
  .string()
  .check(z.maxLength(2048, { abort: true }), z.regex(HTTP_URL, token('invalid_url')));
/** A URI naming a code system, e.g. `http://snomed.info/sct`. */
export const UriSchema = z
  .string()
  .check(z.maxLength(2048, { abort: true }), z.regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, token('invalid_uri')));

/** A code from a terminology (SNOMED CT, LOINC, UCUM...). */
export const CodingSchema = z.strictObject({
  system: UriSchema,
  code: z.string().check(z.maxLength(256), z.regex(/^\S(?:.*\S)?$/, token('invalid_code'))),
  display: z.exactOptional(TextSchema),
});

/** A unit shown beside a number, with its UCUM code when there is one. */
export const UnitSchema = z.strictObject({
  label: TextSchema,
  ucum: z.exactOptional(z.string().check(z.regex(/^\S+$/, token('invalid_code')))),
});

/** SNOMED CT's code system URI. */
export const SNOMED_CT = 'http://snomed.info/sct';
/** LOINC's code system URI. */
export const LOINC = 'http://loinc.org';
/** UCUM's code system URI. */
export const UCUM = 'http://unitsofmeasure.org';

/** A code from a terminology. */
export type Coding = z.infer<typeof CodingSchema>;
/** A unit of measure. */
export type Unit = z.infer<typeof UnitSchema>;
