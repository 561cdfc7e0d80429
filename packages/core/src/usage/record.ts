/**
 * The usage record (format 1): what happened in one session of a pathway —
 * the route, the time on each page, back-tracks, changed answers, prefills
 * overridden and how it ended — and nothing about the patient.
 *
 * Privacy is a property of the schema, not of good intentions: every object
 * is strict (an unknown key is refused), every string is an id of the
 * pathway's own id patterns, a random UUID, a fingerprint, a version or a
 * UTC timestamp, every number is a bounded whole number, and every list is
 * bounded. There is no free-text string anywhere, so an answer, a note, a
 * name, an NHS number or a date of birth has nowhere to go.
 */
import { z } from '../schema/zod.js';
import { FieldIdSchema, IdSchema, PathwayIdSchema, isSemver } from '../schema/common.js';
import { NODE_KINDS } from '../schema/nodes.js';

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

const list = <T extends z.core.$ZodType>(item: T) =>
  z.array(item).check(z.maxLength(USAGE_LIMITS.maxEvents, { error: 'usage_list' }));

const Ms = z
  .int({ error: 'usage_ms' })
  .check(z.gte(0, { error: 'usage_ms' }), z.lte(USAGE_LIMITS.maxMs, { error: 'usage_ms' }));

const Timestamp = z
  .string({ error: 'usage_timestamp' })
  .check(
    z.maxLength(24, { error: 'usage_timestamp', abort: true }),
    z.refine<string>(isUsageTimestamp, { error: 'usage_timestamp' }),
  );

/** The pathway a record is about: its id, version and clinical fingerprint. */
export const UsagePathwaySchema = z.strictObject({
  id: PathwayIdSchema,
  version: z
    .string({ error: 'usage_version' })
    .check(
      z.maxLength(USAGE_LIMITS.maxVersionLength, { error: 'usage_version', abort: true }),
      z.refine<string>(isSemver, { error: 'usage_version' }),
    ),
  fingerprint: z
    .string({ error: 'usage_fingerprint' })
    .check(
      z.maxLength(71, { error: 'usage_fingerprint', abort: true }),
      z.regex(FINGERPRINT_PATTERN, { error: 'usage_fingerprint' }),
    ),
});

/** One arrival at a node: when (`at`, ms after `startedAt`) and how long the clinician stayed (`ms`). */
export const UsageVisitSchema = z.strictObject({
  node: IdSchema,
  kind: z.enum(NODE_KINDS, { error: 'usage_kind' }),
  at: Ms,
  ms: Ms,
});

/** A move back from one page to an earlier one, `at` ms after `startedAt`. */
export const UsageBackSchema = z.strictObject({ from: IdSchema, to: IdSchema, at: Ms });

/** How a session stands: finished at an outcome, left part-way, or still going. */
export const USAGE_STATUSES = ['completed', 'abandoned', 'in-progress'] as const;
/** The languages the runtime speaks. */
export const USAGE_LANGUAGES = ['en', 'cy'] as const;
/** The runtime's layouts (`<careway-pathway layout>`). */
export const USAGE_LAYOUTS = ['default', 'compact'] as const;

/** One session's usage of a pathway, format 1. See docs/format/usage.md. */
export const UsageRecordSchema = z.strictObject({
  format: z.literal(USAGE_FORMAT, { error: 'usage_format' }),
  formatVersion: z.literal(USAGE_FORMAT_VERSION, { error: 'usage_format_version' }),
  pathway: UsagePathwaySchema,
  sessionId: z
    .string({ error: 'usage_session_id' })
    .check(
      z.maxLength(36, { error: 'usage_session_id', abort: true }),
      z.regex(SESSION_ID_PATTERN, { error: 'usage_session_id' }),
    ),
  startedAt: Timestamp,
  endedAt: Timestamp,
  status: z.enum(USAGE_STATUSES, { error: 'usage_status' }),
  outcome: z.exactOptional(IdSchema),
  abandonedAt: z.exactOptional(IdSchema),
  resumed: z.boolean({ error: 'usage_boolean' }),
  visits: list(UsageVisitSchema),
  edges: list(IdSchema),
  backs: list(UsageBackSchema),
  changed: list(FieldIdSchema),
  prefilled: list(FieldIdSchema),
  prefillOverridden: list(FieldIdSchema),
  language: z.exactOptional(z.enum(USAGE_LANGUAGES, { error: 'usage_language' })),
  layout: z.exactOptional(z.enum(USAGE_LAYOUTS, { error: 'usage_layout' })),
  truncated: z.exactOptional(z.boolean({ error: 'usage_boolean' })),
});

/** One session's usage of a pathway, format 1. */
export type UsageRecord = z.infer<typeof UsageRecordSchema>;
/** One arrival at a node. */
export type UsageVisit = z.infer<typeof UsageVisitSchema>;
/** One move back. */
export type UsageBack = z.infer<typeof UsageBackSchema>;
/** How a session stands. */
export type UsageStatus = UsageRecord['status'];
/** The pathway a record is about. */
export type UsagePathway = z.infer<typeof UsagePathwaySchema>;
