/**
 * The elements' one gateway to `@careway/core`. Every clinical rule the
 * element relies on (validation of the document, routing, answer checks,
 * visibility, scoring, translation, hashing) is imported here and nowhere
 * else, so the element never grows a second copy of a rule.
 */

export {
  andMore,
  createSession,
  ENGINE_MESSAGES_CY,
  translate,
  fhirResources,
  parseMarkup,
  readPathwayText,
  safeParsePathway,
  safeRestoreSession,
  sha256Base64,
  shortlist,
  unreadableExpressions,
  URGENCIES,
  wordIssue,
} from '@careway/core';
export { createUsageRecorder } from '@careway/core';
export type { FhirResources, ReferralContext, UsageRecord, UsageRecorder, TraceEntry } from '@careway/core';
export type { Session, View, FieldView, ViewIssue, ReviewItem, Result, ScoreResult } from '@careway/core';
export type { AnswerMessages, Issue, SafeParseResult, SnapshotErrorCode } from '@careway/core';

export type {
  Pathway,
  Field,
  Option,
  OutcomeNode,
  StepNode,
  InfoNode,
  Variable,
  AnswerValue,
  Urgency,
  Unit,
  Block as MarkupBlock,
  Inline as MarkupInline,
} from '@careway/core';
