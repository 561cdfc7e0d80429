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
import * as z from '../schema/zod.js';
import { FieldIdSchema, IdSchema, PathwayIdSchema, isSemver } from '../schema/common.js';
import { NODE_KINDS } from '../schema/nodes.js';
import {
  FINGERPRINT_PATTERN,
  SESSION_ID_PATTERN,
  USAGE_FORMAT,
  USAGE_FORMAT_VERSION,
  USAGE_LANGUAGES,
  USAGE_LAYOUTS,
  USAGE_LIMITS,
  USAGE_STATUSES,
  isUsageTimestamp,
} from './format.js';

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
