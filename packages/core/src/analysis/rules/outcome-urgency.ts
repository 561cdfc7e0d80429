/**
 * Outcomes that contradict themselves: an urgency that disagrees with the
 * outcome's timeframe text (an emergency "within 2 weeks", a routine review
 * "today") or with its disposition (an emergency disposition that is not
 * urgent). The host, the record and the receiving team may read either, so
 * one of the two is wrong. The table of contradictions is
 * {@link OUTCOME_URGENCY_TABLE}, with one exception (`CARE_STARTS_NOW`);
 * docs/authoring/analysis.md shows the same.
 */
import type { Disposition, Urgency } from '../../schema/urgency.js';
import { finding } from '../finding.js';
import { nodeName, type PathwayModel } from '../model.js';
import type { OutcomeNode } from '../provisional.js';
import type { Finding } from '../types.js';

/** How soon a timeframe text says the outcome must be acted on, most urgent first. */
export type TimeframeClass = 'immediate' | 'hours' | 'today' | 'days' | 'routine';

/** What a timeframe text was read as: its most urgent statement. */
export interface TimeframeReading {
  readonly class: TimeframeClass;
  /** The words that gave it, as written. */
  readonly words: string;
}

const ORDER: readonly TimeframeClass[] = ['immediate', 'hours', 'today', 'days', 'routine'];

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};

const COUNT = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;

function count(text: string): number {
  return NUMBER_WORDS[text] ?? Number(text);
}

/** The patterns read, each with the class it gives (a number of hours may give another class). */
const PATTERNS: readonly { re: RegExp; class: (m: RegExpMatchArray) => TimeframeClass }[] = [
  { re: /\b(?:immediately|immediate|now|straight away|at once)\b/, class: () => 'immediate' },
  { re: /\b(?:call|dial|ring|phone) 999\b/, class: () => 'immediate' },
  { re: new RegExp(`\\b${COUNT}\\s*(?:minutes?|mins?)\\b`), class: () => 'immediate' },
  {
    re: new RegExp(`\\b${COUNT}\\s*(?:hours?|hrs?)\\b`),
    class: (m) => (count(m[1] as string) <= 24 ? 'hours' : 'days'),
  },
  { re: /\b(?:today|tonight|same[- ]day)\b/, class: () => 'today' },
  { re: new RegExp(`\\b${COUNT}\\s*(?:working\\s+)?(?:days?|weeks?|months?)\\b`), class: () => 'days' },
  { re: /\b(?:next (?:working )?day|tomorrow|within days|within weeks)\b/, class: () => 'days' },
  { re: /\b(?:routine|waiting (?:time|list))\b/, class: () => 'routine' },
];

/**
 * Reads an outcome's timeframe text: the most urgent thing it says, or
 * `undefined` when it says nothing this reader understands.
 *
 * @example
 * readTimeframe('within 2 weeks'); // { class: 'days', words: '2 weeks' }
 * readTimeframe('immediately, same day'); // { class: 'immediate', words: 'immediately' }
 * readTimeframe('as clinically indicated'); // undefined
 */
export function readTimeframe(text: string): TimeframeReading | undefined {
  const lower = text.toLowerCase();
  let best: TimeframeReading | undefined;
  for (const pattern of PATTERNS) {
    const m = lower.match(pattern.re);
    if (!m) continue;
    const reading = { class: pattern.class(m), words: m[0] };
    if (!best || ORDER.indexOf(reading.class) < ORDER.indexOf(best.class)) best = reading;
  }
  return best;
}

/** What a timeframe class means, for messages. */
const CLASS_WORDS: Readonly<Record<TimeframeClass, string>> = {
  immediate: 'it must be acted on at once',
  hours: 'it must be acted on within hours',
  today: 'it must be acted on today',
  days: 'it can wait days or weeks',
  routine: 'it can wait the routine waiting time',
};

/**
 * The one table of contradictions: for each urgency, the timeframe classes
 * that contradict it; for each disposition, the urgencies that contradict it.
 */
export const OUTCOME_URGENCY_TABLE: {
  readonly timeframes: Readonly<Record<Urgency, readonly TimeframeClass[]>>;
  readonly dispositions: Readonly<Partial<Record<Disposition, readonly Urgency[]>>>;
} = {
  timeframes: {
    emergency: ['today', 'days', 'routine'],
    'same-day': ['immediate', 'days', 'routine'],
    'suspected-cancer': ['immediate', 'hours', 'today', 'routine'],
    urgent: ['immediate', 'hours', 'today', 'routine'],
    routine: ['immediate', 'hours', 'today'],
  },
  dispositions: {
    emergency: ['routine', 'urgent', 'suspected-cancer', 'same-day'],
    'self-care': ['emergency'],
    'primary-care': ['emergency'],
    'urgent-care': ['routine'],
  },
};

/**
 * Care given in this consultation or at home: for these routine outcomes
 * “now” and “today” say when that care starts, not how soon another service
 * must act, so they are no contradiction.
 */
const CARE_STARTS_NOW: readonly Disposition[] = ['self-care', 'primary-care'];

function contradicts(outcome: OutcomeNode, reading: TimeframeReading): boolean {
  if (!OUTCOME_URGENCY_TABLE.timeframes[outcome.urgency].includes(reading.class)) return false;
  const startsNow = reading.words === 'now' || reading.words === 'today';
  return !(outcome.urgency === 'routine' && startsNow && CARE_STARTS_NOW.includes(outcome.disposition));
}

/** Outcomes whose urgency contradicts their timeframe or their disposition. */
export function outcomeUrgencyMismatches(model: PathwayModel): Finding[] {
  const out: Finding[] = [];
  for (const outcome of model.outcomes) {
    const at = model.nodePath.get(outcome.id) ?? [];
    const name = nodeName(outcome, outcome.id);
    const reading = readTimeframe(outcome.timeframe);
    if (reading && contradicts(outcome, reading)) {
      out.push(
        finding(
          'urgency_timeframe_mismatch',
          [...at, 'timeframe'],
          `Outcome ${name} has urgency ${outcome.urgency}, but its timeframe “${outcome.timeframe}” says ${CLASS_WORDS[reading.class]} (“${reading.words}”). The host, the record and the receiving team may act on either, so one of them is wrong: correct the urgency or the timeframe so that they agree.`,
          { nodeId: outcome.id },
        ),
      );
    }
    if (OUTCOME_URGENCY_TABLE.dispositions[outcome.disposition]?.includes(outcome.urgency)) {
      out.push(
        finding(
          'urgency_timeframe_mismatch',
          [...at, 'disposition'],
          `Outcome ${name} has disposition ${outcome.disposition} but urgency ${outcome.urgency}, which contradict each other. Correct the urgency or the disposition so that they agree.`,
          { nodeId: outcome.id },
        ),
      );
    }
  }
  return out;
}
