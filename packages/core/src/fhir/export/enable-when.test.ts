import { describe, expect, it } from 'vitest';
import { evaluate } from '../../expr/evaluate.js';
import { parseExpression } from '../../expr/parser.js';
import type { Pathway } from '../careway-types.js';
import { importQuestionnaire } from '../import/import-questionnaire.js';
import { fixture, type R4Answer, r4Enabled } from '../test-fixtures.js';
import type { FhirQuestionnaireItem } from '../types.js';
import { conditionToEnableWhen } from './enable-when.js';
import { exportQuestionnaire } from './questionnaire.js';

const pathway: Pathway = {
  schemaVersion: 1,
  id: 'conditions',
  version: '1.0.0',
  title: 'Conditions',
  status: 'draft',
  approvals: [],
  sources: [],
  context: [],
  start: 's',
  nodes: [
    {
      id: 's',
      kind: 'step',
      title: 'S',
      fields: [
        { id: 'smoker', label: 'Smoker?', type: 'boolean' },
        { id: 'age', label: 'Age', type: 'integer' },
        { id: 'weight', label: 'Weight', type: 'decimal', unit: { label: 'kg', ucum: 'kg' } },
        { id: 'onset', label: 'Onset', type: 'date' },
        {
          id: 'colour',
          label: 'Colour',
          type: 'choice',
          options: [
            { value: 'red', label: 'Red', code: { system: 'http://snomed.info/sct', code: '386713009' } },
            { value: 'blue', label: 'Blue' },
          ],
        },
        {
          id: 'symptoms',
          label: 'Symptoms',
          type: 'multi-choice',
          options: [
            { value: 'cough', label: 'Cough' },
            { value: 'fever', label: 'Fever' },
          ],
        },
        { id: 'name', label: 'Name', type: 'text' },
      ],
    },
    {
      id: 'done',
      kind: 'outcome',
      title: 'Done',
      disposition: 'other',
      urgency: 'routine',
      timeframe: 'now',
      actor: 'GP',
      requires: [],
    },
  ],
  edges: [{ id: 'e', from: 's', to: 'done' }],
  variables: [],
  scenarios: [],
};

const ew = (condition: string) => conditionToEnableWhen(pathway, condition, {});

