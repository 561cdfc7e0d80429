/**
 * Session result → FHIR R4 QuestionnaireResponse: the answers on the route
 * taken, grouped by step as in the exported Questionnaire, with option codes
 * and units, and the scores, linked to the Questionnaire by `url|version`.
 */
import type { AnsweredItem, Field, Pathway, Result } from '../careway-types.js';
import type {
  FhirReference,
  FhirResponseAnswer,
  FhirResponseItem,
  FhirQuestionnaireResponse,
} from '../types.js';
import {
  linkIdOf,
  type NamingOptions,
  optionCoding,
  questionnaireCanonical,
  scoreItemType,
  unitCoding,
} from './codes.js';

/** Options of {@link resultToQuestionnaireResponse}. */
export interface ResponseOptions extends NamingOptions {
  /** The patient the answers are about. */
  subject?: FhirReference;
  /** Who answered (the clinician). */
  author?: FhirReference;
  encounter?: FhirReference;
}

function answersFor(
  pathway: Pathway,
  field: Field | undefined,
  answered: AnsweredItem,
): FhirResponseAnswer[] {
  const value = answered.value;
  const type = field?.type ?? answered.type;
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? [{ valueBoolean: value }] : [];
    case 'choice':
    case 'multi-choice': {
      const values = Array.isArray(value) ? value : [value];
      const options = field && 'options' in field ? field.options : [];
      return values.flatMap((v) => {
        const option = options.find((o) => o.value === v);
        if (option && field) return [{ valueCoding: optionCoding(pathway, field, option) }];
        const code = answered.codes[0];
        return code
          ? [
              {
                valueCoding: {
                  system: code.system,
                  code: code.code,
                  ...(code.display ? { display: code.display } : {}),
                },
              },
            ]
          : [];
      });
    }
    case 'integer':
    case 'decimal': {
      if (typeof value !== 'number') return [];
      const unit = (field && 'unit' in field ? field.unit : undefined) ?? answered.unit;
      if (unit) {
        const coding = unitCoding(unit);
        return [
          {
            valueQuantity: {
              value,
              unit: unit.label,
              ...(coding.system ? { system: coding.system, code: coding.code } : {}),
            },
          },
        ];
      }
      return [type === 'integer' ? { valueInteger: value } : { valueDecimal: value }];
    }
    case 'date':
      return typeof value === 'string' ? [{ valueDate: value }] : [];
    case 'text':
    case 'long-text':
      return typeof value === 'string' && value !== '' ? [{ valueString: value }] : [];
    case 'attachment':
      return (Array.isArray(value) ? value : []).map(
        (a: { name?: string; type?: string; size?: number; id?: string }) => ({
          valueAttachment: {
            ...(a.type ? { contentType: a.type } : {}),
            ...(a.name ? { title: a.name } : {}),
            ...(typeof a.size === 'number' ? { size: a.size } : {}),
            ...(a.id ? { url: `urn:careway:attachment:${a.id}` } : {}),
          },
        }),
      );
    default:
      return [];
  }
}

/**
 * The QuestionnaireResponse of a completed (or reviewing) session.
 *
 * @example
 * const qr = resultToQuestionnaireResponse(pathway, session.result()!, { subject: { reference: 'Patient/123' } });
 */
export function resultToQuestionnaireResponse(
  pathway: Pathway,
  result: Result,
  options: ResponseOptions = {},
): FhirQuestionnaireResponse {
  const fields = new Map<string, Field>();
  for (const node of pathway.nodes)
    if (node.kind === 'step') for (const f of node.fields) fields.set(f.id, f);
  const groups = new Map<string, FhirResponseItem>();
  const items: FhirResponseItem[] = [];
  for (const answered of result.answers) {
    const field = fields.get(answered.fieldId);
    const answer = answersFor(pathway, field, answered);
    if (answer.length === 0) continue;
    let group = groups.get(answered.nodeId);
    if (!group) {
      const node = pathway.nodes.find((n) => n.id === answered.nodeId);
      group = { linkId: answered.nodeId, ...(node ? { text: node.title } : {}), item: [] };
      groups.set(answered.nodeId, group);
      items.push(group);
    }
    group.item?.push({ linkId: linkIdOf(answered.fieldId, options), text: answered.label, answer });
  }
  const scoreItems = result.scores.flatMap((s) => {
    const variable = pathway.variables.find((v) => v.id === s.id);
    if (typeof s.value !== 'number' || variable?.kind !== 'score') return [];
    const answer =
      scoreItemType(variable) === 'integer' ? { valueInteger: s.value } : { valueDecimal: s.value };
    return [{ linkId: linkIdOf(s.id, options), text: s.label, answer: [answer] }];
  });
  if (scoreItems.length > 0) items.push({ linkId: 'careway-scores', text: 'Scores', item: scoreItems });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireCanonical(pathway, options),
    status: result.completedAt ? 'completed' : 'in-progress',
    ...(options.subject ? { subject: options.subject } : {}),
    ...(options.encounter ? { encounter: options.encounter } : {}),
    ...(result.completedAt ? { authored: result.completedAt } : {}),
    ...(options.author ? { author: options.author } : {}),
    item: items,
  };
}
