/**
 * `@careway/core` FHIR R4 interoperability: SDC Questionnaires in and out,
 * QuestionnaireResponse and referral Bundles out. Pure functions over plain
 * JSON; the mapping is documented in docs/format/fhir.md.
 *
 * @packageDocumentation
 */
export {
  importQuestionnaire,
  type ImportOptions,
  type ImportResult,
  type FieldOrigin,
} from './import/import-questionnaire.js';
export type { FhirIssue } from './import/issues.js';
export { FHIR_ISSUE_CODES, type FhirIssueCode } from './codes.js';
export {
  exportQuestionnaire,
  type ExportQuestionnaireOptions,
  type ExportQuestionnaireResult,
} from './export/questionnaire.js';
export { resultToQuestionnaireResponse, type ResponseOptions } from './export/response.js';
export {
  referralBundle,
  fhirResources,
  type FhirResources,
  PRIORITY as FHIR_PRIORITY,
  type ReferralContext,
  type ReferralOptions,
  type ReferralBundleResult,
} from './export/referral.js';
export { questionnaireUrl, questionnaireCanonical, type NamingOptions } from './export/codes.js';
export { FHIR_URL } from './extensions.js';
export { uuidV5, deterministicIds, CAREWAY_UUID_NAMESPACE, type IdGenerator } from './uuid.js';
export type {
  FhirBundle,
  FhirBundleEntry,
  FhirCoding,
  FhirExtension,
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
  FhirReference,
  FhirResource,
  FhirValueSet,
} from './types.js';