describe('conditionToEnableWhen', () => {
  it('writes what R4 can say the same way', () => {
    expect(ew('answered(age)')).toEqual({
      enableWhen: [{ question: 'age', operator: 'exists', answerBoolean: true }],
      enableBehavior: 'all',
    });
    expect(ew('not answered(age)')?.enableWhen).toEqual([
      { question: 'age', operator: 'exists', answerBoolean: false },
    ]);
    expect(ew('smoker')?.enableWhen).toEqual([{ question: 'smoker', operator: '=', answerBoolean: true }]);
    expect(ew('not smoker')?.enableWhen).toEqual([
      { question: 'smoker', operator: '=', answerBoolean: false },
    ]);
    expect(ew('age >= 40')?.enableWhen).toEqual([{ question: 'age', operator: '>=', answerInteger: 40 }]);
    expect(ew('weight > 100.5')?.enableWhen).toEqual([
      { question: 'weight', operator: '>', answerQuantity: { value: 100.5 } },
    ]);
    expect(ew("onset < date('2024-01-31')")?.enableWhen).toEqual([
      { question: 'onset', operator: '<', answerDate: '2024-01-31' },
    ]);
    expect(ew("colour = 'red'")?.enableWhen).toEqual([
      {
        question: 'colour',
        operator: '=',
        answerCoding: { system: 'http://snomed.info/sct', code: '386713009', display: 'Red' },
      },
    ]);
    expect(ew("'fever' in symptoms")?.enableWhen).toEqual([
      {
        question: 'symptoms',
        operator: '=',
        answerCoding: {
          system: 'https://careway.dev/fhir/CodeSystem/conditions/symptoms',
          code: 'fever',
          display: 'Fever',
        },
      },
    ]);
    expect(ew("name = 'x'")?.enableWhen).toEqual([{ question: 'name', operator: '=', answerString: 'x' }]);
    expect(ew("not (answered(colour) and colour = 'blue')")?.enableWhen).toEqual([
      {
        question: 'colour',
        operator: '!=',
        answerCoding: {
          system: 'https://careway.dev/fhir/CodeSystem/conditions/colour',
          code: 'blue',
          display: 'Blue',
        },
      },
    ]);
    expect(ew("colour != 'blue'")?.enableWhen).toEqual([
      { question: 'colour', operator: 'exists', answerBoolean: true },
      {
        question: 'colour',
        operator: '!=',
        answerCoding: {
          system: 'https://careway.dev/fhir/CodeSystem/conditions/colour',
          code: 'blue',
          display: 'Blue',
        },
      },
    ]);
    expect(ew('smoker and age != 40')).toMatchObject({
      enableBehavior: 'all',
      enableWhen: [{ operator: '=' }, { operator: 'exists' }, { operator: '!=' }],
    });
    expect(ew("smoker and age >= 40 and colour = 'red'")?.enableBehavior).toBe('all');
    expect(ew('smoker or age >= 40')).toMatchObject({ enableBehavior: 'any' });
  });

  it('declines what R4 would read differently', () => {
    for (const c of [
      "colour != 'red' or smoker", // R4's any cannot group exists and != into one alternative
      'age + 1 > 40',
      'context.age > 40',
      'smoker and (age > 40 or answered(weight))',
      "colour = 'green'",
      'age > 40.5',
      'count(symptoms) > 1',
      'not (smoker and age > 4)',
    ]) {
      expect(ew(c), c).toBeUndefined();
    }
  });
});

describe('exported enableWhen means what the Careway condition means', () => {
  it('for referral-reason-chain.json, on every combination of answers', () => {
    const imported = importQuestionnaire(fixture('referral-reason-chain.json'));
    const p = imported.pathway as Pathway;
    const { questionnaire } = exportQuestionnaire(p);
    const items: FhirQuestionnaireItem[] = (questionnaire.item ?? []).flatMap((g) => g.item ?? []);
    const translated = items.filter((i) => i.enableWhen);
    expect(translated.map((i) => i.linkId)).toEqual(['q_2_2', 'q_2_3', 'q_2_4']);
    const coding = (field: string, v: string) => ({
      coding: { system: `https://careway.dev/fhir/CodeSystem/${p.id}/${field}`, code: v },
    });
    const reason = [undefined, 'copd', 'other'];
    const treatment = [undefined, 'inhaled-therapy', 'home-oxygen'];
    const text = [undefined, 'bronchiectasis'];
    let compared = 0;
    for (const a of reason)
      for (const b of treatment)
        for (const c of text)
          for (const d of text) {
            const answers: Record<string, unknown> = { q_2_1: a, q_2_2: b, q_2_3: c, q_2_4: d };
            const r4 = new Map<string, R4Answer[]>();
            if (a) r4.set('q_2_1', [coding('q_2_1', a)]);
            if (b) r4.set('q_2_2', [coding('q_2_2', b)]);
            if (c) r4.set('q_2_3', [{ string: c }]);
            if (d) r4.set('q_2_4', [{ string: d }]);
            const enabled = r4Enabled(questionnaire, r4);
            for (const item of translated) {
              const field = p.nodes
                .flatMap((n) => (n.kind === 'step' ? n.fields : []))
                .find((f) => f.id === item.linkId);
              const shown =
                evaluate(parseExpression(field?.showWhen as string).ast as never, {
                  values: answers,
                  today: '2026-11-24',
                }) === true;
              expect(enabled.get(item.linkId), `${item.linkId} with ${JSON.stringify(answers)}`).toBe(shown);
              compared++;
            }
          }
    expect(compared).toBe(3 * 3 * 2 * 2 * 3);
  });
});
