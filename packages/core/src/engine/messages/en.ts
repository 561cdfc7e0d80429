/**
 * The engine's messages in English, in the NHS design system's voice: say
 * what to do ("Enter the FIT result", "Select yes if the patient is
 * pregnant"), name the thing, give the range with its unit. The noun comes
 * from the field's label: "FIT result" → "the FIT result"; "What is the
 * patient's sex?" → "the patient's sex"; a question we cannot turn into a
 * noun is quoted.
 */
import { bareLabel, type EngineMessages, type MessageField } from './types.js';

const AUX =
  /^(is|are|has|have|was|were|can|could|will|would|should)\s+(the patient|the person|the child|there|they|he|she|you|it|we)\s+(.+)$/i;
const WHAT = /^(?:what|which)\s+(?:is|was|are|were)\s+(.+)$/i;

function lowerFirst(words: string): string {
  // Keep acronyms and codes as written: "FIT result", "eGFR", "PSA level".
  const word = /^\S+/.exec(words)?.[0] ?? '';
  if (/[A-Z].*[A-Z]/.test(word) || /\d/.test(word) || /^[a-z]+[A-Z]/.test(word)) return words;
  return words.charAt(0).toLowerCase() + words.slice(1);
}

function upperFirst(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The field's subject as a noun phrase for messages ("the FIT result"), or
 * `undefined` when the label is a question that does not name one.
 */
export function subjectOf(field: Pick<MessageField, 'label'>): string | undefined {
  const bare = bareLabel({ label: field.label, type: 'text' });
  const what = WHAT.exec(bare);
  if (what?.[1]) return what[1];
  if (/\?\s*$/.test(field.label)) return undefined;
  const noun = lowerFirst(bare);
  return /^(the|a|an|this|that|their|his|her|your|any)\s/i.test(noun) ? noun : `the ${noun}`;
}

/** The subject at the start of a sentence ("The FIT result", or "The answer"). */
function subjectStart(field: MessageField | undefined): string {
  return upperFirst((field && subjectOf(field)) ?? 'the answer');
}

function quoted(field: MessageField | undefined): string {
  return `“${(field?.label ?? '').trim()}”`;
}

/** "Select yes if the patient is pregnant", from "Is the patient pregnant?". */
function yesIf(field: MessageField | undefined): string {
  const aux = AUX.exec(bareLabel(field));
  if (aux?.[1] && aux[2] && aux[3])
    return `Select yes if ${aux[2].toLowerCase()} ${aux[1].toLowerCase()} ${aux[3]}`;
  return `Select yes or no for ${quoted(field)}`;
}

function required(field: MessageField | undefined): string {
  const subject = field && subjectOf(field);
  switch (field?.type) {
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

function withUnit(n: number, unit: string): string {
  return unit ? `${n} ${unit}` : String(n);
}

function files(n: number): string {
  return `${n} ${n === 1 ? 'file' : 'files'}`;
}

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

/** The engine's messages in English. */
export const EN: EngineMessages = {
  required,
  invalid_type: (f) => {
    switch (f?.type) {
      case 'integer':
        return `${subjectStart(f)} must be a whole number`;
      case 'decimal':
        return `${subjectStart(f)} must be a number`;
      case 'date':
        return `${subjectStart(f)} must be a real date`;
      case 'boolean':
        return yesIf(f);
      case 'attachment':
        return `Select a file for ${quoted(f)}`;
      default:
        return required(f);
    }
  },
  invalid_option: (f) => `Select ${(f && subjectOf(f)) ?? 'an answer'} from the list`,
  not_integer: (f) => `${subjectStart(f)} must be a whole number`,
  out_of_range: (f, { min, max, unit = '' }) => {
    const s = subjectStart(f);
    if (min !== undefined && max !== undefined)
      return `${s} must be between ${min} and ${withUnit(max, unit)}`;
    if (min !== undefined) return `${s} must be ${withUnit(min, unit)} or more`;
    return `${s} must be ${withUnit(max ?? 0, unit)} or less`;
  },
  too_long: (f, { max }) => `${subjectStart(f)} must be ${max} characters or fewer`,
  exclusive_option: (f, { option }) => `Select “${option}” or other options for ${quoted(f)}, not both`,
  invalid_date: (f) => `${subjectStart(f)} must be a real date`,
  date_in_future: (f) => `${subjectStart(f)} must be today or in the past`,
  too_few_files: (f, { min = 0 }) => `Upload at least ${files(min)} for ${quoted(f)}`,
  too_many_files: (f, { max = 0 }) => `Upload no more than ${files(max)} for ${quoted(f)}`,
  file_type: (_f, { file, accept = [] }) => `The selected file ${file} must be ${fileKinds(accept)}`,
  file_too_large: (_f, { file, size }) => `The selected file ${file} must be smaller than ${size}`,
  answer_too_large: (f, { max = 0, of }) => {
    const kept =
      of === 'characters'
        ? `answers of up to ${max.toLocaleString('en-GB')} characters`
        : `up to ${max} ${of}`;
    return `The answer to "${f?.label ?? ''}" is too large: Careway keeps ${kept}. Shorten it, or attach a document instead.`;
  },
  not_answerable: (f) => `"${f?.label ?? ''}" is not a question.`,
  session_complete: () => 'This pathway has been completed and confirmed. Restart it to make changes.',
  unknown_field: (_f, { id }) => `This pathway has no field “${id}”.`,
  not_on_current_step: (f, { page }) =>
    `“${f?.label ?? ''}” is asked on “${page}”, not on the current page. Use change() to go back to it.`,
  no_previous_page: () => 'There is no earlier page to go back to.',
  unknown_node: (_f, { id }) => `This pathway has no node “${id}”.`,
  not_on_route: (_f, { page }) => `“${page}” is not a page on the route taken so far.`,
  context_invalid: (_f, { id, type }) =>
    id
      ? `Context “${id}” is not a valid ${type} and was ignored.`
      : 'The context could not be read and was ignored.',
  context_ignored: (_f, { id }) => `Context “${id}” is not declared by this pathway and was ignored.`,
  invalid_today: (_f, { today }) => `“${today}” is not a date (YYYY-MM-DD); using the clock.`,
  internal_error: (_f, { detail }) =>
    `Careway could not complete this step because of an internal error; please report it (${detail}).`,
};
