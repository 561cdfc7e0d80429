/**
 * The canonical URLs used by the FHIR mapping (see docs/format/fhir.md), one export each so
 * that a bundle keeps only the ones its code uses; `FHIR_URL` is this module as one object.
 */

/** Carries the whole Careway pathway (canonical JSON) on an exported Questionnaire. */
export const carewayPathway = 'https://careway.dev/fhir/StructureDefinition/careway-pathway';

/** Carries a Careway condition that enableWhen cannot express, on an item. */
export const carewayCondition = 'https://careway.dev/fhir/StructureDefinition/careway-condition';

/** Marks an item that Careway computes (a variable), never asks. */
export const carewayVariable = 'https://careway.dev/fhir/StructureDefinition/careway-variable';

/** Base of the code systems made for options that carry no code of their own. */
export const carewayOptionSystem = 'https://careway.dev/fhir/CodeSystem';

/** Base of the canonical URLs of exported Questionnaires. */
export const carewayQuestionnaireBase = 'https://careway.dev/fhir/Questionnaire';

/** Identifier system of referral and advice requests. */
export const carewayRequestIdentifier = 'https://careway.dev/fhir/Id/request';

export const sdcQuestionnaire = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire';

export const ukCoreServiceRequest = 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest';

export const ukCoreTask = 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Task';

export const ukCoreQuestionnaireResponse =
  'https://fhir.hl7.org.uk/StructureDefinition/UKCore-QuestionnaireResponse';

export const ukCoreCommunicationRequest =
  'https://fhir.hl7.org.uk/StructureDefinition/UKCore-CommunicationRequest';

export const nhsNumber = 'https://fhir.nhs.uk/Id/nhs-number';

export const snomed = 'http://snomed.info/sct';

export const ucum = 'http://unitsofmeasure.org';

export const unit = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit';

export const unitOption = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption';

export const sdcUnitOption = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-unitOption';

export const minValue = 'http://hl7.org/fhir/StructureDefinition/minValue';

export const maxValue = 'http://hl7.org/fhir/StructureDefinition/maxValue';

export const entryFormat = 'http://hl7.org/fhir/StructureDefinition/entryFormat';

export const mimeType = 'http://hl7.org/fhir/StructureDefinition/mimeType';

export const maxSize = 'http://hl7.org/fhir/StructureDefinition/maxSize';

export const ordinalValue = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

export const itemWeight = 'http://hl7.org/fhir/StructureDefinition/itemWeight';

export const hidden = 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden';

export const itemControl = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';

export const answerRepeats = 'http://hl7.org/fhir/StructureDefinition/questionnaire-answerRepeats';

export const variable = 'http://hl7.org/fhir/StructureDefinition/variable';

export const calculatedExpression =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';

export const enableWhenExpression =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

export const initialExpression =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression';

export const answerExpression =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-answerExpression';

export const taskCode = 'http://hl7.org/fhir/CodeSystem/task-code';
