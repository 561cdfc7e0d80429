/**
 * Urgencies and dispositions of outcomes, with the order of urgency that the
 * red-flag and safety checks compare against.
 */
import * as z from './zod.js';

/** Urgencies, least to most urgent. */
export const URGENCIES = ['routine', 'urgent', 'suspected-cancer', 'same-day', 'emergency'] as const;

/** How soon an outcome must be acted on. */
export const UrgencySchema = z.enum(URGENCIES);
/** How soon an outcome must be acted on. */
export type Urgency = z.infer<typeof UrgencySchema>;

/**
 * The rank of an urgency: 0 for `routine` up to 4 for `emergency`.
 *
 * @example
 * urgencyRank('same-day') > urgencyRank('urgent') // true
 */
export function urgencyRank(urgency: Urgency): number {
  return URGENCIES.indexOf(urgency);
}

/** Negative when `a` is less urgent than `b`, 0 when equal, positive when more urgent; usable with `Array.sort`. */
export function compareUrgency(a: Urgency, b: Urgency): number {
  return urgencyRank(a) - urgencyRank(b);
}

/** True when `urgency` is at least as urgent as `floor`. */
export function isAtLeast(urgency: Urgency, floor: Urgency): boolean {
  return urgencyRank(urgency) >= urgencyRank(floor);
}

/** The most urgent of the given urgencies; `routine` when none is given. */
export function maxUrgency(...urgencies: Urgency[]): Urgency {
  let best: Urgency = 'routine';
  for (const u of urgencies) if (urgencyRank(u) > urgencyRank(best)) best = u;
  return best;
}

/**
 * The timeframe the designer proposes for a new outcome of each urgency.
 * Authors should state the receiving service's own timeframe where it differs.
 */
export const DEFAULT_TIMEFRAMES: Readonly<Record<Urgency, string>> = {
  routine: 'within the routine waiting time',
  urgent: 'within 2 weeks',
  'suspected-cancer': 'within 2 weeks (suspected cancer pathway)',
  'same-day': 'today',
  emergency: 'immediately',
};

/** The default timeframe text for an urgency, e.g. `'within 2 weeks'` for `urgent`. */
export function defaultTimeframe(urgency: Urgency): string {
  return DEFAULT_TIMEFRAMES[urgency];
}

/** What kind of ending an outcome is. */
export const DISPOSITIONS = [
  'refer',
  'advice-request',
  'primary-care',
  'self-care',
  'urgent-care',
  'emergency',
  'other',
] as const;

/** What kind of ending an outcome is. */
export const DispositionSchema = z.enum(DISPOSITIONS);
/** What kind of ending an outcome is. */
export type Disposition = z.infer<typeof DispositionSchema>;
