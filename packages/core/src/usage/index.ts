/**
 * Pathway insights, the core of them: the usage record (what happened in one
 * session, never who it was about), the recorder the runtime feeds, NDJSON
 * in and out, the aggregation commissioners and clinical leads read, and a
 * generator of synthetic records. docs/format/usage.md explains the format
 * and its privacy guarantees.
 *
 * @packageDocumentation
 */

// The record: format 1, strict and free of free text.
export {
  SESSION_ID_PATTERN,
  USAGE_FORMAT,
  USAGE_FORMAT_VERSION,
  USAGE_LANGUAGES,
  USAGE_LAYOUTS,
  USAGE_LIMITS,
  USAGE_STATUSES,
} from './format.js';
export { UsageBackSchema, UsagePathwaySchema, UsageRecordSchema, UsageVisitSchema } from './record.js';
export type { UsageBack, UsagePathway, UsageRecord, UsageStatus, UsageVisit } from './record.js';

// Reading records, one at a time or as NDJSON; issues never quote what they refuse.
export { parseUsageRecord, safeParseUsageRecord, UsageRecordError } from './parse.js';
export type { UsageParseOptions, UsageParseResult } from './parse.js';
export { USAGE_ISSUE_CODES } from './issues.js';
export type { UsageIssueCode } from './issues.js';
export { MAX_NDJSON_LINE, parseNdjson, toNdjson } from './ndjson.js';
export type { NdjsonResult } from './ndjson.js';

// Recording a session.
export { createUsageRecorder } from './recorder.js';
export type { UsageRecorder, UsageRecorderOptions } from './recorder.js';
export { randomSessionId } from './session-id.js';

// Aggregation.
export { summariseUsage, usageSummariser, type UsageSummariser } from './summarise.js';
export { mostChangedAnswers, mostOverriddenPrefills, outcomesByUse, slowestPages } from './rankings.js';
export type {
  EdgeUsage,
  FieldUsage,
  NodeUsage,
  OutcomeUsage,
  UnknownId,
  UsageSummary,
  UsageTime,
  VersionUsage,
} from './summary.js';

// Synthetic records, for tests, benchmarks and demonstrations only.
export { syntheticUsage } from './synthetic.js';
export type { SyntheticUsageOptions } from './synthetic.js';
