/**
 * The Careway pathway document (schemaVersion 1): its zod schemas and
 * types, parsing with issues as data, migrations from older versions,
 * canonical JSON, fingerprints, the JSON Schema and translation keys.
 * docs/format/pathway.md explains the format.
 *
 * @packageDocumentation
 */
// Building blocks: ids, text, codes, urgency.
export type { Coding, SourceRef, Unit } from './common.js';
export {
  CodingSchema,
  FIELD_ID_PATTERN,
  ID_PATTERN,
  isHttpUrl,
  isIsoDate,
  isSemver,
  LOINC,
  MAX_EXPR_LENGTH,
  MAX_ID_LENGTH,
  OPTION_VALUE_PATTERN,
  parseSourceRef,
  PATHWAY_ID_PATTERN,
  RECOMMENDATION_ID_PATTERN,
  RESERVED_FIELD_IDS,
  RESERVED_IDS,
  SNOMED_CT,
  SOURCE_REF_PATTERN,
  UCUM,
  UnitSchema,
} from './common.js';
export type { Disposition, Urgency } from './urgency.js';
export {
  compareUrgency,
  DEFAULT_TIMEFRAMES,
  defaultTimeframe,
  DISPOSITIONS,
  DispositionSchema,
  isAtLeast,
  maxUrgency,
  URGENCIES,
  UrgencySchema,
  urgencyRank,
} from './urgency.js';

// The document's parts and their schemas.
export type {
  ChoiceLikeField,
  Field,
  FieldOf,
  FieldType,
  NumberField,
  Option,
  RedFlag,
  Validation,
} from './fields.js';
export {
  FIELD_TYPES,
  FieldSchema,
  hasOptions,
  isAnswerable,
  isRequired,
  OptionSchema,
  redFlagNeedsWhen,
} from './fields.js';
export type {
  DecisionNode,
  Edge,
  InfoNode,
  Node,
  NodeKind,
  OutcomeNode,
  PathwayNode,
  Service,
  StepNode,
} from './nodes.js';
export { EdgeSchema, mayLeadOn, NODE_KINDS, NodeSchema } from './nodes.js';
export type { ExpressionVariable, ScoreBand, ScoreItem, ScoreVariable, Variable } from './variables.js';
export { VariableSchema } from './variables.js';
export type { AnswerValue, AttachmentRef, ContextValue, Scenario } from './scenarios.js';
export { AnswerValueSchema, ScenarioSchema } from './scenarios.js';
export type {
  Approval,
  ContextField,
  ContextType,
  Language,
  Layout,
  Pathway,
  PathwayStatus,
  Position,
  Publisher,
  Recommendation,
  Source,
  Translations,
} from './pathway.js';
export type { ResolvedRef, SourceSite, TracedKind } from './source-refs.js';
export { resolveSourceRef, sourceSites } from './source-refs.js';
export {
  CONTEXT_TYPES,
  CURRENT_SCHEMA_VERSION,
  PathwaySchema,
  STATUSES,
  TEXT_KEY_PATTERN,
} from './pathway.js';

// Reading a document: guard, migrate, shape, rules.
export type { SafeParseResult } from './parse.js';
export { parsePathway, PathwayError, safeParsePathway } from './parse.js';
export {
  documentTooLarge,
  readJsonText,
  readPathwayText,
  TEXT_ISSUE_CODES,
  type JsonTextResult,
  type TextIssueCode,
} from './read-text.js';
export { locate, placed, type Located } from './describe.js';
export { checkPathwayRules } from './rules.js';
export type { PathwayFragment, SafeParseFragmentResult } from './fragment.js';
export { FragmentSchema, safeParseFragment } from './fragment.js';
export { LIMITS } from './limits.js';
export type { Limits } from './limits.js';
export type { JsonObject, JsonValue, SanitizeResult } from './sanitize.js';
export { toPlainJson } from './sanitize.js';
export type { MigrateResult, Migration } from './migrations.js';
export {
  declaredSchemaVersion,
  migrateDocument,
  MIGRATIONS,
  SUPPORTED_SCHEMA_VERSIONS,
} from './migrations.js';
export type { FieldEntry, PathwayIndex } from './pathway-index.js';
export { indexPathway } from './pathway-index.js';

// Writing a document: canonical JSON, fingerprints, integrity, JSON Schema, translations.
export { canonicalJson, canonicalPathway } from './canonical.js';
export { clinicalContent, fingerprint, isApprovalCurrent, NON_CLINICAL_PROPERTIES } from './fingerprint.js';
export { integrity, sha256, sha256Base64, sha256Hex } from './sha256.js';
export { base64Encode, hexEncode, utf8Encode } from './bytes.js';
export { isSnomedConceptId } from './snomed.js';
export { jsonSchemaText, PATHWAY_SCHEMA_ID, pathwayJsonSchema } from './json-schema.js';
export type { TextEntry } from './text-keys.js';
export { textKeys, translate } from './text-keys.js';
export type { SchemaIssueCode } from './codes.js';
export { SCHEMA_ISSUE_CODES } from './codes.js';
