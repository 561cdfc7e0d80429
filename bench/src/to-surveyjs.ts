/**
 * The SurveyJS JSON equivalent of a generated Questionnaire: one page, one
 * question per item, `visibleIf` for `enableWhen`. Covers what the generator
 * makes (flat items of six types, `=`/`!=`/`exists` on booleans and codings),
 * not FHIR at large.
 */
import type { FhirQuestionnaire, FhirQuestionnaireItem } from '@careway/core';

/** A SurveyJS question, as far as the benchmark uses them. */
export interface SurveyQuestion {
  type: 'boolean' | 'radiogroup' | 'text';
  name: string;
  title: string;
  renderAs?: 'radio';
  inputType?: 'number' | 'date';
  step?: number;
  choices?: { value: string; text: string }[];
  visibleIf?: string;
}

/** A SurveyJS survey of one page. */
export interface SurveyJson {
  title: string;
  pages: { name: string; elements: SurveyQuestion[] }[];
}

type EnableWhen = NonNullable<FhirQuestionnaireItem['enableWhen']>[number];

function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function clause(when: EnableWhen): string {
  const name = `{${when.question}}`;
  if (when.operator === 'exists') return `${name} ${when.answerBoolean === false ? 'empty' : 'notempty'}`;
  const value =
    when.answerBoolean !== undefined
      ? String(when.answerBoolean)
      : when.answerCoding?.code !== undefined
        ? quote(when.answerCoding.code)
        : when.answerInteger !== undefined
          ? String(when.answerInteger)
          : when.answerDecimal !== undefined
            ? String(when.answerDecimal)
            : quote(when.answerString ?? when.answerDate ?? '');
  if (!['=', '!=', '>', '<', '>=', '<='].includes(when.operator)) {
    throw new Error(`toSurveyJs: enableWhen operator ${when.operator} is not covered`);
  }
  return `${name} ${when.operator} ${value}`;
}

function question(item: FhirQuestionnaireItem): SurveyQuestion {
  const base = { name: item.linkId, title: item.text ?? item.linkId };
  const visibleIf = item.enableWhen?.map(clause).join(item.enableBehavior === 'any' ? ' or ' : ' and ');
  const shown = visibleIf ? { visibleIf } : {};
  switch (item.type) {
    case 'boolean':
      // Yes / No radios, as LHC-Forms and Careway draw a boolean, rather than SurveyJS's default switch.
      return { type: 'boolean', renderAs: 'radio', ...base, ...shown };
    case 'choice':
      return {
        type: 'radiogroup',
        ...base,
        choices: (item.answerOption ?? []).map((o) => ({
          value: o.valueCoding?.code ?? '',
          text: o.valueCoding?.display ?? o.valueCoding?.code ?? '',
        })),
        ...shown,
      };
    case 'integer':
      return { type: 'text', inputType: 'number', step: 1, ...base, ...shown };
    case 'decimal':
      return { type: 'text', inputType: 'number', ...base, ...shown };
    case 'date':
      return { type: 'text', inputType: 'date', ...base, ...shown };
    case 'string':
      return { type: 'text', ...base, ...shown };
    default:
      throw new Error(`toSurveyJs: item type ${item.type} is not covered`);
  }
}

/** The SurveyJS JSON for `questionnaire`: every item on one page, in order. */
export function toSurveyJs(questionnaire: FhirQuestionnaire): SurveyJson {
  return {
    title: questionnaire.title ?? questionnaire.name ?? 'Questionnaire',
    pages: [{ name: 'page1', elements: (questionnaire.item ?? []).map(question) }],
  };
}
