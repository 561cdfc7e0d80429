/**
 * The rankings of a usage summary that every view shows (the designer's
 * insights, `careway insights`): worked out once, here, so that two tools
 * never rank the same records differently. Ties keep the pathway's order.
 */
import type { FieldUsage, NodeUsage, OutcomeUsage, UsageSummary } from './summary.js';

const first = <T>(items: T[], limit: number): T[] => (limit < items.length ? items.slice(0, limit) : items);

/**
 * The pages (steps and information) that were visited, slowest median time
 * per visit first, then the slowest 90th percentile.
 */
export function slowestPages(summary: UsageSummary, limit = Infinity): NodeUsage[] {
  const pages = summary.nodes.filter(
    (n) => (n.kind === 'step' || n.kind === 'info') && n.time !== null && n.visits > 0,
  );
  pages.sort(
    (a, b) => (b.time?.median ?? 0) - (a.time?.median ?? 0) || (b.time?.p90 ?? 0) - (a.time?.p90 ?? 0),
  );
  return first(pages, limit);
}

/** The fields `keep` accepts, most first by `rate` (a missing rate counts as none), then by `count`. */
function ranked(
  summary: UsageSummary,
  keep: (f: FieldUsage) => boolean,
  rate: (f: FieldUsage) => number | null,
  count: (f: FieldUsage) => number,
  limit: number,
): FieldUsage[] {
  const fields = summary.fields.filter(keep);
  fields.sort((a, b) => (rate(b) ?? 0) - (rate(a) ?? 0) || count(b) - count(a));
  return first(fields, limit);
}

/**
 * The questions whose prefilled answer clinicians overrode: the highest
 * share of prefills overridden first, then the most overrides.
 */
export function mostOverriddenPrefills(summary: UsageSummary, limit = Infinity): FieldUsage[] {
  return ranked(
    summary,
    (f) => f.prefilled > 0,
    (f) => f.overrideRate,
    (f) => f.prefillOverridden,
    limit,
  );
}

/**
 * The questions whose answer clinicians changed: the highest share of
 * sessions that changed it first, then the most changes.
 */
export function mostChangedAnswers(summary: UsageSummary, limit = Infinity): FieldUsage[] {
  return ranked(
    summary,
    (f) => f.changed > 0,
    (f) => f.changeRate,
    (f) => f.changed,
    limit,
  );
}

/** The outcomes, the most sessions first. */
export function outcomesByUse(summary: UsageSummary): OutcomeUsage[] {
  return [...summary.outcomes].sort((a, b) => b.sessions - a.sessions);
}
