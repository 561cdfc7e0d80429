/**
 * Pathway → FHIR R4 Questionnaire (SDC). Steps become groups, fields become
 * items with their options, units, limits and codes; a field's `showWhen`
 * becomes `enableWhen` where that can say the same thing. The whole pathway —
 * routing, red flags, validations, variables, scenarios — travels in the
 * `careway-pathway` extension, so that importing the Questionnaire gives the
 * same pathway back.
 */
import type { Field, Pathway, Variable } from '../careway-types.js';
import { FHIR_URL } from '../extensions.js';
import type { FhirIssue } from '../import/issues.js';
import type { FhirExtension, FhirQuestionnaire, FhirQuestionnaireItem } from '../types.js';
import {
  linkIdOf,
  type NamingOptions,
  optionCoding,
  questionnaireUrl,
  scoreItemType,
  unitCoding,
} from './codes.js';
import { conditionToEnableWhen } from './enable-when.js';
import { embedPathway } from './embed.js';

/** Options of {@link exportQuestionnaire}. */
export interface ExportQuestionnaireOptions extends NamingOptions {
  /** `Questionnaire.date`; default: the newest approval date, if any. */
  date?: string;
}

/** The exported Questionnaire and what could not be expressed in plain FHIR. */
export interface ExportQuestionnaireResult {
  questionnaire: FhirQuestionnaire;
  issues: FhirIssue[];
}

function pascal(id: string): string {
  const name = id
    .replace(/(^|[-_])([a-z0-9])/g, (_m, _s, c: string) => c.toUpperCase())
    .replace(/[^A-Za-z0-9_]/g, '');
  return /^[A-Z]/.test(name) ? name : `P${name}`;
}

function minMax(url: string, type: 'integer' | 'decimal', value: number): FhirExtension {
  return type === 'integer' ? { url, valueInteger: value } : { url, valueDecimal: value };
}

function fieldItem(
  pathway: Pathway,
  field: Field,
  options: NamingOptions,
  issues: FhirIssue[],
  path: (string | number)[],
): FhirQuestionnaireItem {
  const linkId = linkIdOf(field.id, options);
  if (field.type === 'display') return { linkId, text: field.text, type: 'display' };
  const item: FhirQuestionnaireItem = { linkId, text: field.label, type: 'string' };
  const extension: FhirExtension[] = [];
  if (field.code)
    item.code = [
      {
        system: field.code.system,
        code: field.code.code,
        ...(field.code.display ? { display: field.code.display } : {}),
      },
    ];
  switch (field.type) {
    case 'boolean':
      item.type = 'boolean';
      break;
    case 'choice':
    case 'multi-choice':
      item.type = 'choice';
      if (field.type === 'multi-choice') item.repeats = true;
      item.answerOption = field.options.map((o) => ({
        valueCoding: optionCoding(pathway, field, o),
        ...(o.score === undefined
          ? {}
          : { extension: [{ url: FHIR_URL.ordinalValue, valueDecimal: o.score }] }),
      }));
      break;
    case 'integer':
    case 'decimal':
      if (field.unit) {
        item.type = 'quantity';
        extension.push({ url: FHIR_URL.unitOption, valueCoding: unitCoding(field.unit) });
      } else {
        item.type = field.type;
        if (field.min !== undefined) extension.push(minMax(FHIR_URL.minValue, field.type, field.min));
        if (field.max !== undefined) extension.push(minMax(FHIR_URL.maxValue, field.type, field.max));
      }
      break;
    case 'date':
      item.type = 'date';
      break;
    case 'text':
    case 'long-text':
      item.type = field.type === 'text' ? 'string' : 'text';
      if (field.maxLength !== undefined) item.maxLength = field.maxLength;
      break;
    case 'attachment':
      item.type = 'attachment';
      if (field.maxFiles > 1) item.repeats = true;
      for (const mime of field.accept) extension.push({ url: FHIR_URL.mimeType, valueCode: mime });
      extension.push({ url: FHIR_URL.maxSize, valueDecimal: field.maxBytes });
      break;
  }
  item.required = field.required !== false;
  if (field.showWhen) {
    const ew = conditionToEnableWhen(pathway, field.showWhen, options);
    if (ew) {
      item.enableWhen = ew.enableWhen;
      if (ew.enableWhen.length > 1) item.enableBehavior = ew.enableBehavior;
    } else {
      extension.push({ url: FHIR_URL.carewayCondition, valueString: field.showWhen });
      issues.push({
        code: 'fhir_condition_not_expressible',
        severity: 'info',
        path: [...path, 'showWhen'],
        message: `"${field.showWhen}" cannot be written as enableWhen; FHIR form fillers without Careway will always show "${field.label}". Careway keeps the condition in the careway-pathway extension.`,
      });
    }
  }
  if (extension.length > 0) item.extension = extension;
  if (field.hint) {
    item.item = [
      {
        linkId: `${linkId}-help`,
        text: field.hint,
        type: 'display',
        extension: [
          {
            url: FHIR_URL.itemControl,
            valueCodeableConcept: {
              coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'help' }],
            },
          },
        ],
      },
    ];
  }
  return item;
}

/**
 * Exports `pathway` as an SDC Questionnaire.
 *
 * @example
 * const { questionnaire } = exportQuestionnaire(pathway);
 * importQuestionnaire(questionnaire).pathway; // deep-equals pathway
 */
export function exportQuestionnaire(
  pathway: Pathway,
  options: ExportQuestionnaireOptions = {},
): ExportQuestionnaireResult {
  const issues: FhirIssue[] = [];
  const items: FhirQuestionnaireItem[] = [];
  pathway.nodes.forEach((node, n) => {
    if (node.kind === 'step') {
      items.push({
        linkId: node.id,
        text: node.title,
        type: 'group',
        item: node.fields.map((f, i) => fieldItem(pathway, f, options, issues, ['nodes', n, 'fields', i])),
      });
    } else if (node.kind === 'info') {
      items.push({
        linkId: node.id,
        text: node.title,
        type: 'group',
        item: [{ linkId: `${node.id}-body`, text: node.body, type: 'display' }],
      });
    }
  });
  const scores = pathway.variables.filter((v): v is Variable & { kind: 'score' } => v.kind === 'score');
  if (scores.length > 0) {
    items.push({
      linkId: 'careway-scores',
      text: 'Scores',
      type: 'group',
      item: scores.map((v) => ({
        linkId: linkIdOf(v.id, options),
        text: v.label,
        type: scoreItemType(v),
        readOnly: true,
        extension: [{ url: FHIR_URL.carewayVariable, valueString: v.id }],
      })),
    });
  }
  const dates = pathway.approvals.map((a) => a.date).sort();
  const date = options.date ?? dates[dates.length - 1];
  const questionnaire: FhirQuestionnaire = {
    resourceType: 'Questionnaire',
    meta: { profile: [FHIR_URL.sdcQuestionnaire] },
    extension: [embedPathway(pathway, options.linkIds)],
    url: questionnaireUrl(pathway, options),
    version: pathway.version,
    name: pascal(pathway.id),
    title: pathway.title,
    status: pathway.status,
    ...(date ? { date } : {}),
    ...(pathway.publisher ? { publisher: pathway.publisher.name } : {}),
    ...(pathway.description ? { description: pathway.description } : {}),
    subjectType: ['Patient'],
    item: items,
  };
  return { questionnaire, issues };
}
