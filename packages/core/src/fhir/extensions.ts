/**
 * Extension and profile URLs that Careway reads or writes, in one place, with
 * small readers for them.
 */
import type { FhirExtension } from './types.js';

/** Canonical URLs used by the FHIR mapping (see docs/format/fhir.md). */
export const FHIR_URL = {
  /** Carries the whole Careway pathway (canonical JSON) on an exported Questionnaire. */
  carewayPathway: 'https://careway.dev/fhir/StructureDefinition/careway-pathway',
  /** Carries a Careway condition that enableWhen cannot express, on an item. */
  carewayCondition: 'https://careway.dev/fhir/StructureDefinition/careway-condition',
  /** Marks an item that Careway computes (a variable), never asks. */
  carewayVariable: 'https://careway.dev/fhir/StructureDefinition/careway-variable',
  /** Base of the code systems made for options that carry no code of their own. */
  carewayOptionSystem: 'https://careway.dev/fhir/CodeSystem',
  /** Base of the canonical URLs of exported Questionnaires. */
  carewayQuestionnaireBase: 'https://careway.dev/fhir/Questionnaire',
  /** Identifier system of referral and advice requests. */
  carewayRequestIdentifier: 'https://careway.dev/fhir/Id/request',
  sdcQuestionnaire: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire',
  ukCoreServiceRequest: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest',
  ukCoreTask: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Task',
  ukCoreQuestionnaireResponse: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-QuestionnaireResponse',
  ukCoreCommunicationRequest: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-CommunicationRequest',
  nhsNumber: 'https://fhir.nhs.uk/Id/nhs-number',
  snomed: 'http://snomed.info/sct',
  ucum: 'http://unitsofmeasure.org',
  unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
  unitOption: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption',
  sdcUnitOption: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-unitOption',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  entryFormat: 'http://hl7.org/fhir/StructureDefinition/entryFormat',
  mimeType: 'http://hl7.org/fhir/StructureDefinition/mimeType',
  maxSize: 'http://hl7.org/fhir/StructureDefinition/maxSize',
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  answerRepeats: 'http://hl7.org/fhir/StructureDefinition/questionnaire-answerRepeats',
  variable: 'http://hl7.org/fhir/StructureDefinition/variable',
  calculatedExpression:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
  enableWhenExpression:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression',
  initialExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression',
  answerExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-answerExpression',
  taskCode: 'http://hl7.org/fhir/CodeSystem/task-code',
} as const;

/** SDC expression extensions that carry logic Careway must not lose silently. */
export const EXPRESSION_EXTENSIONS: Readonly<Record<string, string>> = {
  [FHIR_URL.calculatedExpression]: 'calculatedExpression',
  [FHIR_URL.enableWhenExpression]: 'enableWhenExpression',
  [FHIR_URL.initialExpression]: 'initialExpression',
  [FHIR_URL.answerExpression]: 'answerExpression',
  'http://hl7.org/fhir/StructureDefinition/questionnaire-initialExpression': 'initialExpression',
  'http://hl7.org/fhir/StructureDefinition/cqf-expression': 'cqf-expression',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-candidateExpression':
    'candidateExpression',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-contextExpression': 'contextExpression',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-answerOptionsToggleExpression':
    'answerOptionsToggleExpression',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-constraint': 'constraint',
  'http://hl7.org/fhir/StructureDefinition/questionnaire-constraint': 'constraint',
};

/** The extensions of `list` with `url` (also matching a trailing `|version`-less form). */
export function extensionsOf(list: readonly FhirExtension[] | undefined, url: string): FhirExtension[] {
  return (list ?? []).filter((e) => e.url === url);
}

/** The first extension of `list` with `url`. */
export function extensionOf(
  list: readonly FhirExtension[] | undefined,
  url: string,
): FhirExtension | undefined {
  return (list ?? []).find((e) => e.url === url);
}

/** The numeric `value[x]` of an extension (`valueDecimal`, `valueInteger`, or a numeric string). */
export function numericValue(ext: FhirExtension | undefined): number | undefined {
  if (!ext) return undefined;
  for (const key of ['valueDecimal', 'valueInteger', 'valueString'] as const) {
    const v = ext[key];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (Number.isFinite(n)) return n;
  }
  return undefined;
}

/** Item extensions the importer reads (or reports through another code); any other is reported as ignored. */
export const HANDLED_ITEM_EXTENSIONS: ReadonlySet<string> = new Set([
  FHIR_URL.unit,
  FHIR_URL.unitOption,
  FHIR_URL.sdcUnitOption,
  FHIR_URL.minValue,
  FHIR_URL.maxValue,
  FHIR_URL.mimeType,
  FHIR_URL.maxSize,
  FHIR_URL.hidden,
  FHIR_URL.itemControl,
  FHIR_URL.answerRepeats,
  FHIR_URL.variable,
  FHIR_URL.entryFormat,
  ...Object.keys(EXPRESSION_EXTENSIONS),
]);
