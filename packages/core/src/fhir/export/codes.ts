/**
 * How Careway fields and options are named in FHIR: linkIds, option codings
 * and the canonical URL of a pathway's Questionnaire. Shared by the
 * Questionnaire export and the QuestionnaireResponse so that they always agree.
 */
import type { Field, Option, Pathway, Variable } from '../careway-types.js';
import { FHIR_URL } from '../extensions.js';
import type { FhirCoding } from '../types.js';

/** Naming options shared by every export. */
export interface NamingOptions {
  /** Base of the Questionnaire's canonical URL; the pathway id is appended. Default `https://careway.dev/fhir/Questionnaire`. */
  baseUrl?: string;
  /** Field id → linkId, e.g. the `linkIds` of an import inverted; a field not listed uses its id. */
  linkIds?: Record<string, string>;
}

/** The canonical URL (without version) of the Questionnaire exported for `pathway`. */
export function questionnaireUrl(pathway: Pick<Pathway, 'id'>, options: NamingOptions = {}): string {
  return `${(options.baseUrl ?? FHIR_URL.carewayQuestionnaireBase).replace(/\/+$/, '')}/${pathway.id}`;
}

/** `url|version`: how a QuestionnaireResponse names the exact Questionnaire it answers. */
export function questionnaireCanonical(
  pathway: Pick<Pathway, 'id' | 'version'>,
  options: NamingOptions = {},
): string {
  return `${questionnaireUrl(pathway, options)}|${pathway.version}`;
}

/** The linkId of a field. */
export function linkIdOf(fieldId: string, options: NamingOptions = {}): string {
  return options.linkIds?.[fieldId] ?? fieldId;
}

/** The code system of the options of `field` that carry no code of their own. */
export function optionSystem(pathway: Pick<Pathway, 'id'>, field: Pick<Field, 'id'>): string {
  return `${FHIR_URL.carewayOptionSystem}/${pathway.id}/${field.id}`;
}

/** The Coding that stands for `option`: its own code, or its value in the field's Careway code system. */
export function optionCoding(
  pathway: Pick<Pathway, 'id'>,
  field: Pick<Field, 'id'>,
  option: Option,
): FhirCoding {
  if (option.code) {
    return {
      system: option.code.system,
      code: option.code.code,
      display: option.code.display ?? option.label,
    };
  }
  return { system: optionSystem(pathway, field), code: option.value, display: option.label };
}

/** Every field of the pathway, in document order, with the node that asks it. */
export function fieldsOf(pathway: Pathway): { nodeId: string; field: Field }[] {
  return pathway.nodes.flatMap((n) =>
    n.kind === 'step' ? n.fields.map((field) => ({ nodeId: n.id, field })) : [],
  );
}

/** The UCUM-coded (or labelled) Coding for a unit. */
export function unitCoding(unit: { label: string; ucum?: string }): FhirCoding {
  return unit.ucum
    ? { system: FHIR_URL.ucum, code: unit.ucum, display: unit.label }
    : { display: unit.label };
}

/** The item type of a score variable: integer when every item scores whole points. */
export function scoreItemType(variable: Variable & { kind: 'score' }): 'integer' | 'decimal' {
  return variable.items.every((i) => Number.isInteger(i.points)) ? 'integer' : 'decimal';
}
