/**
 * Every issue code of Careway, from the catalogues of each layer: a code is
 * stable and means one thing wherever it appears. Each catalogue maps its
 * codes to what they mean; the type {@link IssueCode} is their union.
 */
import type { AnalysisCode } from '../analysis/codes.js';
import type { EngineIssueCode } from '../engine/codes.js';
import type { ExprErrorCode } from '../expr/errors.js';
import type { FhirIssueCode } from '../fhir/codes.js';
import type { SchemaIssueCode } from '../schema/codes.js';
import type { PublicationCode } from '../publish/codes.js';
import type { TextIssueCode } from '../schema/read-text.js';
import type { UsageIssueCode } from '../usage/issues.js';

/** A code from any of core's catalogues. */
export type IssueCode =
  | SchemaIssueCode
  | TextIssueCode
  | ExprErrorCode
  | AnalysisCode
  | EngineIssueCode
  | FhirIssueCode
  | UsageIssueCode
  | PublicationCode;
