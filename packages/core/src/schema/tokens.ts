/**
 * Our issue codes travel through zod as the message of the check that
 * failed: `z.regex(ID_PATTERN, token('invalid_id'))`. The issue mapper
 * (`zod-issues.ts`) recognises them and writes the sentence.
 */

/** The codes a schema check may raise, with the issue code each becomes and what it means. */
export const CHECK_TOKENS = {
  invalid_id: { code: 'invalid_id', says: 'must be an id: a letter, then letters, digits, "_" or "-"' },
  invalid_field_id: {
    code: 'invalid_id',
    says: 'must be a field id: a lower-case letter, then lower-case letters, digits or "_"',
  },
  invalid_pathway_id: {
    code: 'invalid_id',
    says: 'must be a pathway id: a lower-case letter, then lower-case letters, digits or "-"',
  },
  invalid_recommendation_id: {
    code: 'invalid_id',
    says: 'must be a recommendation id as the guideline numbers it: letters, digits, ".", "_" or "-", e.g. 1.1.1',
  },
  invalid_source_ref: {
    code: 'invalid_id',
    says: 'must name a source, or one recommendation of it: nice-cg150 or nice-cg150#1.1.1',
  },
  invalid_option_value: {
    code: 'invalid_value',
    says: 'must be an option value: lower-case letters, digits, "_" or "-", starting with a letter or digit',
  },
  reserved_id: { code: 'reserved_id', says: 'is a reserved word and cannot be used as an id' },
  empty: { code: 'empty', says: 'must not be empty' },
  invalid_date: { code: 'invalid_date', says: 'must be a real date written YYYY-MM-DD' },
  invalid_version: {
    code: 'invalid_version',
    says: 'must be a semantic version such as 1.0.0 or 1.2.0-rc.1',
  },
  invalid_url: { code: 'invalid_url', says: 'must be a web address starting https:// or http://' },
  invalid_uri: {
    code: 'invalid_value',
    says: 'must be a URI naming a code system, e.g. http://snomed.info/sct',
  },
  invalid_code: { code: 'invalid_value', says: 'must be a code without leading, trailing or inner spaces' },
  invalid_mime: { code: 'invalid_value', says: 'must be a MIME type such as application/pdf or image/*' },
  invalid_answer: {
    code: 'invalid_answer',
    says: 'must be an answer: true or false, text, a number, a list of option values or a list of attachments',
  },
  invalid_context_value: {
    code: 'invalid_answer',
    says: 'must be a context value: true or false, text, a number or a list of option values',
  },
  invalid_text_key: {
    code: 'invalid_key',
    says: 'is not a text key: write e.g. node.<nodeId>.title or field.<fieldId>.label',
  },
  invalid_fingerprint: {
    code: 'invalid_value',
    says: 'must be a fingerprint as fingerprint() writes it: sha256: and 64 hex digits',
  },
  not_integer: { code: 'invalid_type', says: 'must be a whole number' },
  positive: { code: 'out_of_range', says: 'must be more than 0' },
  non_negative: { code: 'out_of_range', says: 'must not be negative' },
} as const;

/** A check token. */
export type CheckToken = keyof typeof CHECK_TOKENS;

/**
 * The zod error parameter that carries one of our codes. `abort` stops the
 * value's later checks, so that one mistake gives one issue.
 */
export function token(code: CheckToken, abort = false): { error: CheckToken; abort?: boolean } {
  return abort ? { error: code, abort } : { error: code };
}

/** The token a zod message is, if it is one of ours. */
export function asToken(message: string): CheckToken | undefined {
  return Object.prototype.hasOwnProperty.call(CHECK_TOKENS, message) ? (message as CheckToken) : undefined;
}
