/**
 * The usage record's constants (format 1): its name and version, its bounds,
 * the patterns of its strings and the values of its enumerations. They are
 * apart from the schema in record.ts so that the recorder, which the runtime
 * element carries, builds records to them without carrying the schema.
 */

/** The `format` every usage record carries. */
export const USAGE_FORMAT = 'careway-usage';
/** The version of the usage record format this Careway writes and reads. */
export const USAGE_FORMAT_VERSION = 1;

/** The bounds of a usage record; a recorder stops adding to a list at `maxEvents` and marks the record `truncated`. */
export const USAGE_LIMITS = {
  /** Items in any one list of a record (visits, edges, back-tracks, fields). */
  maxEvents: 10_000,
  /** The longest time a record may describe, in milliseconds: 31 days. */
  maxMs: 31 * 24 * 60 * 60 * 1000,
  /** Characters in a pathway version. */
  maxVersionLength: 256,
  /** The earliest and the latest (exclusive) timestamp a record may carry. */
  earliest: Date.UTC(2000, 0, 1),
  latest: Date.UTC(2100, 0, 1),
} as const;

/** A session id: a version 4 UUID in lower case. */
export const SESSION_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** A fingerprint as `fingerprint()` writes it. */
export const FINGERPRINT_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** A UTC timestamp as `Date.prototype.toISOString` writes it (milliseconds optional). */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

/** True when `s` is a real UTC timestamp in the form and range a usage record allows. */
export function isUsageTimestamp(s: string): boolean {
  if (!TIMESTAMP_PATTERN.test(s)) return false;
  const t = Date.parse(s);
  if (!Number.isFinite(t) || t < USAGE_LIMITS.earliest || t >= USAGE_LIMITS.latest) return false;
  // Date.parse rolls 2026-02-30 over to March; the round trip refuses it.
  return new Date(t).toISOString().slice(0, 19) === s.slice(0, 19);
}

/** How a session stands: finished at an outcome, left part-way, or still going. */
export const USAGE_STATUSES = ['completed', 'abandoned', 'in-progress'] as const;
/** The languages the runtime speaks. */
export const USAGE_LANGUAGES = ['en', 'cy'] as const;
/** The runtime's layouts (`<careway-pathway layout>`). */
export const USAGE_LAYOUTS = ['default', 'compact'] as const;
