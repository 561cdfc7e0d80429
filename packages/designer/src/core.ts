/**
 * The designer's one gateway to `@careway/core`: every type and every clinical
 * function the designer uses comes through here, so that the designer never
 * grows a second copy of a rule.
 */
import * as core from '@careway/core';
import type { ExprNode, SafeParseResult } from '@careway/core';

export type {
  Pathway,
  Node as PathwayNode,
  StepNode,
  DecisionNode,
  InfoNode,
  OutcomeNode,
  Edge as PathwayEdge,
  Field,
  Validation,
  Option,
  Variable,
  Scenario,
  Approval,
  Source,
  ContextField,
  Coding,
  Unit,
  Urgency,
  AnswerValue,
} from '@careway/core';

export {
  slowestPages,
  mostOverriddenPrefills,
  mostChangedAnswers,
  issue,
  sortIssues,
  dedupeIssues,
  hasErrors,
  shortlist,
  andMore,
  placed,
  readPathwayText,
  safeParseFragment,
  documentTooLarge,
  canonicalJson,
  publishedArtefact,
  publicationRefusals,
  fingerprint,
  NON_CLINICAL_PROPERTIES,
  runPath,
  runScenarios,
  checkExpression,
  typeOfField,
  listFunctions,
  evaluate,
  isUnknown,
  analyze,
  testScenarios,
  expressionSitesOf,
  typeEnvOf,
  parseExpression,
  mapExprChildren,
  routeTo,
  clinicalContent,
  isApprovalCurrent,
  redFlagNeedsWhen,
  mayLeadOn,
  hasOptions,
  ID_PATTERN,
  FIELD_ID_PATTERN,
  OPTION_VALUE_PATTERN,
  RESERVED_IDS,
  RESERVED_FIELD_IDS,
  MAX_ID_LENGTH,
  parseNdjson,
  summariseUsage,
  syntheticUsage,
  textKeys,
  traceMatrix,
  safetyCaseReport,
  parseSourceRef,
  RECOMMENDATION_ID_PATTERN,
} from '@careway/core';
export type {
  ExprNode,
  ExprType,
  TypeEnv,
  RunPathResult,
  SessionSnapshot,
  FunctionInfo,
  AnalysisResult,
  Finding,
  ExpressionSite,
  RouteSearch,
  RouteWitness,
  ExprError,
  UsageRecord,
  Issue,
  SafeParseResult,
  UsageSummary,
  UsageTime,
  NodeUsage,
  EdgeUsage,
  FieldUsage,
  OutcomeUsage,
  VersionUsage,
  UnknownId,
  TextEntry,
  PathwayFragment,
  Recommendation,
  TraceMatrix,
  TraceElement,
  TraceSource,
  TraceRecommendation,
} from '@careway/core';

/** The `sha256-<base64>` integrity string of a text (core's, as `careway publish` prints it). */
export function integrityOf(text: string): string {
  return core.integrity(text);
}

/** Validates a pathway document with core's schema (`safeParsePathway`). */
export function validate(doc: unknown): SafeParseResult {
  return core.safeParsePathway(doc);
}

/** The syntax tree of an expression's text, or `undefined` when it does not parse. */
export function parseExpressionText(text: string): ExprNode | undefined {
  return core.parseExpression(text).ast;
}

/** The canonical text of a syntax tree (core's printer). */
export function printExpressionAst(ast: ExprNode): string {
  return core.printExpression(ast);
}
