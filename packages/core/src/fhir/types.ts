/**
 * The slice of FHIR R4 that Careway reads and writes, as plain TypeScript
 * types. Written here (rather than taken from `@types/fhir`) so that the
 * published declarations of `@careway/core` depend on nothing. Input types are
 * deliberately loose: real questionnaires are not always valid, and the
 * importer reports what it cannot read instead of refusing the whole form.
 */

/** A FHIR `Coding`. */
export interface FhirCoding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
}

/** A FHIR `CodeableConcept`. */
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/** A FHIR `Quantity`. */
export interface FhirQuantity {
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
}

/** A FHIR `Reference`. */
export interface FhirReference {
  reference?: string;
  type?: string;
  identifier?: { system?: string; value?: string };
  display?: string;
}

/** A FHIR `Attachment`. */
export interface FhirAttachment {
  contentType?: string;
  url?: string;
  size?: number;
  title?: string;
}

/** A FHIR `Expression` (used by SDC extensions). */
export interface FhirExpression {
  name?: string;
  language?: string;
  expression?: string;
  description?: string;
}

/** A FHIR `Extension`: `url` plus one `value[x]` or nested extensions. */
export interface FhirExtension {
  url: string;
  extension?: FhirExtension[];
  valueString?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDecimal?: number;
  valueCode?: string;
  valueUri?: string;
  valueUrl?: string;
  valueCanonical?: string;
  valueCoding?: FhirCoding;
  valueCodeableConcept?: FhirCodeableConcept;
  valueExpression?: FhirExpression;
  valueQuantity?: FhirQuantity;
  valueAttachment?: FhirAttachment;
  [key: `value${string}`]: unknown;
}

/** The `value[x]` carriers shared by answerOption, initial, enableWhen and answers. */
export interface FhirValueCarrier {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueDate?: string;
  valueDateTime?: string;
  valueTime?: string;
  valueString?: string;
  valueUri?: string;
  valueCoding?: FhirCoding;
  valueQuantity?: FhirQuantity;
  valueAttachment?: FhirAttachment;
  valueReference?: FhirReference;
}

/** `Questionnaire.item.answerOption`. */
export interface FhirAnswerOption extends FhirValueCarrier {
  extension?: FhirExtension[];
  initialSelected?: boolean;
}

/** `Questionnaire.item.enableWhen`. */
export interface FhirEnableWhen {
  question: string;
  operator: string;
  answerBoolean?: boolean;
  answerDecimal?: number;
  answerInteger?: number;
  answerDate?: string;
  answerDateTime?: string;
  answerTime?: string;
  answerString?: string;
  answerCoding?: FhirCoding;
  answerQuantity?: FhirQuantity;
  answerReference?: FhirReference;
}

/** `Questionnaire.item`. */
export interface FhirQuestionnaireItem {
  linkId: string;
  definition?: string;
  code?: FhirCoding[];
  prefix?: string;
  text?: string;
  type: string;
  enableWhen?: FhirEnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  answerValueSet?: string;
  answerOption?: FhirAnswerOption[];
  initial?: FhirValueCarrier[];
  item?: FhirQuestionnaireItem[];
  extension?: FhirExtension[];
}

/** A contained or supplied `ValueSet` (only what option resolution reads). */
export interface FhirValueSet {
  resourceType: 'ValueSet';
  id?: string;
  url?: string;
  compose?: {
    include?: {
      system?: string;
      concept?: { code: string; display?: string; extension?: FhirExtension[] }[];
    }[];
  };
  expansion?: {
    contains?: { system?: string; code?: string; display?: string; extension?: FhirExtension[] }[];
  };
}

/** A FHIR R4 `Questionnaire`. */
export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  meta?: { profile?: string[]; [key: string]: unknown };
  extension?: FhirExtension[];
  contained?: { resourceType: string; [key: string]: unknown }[];
  url?: string;
  identifier?: { system?: string; value?: string }[];
  version?: string;
  name?: string;
  title?: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  date?: string;
  publisher?: string;
  description?: string;
  purpose?: string;
  approvalDate?: string;
  code?: FhirCoding[];
  subjectType?: string[];
  item?: FhirQuestionnaireItem[];
}

/** `QuestionnaireResponse.item.answer`. */
export interface FhirResponseAnswer extends FhirValueCarrier {
  item?: FhirResponseItem[];
}

/** `QuestionnaireResponse.item`. */
export interface FhirResponseItem {
  linkId: string;
  text?: string;
  answer?: FhirResponseAnswer[];
  item?: FhirResponseItem[];
}

/** A FHIR R4 `QuestionnaireResponse`. */
export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  meta?: { profile?: string[] };
  identifier?: { system?: string; value?: string };
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: FhirReference;
  encounter?: FhirReference;
  authored?: string;
  author?: FhirReference;
  item?: FhirResponseItem[];
}

/** Any resource Careway writes into a Bundle. */
export interface FhirResource {
  resourceType: string;
  [key: string]: unknown;
}

/** A FHIR R4 `Bundle` entry of a transaction. */
export interface FhirBundleEntry {
  fullUrl: string;
  resource: FhirResource;
  request: { method: 'POST' | 'PUT'; url: string };
}

/** A FHIR R4 transaction `Bundle`. */
export interface FhirBundle {
  resourceType: 'Bundle';
  identifier?: { system?: string; value?: string };
  type: 'transaction';
  timestamp?: string;
  entry: FhirBundleEntry[];
}
