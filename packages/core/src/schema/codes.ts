/**
 * Every issue code the schema layer reports, with what it means. Codes are
 * stable: tools may match on them. Other layers of core add their own.
 */
import type { Issue } from '../issues/issue.js';

export const SCHEMA_ISSUE_CODES = {
  missing_property: 'A required property is absent.',
  unknown_property: 'A property the format does not have (often a typo), or "__proto__".',
  invalid_type: 'A value of the wrong type, e.g. text where a number belongs.',
  invalid_value: 'A value outside the allowed set or format.',
  invalid_id: 'An id that does not follow the id pattern of its kind.',
  reserved_id: 'An id that is a reserved word.',
  invalid_key: 'A key of a map (answers, layout, translations) that is not valid.',
  empty: 'Text that is empty or only spaces.',
  too_few: 'A list with fewer items than it needs, e.g. a step without fields.',
  too_long: 'Text or a list longer than allowed, e.g. an expression over 10 000 characters.',
  out_of_range: 'A number outside its allowed range.',
  invalid_date: 'A date that is not a real calendar date written YYYY-MM-DD.',
  invalid_version: 'A version that is not a semantic version.',
  invalid_url: 'A web address that is not http or https.',
  duplicate_id: 'An id used twice where ids must be unique.',
  duplicate_value: 'An option value used twice within one field.',
  unknown_reference: 'An id that names nothing in the pathway.',
  invalid_reference:
    'An id that names something of the wrong kind, e.g. a scenario expecting a step as its outcome.',
  invalid_range: 'A minimum greater than its maximum.',
  invalid_answer: 'A scenario answer or context value that does not fit its field.',
  not_applicable: 'A property that has no meaning where it is, e.g. "redFlag" on a display field.',
  control_character:
    'Text holding a control character other than tab and new lines (e.g. NUL), or a bidirectional embedding, override or isolate character (U+202A–U+202E, U+2066–U+2069).',
  unsupported_schema_version: 'A schemaVersion this Careway cannot read.',
  too_large: 'An input beyond the limits Careway reads (LIMITS).',
  not_json: 'An input that is not plain JSON data (a function, a cycle, NaN...).',
  too_many_issues: 'More issues were found than are listed.',
  internal_error: 'Careway failed while reading the document; a bug to report.',
  missing_approval: 'Warning: an active pathway that nobody has signed off.',
  stale_approval: 'Warning: a sign-off given to different clinical content.',
  unknown_translation_key: 'Warning: a translation for a text that does not exist.',
  invalid_snomed_code: 'Warning: a SNOMED CT code that cannot be a concept id.',
} as const;

/** An issue code of the schema layer. */
export type SchemaIssueCode = keyof typeof SCHEMA_ISSUE_CODES;

/**
 * The codes of the rules a schema cannot express (`checkPathwayRules`):
 * identity, references, ranges, red flags, scenarios, sign-off,
 * translations and codes. The analysis reports them as its document rules.
 */
export const DOCUMENT_RULE_CODES = [
  'duplicate_id',
  'unknown_reference',
  'invalid_reference',
  'duplicate_value',
  'invalid_range',
  'invalid_type',
  'missing_property',
  'not_applicable',
  'invalid_value',
  'invalid_answer',
  'control_character',
  'missing_approval',
  'stale_approval',
  'unknown_translation_key',
  'invalid_snomed_code',
] as const satisfies readonly SchemaIssueCode[];

/** A code of {@link DOCUMENT_RULE_CODES}. */
export type DocumentRuleCode = (typeof DOCUMENT_RULE_CODES)[number];

/** An issue of the document rules. */
export type RuleIssue = Issue<DocumentRuleCode>;
