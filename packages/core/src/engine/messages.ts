/**
 * Error messages in the NHS design system's voice: say what to do
 * ("Enter the FIT result", "Select yes if the patient is pregnant"), name
 * the thing, give the range with its unit. The noun comes from the field's
 * label: "FIT result" → "the FIT result"; "What is the patient's sex?" →
 * "the patient's sex"; a question we cannot turn into a noun is quoted.
 */
import type { Field } from './doc.js';

const AUX =
  /^(is|are|has|have|was|were|can|could|will|would|should)\s+(the patient|the person|the child|there|they|he|she|you|it|we)\s+(.+)$/i;
const WHAT = /^(?:what|which)\s+(?:is|was|are|were)\s+(.+)$/i;

function stripQuestion(label: string): string {
  return label
    .trim()
    .replace(/[?:.]\s*$/, '')
    .trim();
}

function lowerFirst(text: string): string {
  // Keep acronyms and codes as written: "FIT result", "eGFR", "PSA level".
  const word = /^\S+/.exec(text)?.[0] ?? '';
  if (/[A-Z].*[A-Z]/.test(word) || /\d/.test(word) || /^[a-z]+[A-Z]/.test(word)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The field's subject as a noun phrase for messages ("the FIT result"), or
 * `undefined` when the label is a question that does not name one.
 */
export function subjectOf(field: Pick<Field, 'label'>): string | undefined {
  const bare = stripQuestion(field.label);
  const what = WHAT.exec(bare);
  if (what?.[1]) return what[1];
  if (/\?\s*$/.test(field.label)) return undefined;
  const noun = lowerFirst(bare);
  return /^(the|a|an|this|that|their|his|her|your|any)\s/i.test(noun) ? noun : `the ${noun}`;
}

/** The subject at the start of a sentence ("The FIT result", or "The answer"). */
function subjectStart(field: Field): string {
  return upperFirst(subjectOf(field) ?? 'the answer');
}

function quoted(field: Field): string {
  return `“${field.label.trim()}”`;
}

/** "Select yes if the patient is pregnant", from "Is the patient pregnant?". */
function yesIf(field: Field): string {
  const aux = AUX.exec(stripQuestion(field.label));
  if (aux?.[1] && aux[2] && aux[3])
    return `Select yes if ${aux[2].toLowerCase()} ${aux[1].toLowerCase()} ${aux[3]}`;
  return `Select yes or no for ${quoted(field)}`;
}

/** The message for a visible required field left unanswered. */
export function requiredMessage(field: Field): string {
  const subject = subjectOf(field);
  switch (field.type) {
    case 'boolean':
      return yesIf(field);
    case 'choice':
    case 'multi-choice':
      return subject ? `Select ${subject}` : `Select an answer for ${quoted(field)}`;
    case 'attachment':
      return subject ? `Upload ${subject}` : `Upload a file for ${quoted(field)}`;
    default:
      return subject ? `Enter ${subject}` : `Enter an answer for ${quoted(field)}`;
  }
}

/** The message for a value of the wrong kind (e.g. text for a number). */
export function invalidTypeMessage(field: Field): string {
  switch (field.type) {
    case 'integer':
      return `${subjectStart(field)} must be a whole number`;
    case 'decimal':
      return `${subjectStart(field)} must be a number`;
    case 'date':
      return `${subjectStart(field)} must be a real date`;
    case 'boolean':
      return yesIf(field);
    case 'attachment':
      return `Select a file for ${quoted(field)}`;
    default:
      return requiredMessage(field);
  }
}

function withUnit(n: number, unit: string | undefined): string {
  return unit ? `${n} ${unit}` : String(n);
}

/** "The FIT result must be between 0 and 400 µg Hb/g". */
export function rangeMessage(
  field: Field,
  min: number | undefined,
  max: number | undefined,
  unit?: string,
): string {
  const s = subjectStart(field);
  if (min !== undefined && max !== undefined) return `${s} must be between ${min} and ${withUnit(max, unit)}`;
  if (min !== undefined) return `${s} must be ${withUnit(min, unit)} or more`;
  return `${s} must be ${withUnit(max ?? 0, unit)} or less`;
}

/** Messages for the other built-in checks. */
export const messages = {
  notInteger: (f: Field) => `${subjectStart(f)} must be a whole number`,
  invalidOption: (f: Field) => `Select ${subjectOf(f) ?? 'an answer'} from the list`,
  invalidDate: (f: Field) => `${subjectStart(f)} must be a real date`,
  dateInFuture: (f: Field) => `${subjectStart(f)} must be today or in the past`,
  tooLong: (f: Field, max: number) => `${subjectStart(f)} must be ${max} characters or fewer`,
  exclusive: (f: Field, label: string) => `Select “${label}” or other options for ${quoted(f)}, not both`,
  tooFewFiles: (f: Field, min: number) =>
    `Upload at least ${min} ${min === 1 ? 'file' : 'files'} for ${quoted(f)}`,
  tooManyFiles: (f: Field, max: number) =>
    `Upload no more than ${max} ${max === 1 ? 'file' : 'files'} for ${quoted(f)}`,
  fileType: (name: string, accept: readonly string[]) =>
    `The selected file ${name} must be ${fileKinds(accept)}`,
  fileTooLarge: (name: string, max: string) => `The selected file ${name} must be smaller than ${max}`,
};

/** "a JPG, PNG or PDF" from MIME types. */
function fileKinds(accept: readonly string[]): string {
  const names = accept.map((mime) => {
    const [type, sub = ''] = mime.split('/');
    if (sub === '*') return `${type ?? 'any'} file`;
    const clean = sub.replace(/^(x-|vnd\.)/, '').replace(/\+.*$/, '');
    return clean === 'jpeg' ? 'JPG' : clean.toUpperCase();
  });
  if (names.length <= 1) return `a ${names[0] ?? 'file of an accepted type'}`;
  return `a ${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}
