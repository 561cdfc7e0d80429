/**
 * The elements' one gateway to `@careway/core`. Every clinical rule the
 * element relies on (validation of the document, routing, answer checks,
 * visibility, scoring, translation, hashing) is imported here and nowhere
 * else, so the element never grows a second copy of a rule.
 */
import { safeParsePathway, translate, type Pathway } from '@careway/core';
import type { UiLang } from './i18n.js';

export { createSession, fhirResources, parseMarkup, safeRestoreSession, sha256Base64 } from '@careway/core';
export { createUsageRecorder } from '@careway/core';
export type { FhirResources, ReferralContext, UsageRecord, UsageRecorder, TraceEntry } from '@careway/core';
export type { Session, View, FieldView, ViewIssue, ReviewItem, Result, ScoreResult } from '@careway/core';
export type { SnapshotErrorCode } from '@careway/core';

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

/** A problem core found in a document. */
export interface DocumentProblem {
  code: string;
  path: (string | number)[];
  message: string;
}

/** Core's verdict on an untrusted document. */
export type Validated = { ok: true; pathway: Pathway } | { ok: false; issues: DocumentProblem[] };

/** Validates an untrusted document with core's schema and rules (migrating older schema versions). */
export function validatePathway(document: unknown): Validated {
  const parsed = safeParsePathway(document);
  return parsed.ok ? { ok: true, pathway: parsed.pathway } : { ok: false, issues: parsed.issues };
}

/** The pathway as read in the element's language (core's translations; English where none). */
export function translatePathway(pathway: Pathway, lang: UiLang): Pathway {
  return lang === 'cy' ? translate(pathway, 'cy') : pathway;
}
