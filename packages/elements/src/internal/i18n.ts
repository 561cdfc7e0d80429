/**
 * The element's own words (buttons, headings, notices) in English, and the
 * language an element speaks. The Welsh words are in `welsh.ts`, loaded on
 * demand (`language.ts`). Pathway content is translated by core from the
 * document's translations; these are only the words around it.
 */
import type { DraftRejection } from './drafts.js';
import type { CarewayErrorCode } from './errors.js';
import { loadedPack } from './language.js';

/** Languages the element speaks. */
export type UiLang = 'en-GB' | 'cy';

/** Every string the element shows that does not come from the pathway. */
export interface UiStrings {
  back: string;
  continue: string;
  optional: string;
  errorSummaryTitle: string;
  errorPrefix: string;
  yes: string;
  no: string;
  or: string;
  day: string;
  month: string;
  year: string;
  dateHint: string;
  fromRecord: string;
  fromRecordHint: string;
  changedFromRecord: (was: string) => string;
  earlierAnswer: (value: string) => string;
  notAnswered: string;
  whyWeAsk: string;
  checkAnswersTitle: string;
  checkAnswersLead: string;
  change: string;
  confirm: string;
  startAgain: string;
  loading: string;
  errorTitle: string;
  errorCode: string;
  tryAgain: string;
  nonUrgent: string;
  urgent: string;
  emergency: string;
  service: string;
  timeframe: string;
  actor: string;
  nextSteps: string;
  safetyNetting: string;
  summaryForRecord: string;
  copySummary: string;
  summaryCopied: string;
  scores: string;
  /** Heading of the red-flag answers behind an outcome. */
  redFlags: string;
  points: (n: number) => string;
  scoreExplanation: string;
  stalledTitle: string;
  stalledLead: string;
  remove: string;
  previewOf: (name: string) => string;
  filesAllowed: (types: string, size: string, count: number) => string;
  fileMissing: string;
  fileAdded: (name: string) => string;
  fileRemoved: (name: string) => string;
  draftRestored: string;
  draftSetAside: (reason: string) => string;
  draftReasons: Record<DraftRejection, string>;
  formIncomplete: string;
  fatal: Partial<Record<CarewayErrorCode, string>>;
  fatalFallback: string;
}

/** The element's words in English, built in. */
export const en: UiStrings = {
  back: 'Back',
  continue: 'Continue',
  optional: '(optional)',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  yes: 'Yes',
  no: 'No',
  or: 'or',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  dateHint: 'For example, 27 3 2007',
  fromRecord: 'From the record',
  fromRecordHint: 'Filled in from the record. You can change it.',
  changedFromRecord: (was) => `Changed from the record (it said ${was})`,
  earlierAnswer: (value) => `Your earlier answer was: ${value}`,
  notAnswered: 'Not answered',
  whyWeAsk: 'Why we ask',
  checkAnswersTitle: 'Check your answers',
  checkAnswersLead: 'Check the answers before you confirm them.',
  change: 'Change',
  confirm: 'Confirm and continue',
  startAgain: 'Start again',
  loading: 'Loading the pathway',
  errorTitle: 'Sorry, this pathway cannot be shown',
  errorCode: 'Error code',
  tryAgain: 'Try again',
  nonUrgent: 'Non-urgent advice:',
  urgent: 'Urgent advice:',
  emergency: 'Immediate action required:',
  service: 'Service',
  timeframe: 'When',
  actor: 'Who acts',
  nextSteps: 'What happens next',
  safetyNetting: 'If things get worse',
  summaryForRecord: 'Summary for the record',
  copySummary: 'Copy summary',
  summaryCopied: 'Summary copied',
  scores: 'Scores',
  redFlags: 'Red flags',
  points: (n) => (n === 1 || n === -1 ? `${n} point` : `${n} points`),
  scoreExplanation: 'How this score was worked out',
  stalledTitle: 'This pathway cannot decide what comes next',
  stalledLead: 'It needs answers to:',
  remove: 'Remove',
  previewOf: (name) => `Preview of ${name}`,
  filesAllowed: (types, size, count) =>
    `${types}; up to ${size} each; ${count === 1 ? 'one file' : `up to ${count} files`}`,
  fileMissing: 'This file was attached before the page reloaded. Remove it and attach it again.',
  fileAdded: (name) => `${name} attached`,
  fileRemoved: (name) => `${name} removed`,
  draftRestored: 'Your saved progress has been restored.',
  draftSetAside: (reason) =>
    `Saved progress could not be used because ${reason}. It has been kept aside and you are starting again.`,
  draftReasons: {
    corrupt: 'it is damaged',
    outdated: 'the pathway has changed since it was saved',
    other_pathway: 'it belongs to a different pathway',
  },
  formIncomplete: 'Complete the pathway before you submit this form.',
  fatal: {
    fetch_failed: 'The pathway could not be downloaded. Check the connection and try again.',
    http_error: 'The pathway could not be downloaded from the server.',
    invalid_json: 'The pathway file is damaged: it is not valid JSON.',
    wrong_content_type:
      'The server did not send a pathway file. Check the pathway’s address, then try again.',
    invalid_pathway: 'The pathway file is not a valid Careway pathway.',
    unreadable_expression: 'The pathway has a rule that cannot be read, so it has not been run.',
    integrity_mismatch:
      'The pathway file does not match the fingerprint it was published with, so it has not been run.',
    integrity_invalid: 'The pathway’s integrity value cannot be checked, so it has not been run.',
    invalid_context: 'The patient details passed to the pathway are not in the expected form.',
    engine_error: 'The pathway stopped unexpectedly.',
    render_failed: 'The pathway could not be displayed.',
  },
  fatalFallback: 'Something went wrong.',
};

/** Picks the element's language from a `lang` value: Welsh for `cy` and `cy-*`, otherwise English. */
export function uiLang(lang: string | null | undefined): UiLang {
  return lang && /^cy(-|$)/i.test(lang) ? 'cy' : 'en-GB';
}

/** An element's language: its own `lang`, else the nearest ancestor's, else the document's. */
export function elementLang(el: HTMLElement): UiLang {
  return uiLang(el.lang || el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
}

/** The element's strings in a language: English until the language's pack has loaded (see `loadLanguage`). */
export function strings(lang: UiLang): UiStrings {
  return loadedPack(lang)?.strings ?? en;
}

/** A byte count as people read it, e.g. `2 MB`, `340 KB`. */
export function formatBytes(bytes: number, lang: UiLang): string {
  const locale = lang === 'cy' ? 'cy-GB' : 'en-GB';
  const fmt = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1024 * 1024) return `${fmt(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${fmt(bytes / 1024)} KB`;
  return `${bytes} B`;
}
