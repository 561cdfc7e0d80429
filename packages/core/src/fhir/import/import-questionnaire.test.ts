import { describe, expect, it } from 'vitest';
import type { Field, Pathway, StepNode } from '../careway-types.js';
import { safeParsePathway } from '../../schema/parse.js';
import { expressionErrors, fixture, fixtureQuestionnaires } from '../test-fixtures.js';
import { importQuestionnaire } from './import-questionnaire.js';

function fieldsOf(pathway: Pathway | undefined): Field[] {
  return (pathway?.nodes ?? []).flatMap((n) => (n.kind === 'step' ? n.fields : []));
}

function field(pathway: Pathway | undefined, id: string): Field {
  const f = fieldsOf(pathway).find((x) => x.id === id);
  if (!f) throw new Error(`no field ${id}`);
  return f;
}

function codes(result: ReturnType<typeof importQuestionnaire>): string[] {
  return result.issues.map((i) => i.code);
}

describe('importQuestionnaire', () => {
  describe('every published fixture', () => {
    for (const { file, questionnaire } of fixtureQuestionnaires()) {
      it(`imports ${file} with every item accounted for`, () => {
        const result = importQuestionnaire(questionnaire);
        expect(result.pathway).toBeDefined();
        const ids = new Set(fieldsOf(result.pathway).map((f) => f.id));
        const variables = new Set(result.pathway?.variables.map((v) => v.id));
        const walk = (items: typeof questionnaire.item, path: (string | number)[]): void =>
          (items ?? []).forEach((item, i) => {
            const at = [...path, 'item', i];
            const fieldId = result.linkIds[item.linkId];
            const reported = result.issues.some((x) => x.linkId === item.linkId);
            // Each item is a field, a variable, a group (step or heading) or is reported.
            if (item.type !== 'group')
              expect(
                fieldId !== undefined && (ids.has(fieldId) || variables.has(fieldId)) ? true : reported,
                item.linkId,
              ).toBe(true);
            walk(item.item, at);
          });
        walk(questionnaire.item, []);
        for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
      });

      it(`makes a valid pathway of ${file}, whose every expression type-checks`, () => {
        for (const stepPerItem of [false, true]) {
          const { pathway } = importQuestionnaire(questionnaire, { stepPerItem });
          const parsed = safeParsePathway(pathway);
          expect(parsed.ok ? [] : parsed.issues.map((i) => i.message)).toEqual([]);
          expect(expressionErrors(pathway as Pathway)).toEqual([]);
        }
      });

      it(`keeps every enableWhen of ${file} (as a showWhen, or reported)`, () => {
        const result = importQuestionnaire(questionnaire);
        const walk = (items: typeof questionnaire.item): void =>
          (items ?? []).forEach((item) => {
            if (item.enableWhen?.length) {
              const id = result.linkIds[item.linkId];
              const shown = id !== undefined && field(result.pathway, id).showWhen !== undefined;
              const reported = result.issues.some(
                (x) => x.linkId === item.linkId && x.code.startsWith('fhir_enable_when'),
              );
              const groupChildren =
                item.type === 'group' &&
                (item.item ?? []).every((c) => {
                  const cid = result.linkIds[c.linkId];
                  return cid === undefined || field(result.pathway, cid).showWhen !== undefined;
                });
              expect(shown || reported || groupChildren, item.linkId).toBe(true);
            }
            walk(item.item);
          });
        walk(questionnaire.item);
      });
    }
  });

  describe('enableWhen translation (test-enablewhen.json)', () => {
    const result = importQuestionnaire(fixture('test-enablewhen.json'));
    it('maps linkIds to snake_case ids and keeps the mapping', () => {
      expect(result.linkIds).toMatchObject({ '4.1': 'q_4_1', '4.2': 'q_4_2', '4.5': 'q_4_5' });
      expect(result.fields['q_4_3']).toEqual({ linkId: '4.3', path: ['item', 2] });
    });
    it('writes = as "answered and equal"', () => {
      expect(field(result.pathway, 'q_4_2').showWhen).toBe("answered(q_4_1) and q_4_1 = 'diabetes'");
    });
    it('writes != as "no answer equals", true when unanswered', () => {
      expect(field(result.pathway, 'q_4_3').showWhen).toBe("not (answered(q_4_1) and q_4_1 = 'diabetes')");
    });
    it('counts a disabled question as unanswered (exists true / false)', () => {
      expect(field(result.pathway, 'q_4_4').showWhen).toBe(
        "answered(q_4_3) and not (answered(q_4_1) and q_4_1 = 'diabetes')",
      );
      expect(field(result.pathway, 'q_4_5').showWhen).toBe(
        "not (answered(q_4_3) and not (answered(q_4_1) and q_4_1 = 'diabetes'))",
      );
    });
    it('keeps required, codes of options and makes one step for a flat form', () => {
      const q41 = field(result.pathway, 'q_4_1');
      expect(q41.required).toBe(true);
      expect(q41.type).toBe('choice');
      expect(result.pathway?.nodes.filter((n) => n.kind === 'step')).toHaveLength(1);
    });
    it('reports nothing for a clean form', () => {
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
    });
  });

  describe('groups', () => {
    const result = importQuestionnaire(fixture('q-with-nested-enableWhen.json'));
    it('makes one step per top-level group and skips it when nothing on it would show', () => {
      const steps = result.pathway?.nodes.filter((n): n is StepNode => n.kind === 'step') ?? [];
      expect(steps.map((s) => s.id)).toEqual(['step_1', 'g1']);
      expect(result.pathway?.edges).toEqual([
        { id: 'step_1_to_g1', from: 'step_1', to: 'g1', when: "answered(p1) and p1 = 'yes'" },
        { id: 'step_1_to_complete', from: 'step_1', to: 'complete' },
        { id: 'g1_to_complete', from: 'g1', to: 'complete' },
      ]);
    });
    it('disables descendants of a disabled group', () => {
      expect(field(result.pathway, 'c1').showWhen).toBe("answered(p1) and p1 = 'yes'");
      expect(field(result.pathway, 'dd1').showWhen).toContain("answered(p1) and p1 = 'yes' and not (");
    });
    it('keeps a nested group as a heading', () => {
      expect(field(result.pathway, 'g2_heading')).toMatchObject({
        type: 'display',
        text: 'middle layer group',
      });
    });
  });

  describe('one step per item', () => {
    it('puts each top-level question on its own step and routes around hidden ones', () => {
      const result = importQuestionnaire(fixture('test-enablewhen.json'), { stepPerItem: true });
      const steps = result.pathway?.nodes.filter((n): n is StepNode => n.kind === 'step') ?? [];
      expect(steps.map((s) => s.fields.map((f) => f.id))).toEqual([
        ['q_4_1'],
        ['q_4_2'],
        ['q_4_3'],
        ['q_4_4'],
        ['q_4_5'],
      ]);
      const fromFirst = result.pathway?.edges.filter((e) => e.from === steps[0]?.id);
      expect(fromFirst?.[0]).toMatchObject({
        to: steps[1]?.id,
        when: "answered(q_4_1) and q_4_1 = 'diabetes'",
      });
      expect(fromFirst?.[1]).toMatchObject({
        to: steps[2]?.id,
        when: "not (answered(q_4_1) and q_4_1 = 'diabetes')",
      });
    });
  });

  describe('enableWhen loops', () => {
    it('reports the loop as an error and still finishes', () => {
      const started = Date.now();
      const result = importQuestionnaire(fixture('q-enableWhen-with-reference-loop.json'));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(result.ok).toBe(false);
      const loops = result.issues.filter((i) => i.code === 'fhir_enable_when_loop');
      expect(loops.length).toBeGreaterThan(0);
      expect(loops[0]?.message).toMatch(/item1.*item3|item3.*item1/);
      expect(fieldsOf(result.pathway).map((f) => f.id)).toEqual(['item1', 'item2', 'item3']);
    });

    it('survives a self-reference and a long chain', () => {
      const chain = Array.from({ length: 300 }, (_, i) => ({
        linkId: `c${i}`,
        type: 'boolean',
        enableWhen: [{ question: `c${(i + 1) % 300}`, operator: 'exists', answerBoolean: true }],
      }));
      const self = {
        linkId: 'me',
        type: 'boolean',
        enableWhen: [{ question: 'me', operator: '=', answerBoolean: true }],
      };
      const result = importQuestionnaire({
        resourceType: 'Questionnaire',
        status: 'draft',
        item: [self, ...chain],
      });
      expect(result.issues.filter((i) => i.code === 'fhir_enable_when_loop').map((i) => i.linkId)).toEqual([
        'me',
        'c0',
      ]);
    });
  });

  describe('options, scores and calculations', () => {
    it('turns PHQ-9 ordinal values into option scores and a total score', () => {
      const result = importQuestionnaire(fixture('argonaut-phq9-ish.json'));
      const q1 = field(result.pathway, 'g1_q1');
      expect(q1.type === 'choice' && q1.options.map((o) => [o.value, o.score, o.code?.code])).toEqual([
        ['la6568-5', 0, 'LA6568-5'],
        ['la6569-3', 1, 'LA6569-3'],
        ['la6570-1', 2, 'LA6570-1'],
        ['la6571-9', 3, 'LA6571-9'],
      ]);
      const total = result.pathway?.variables.find((v) => v.id === 'total_score');
      expect(total?.kind).toBe('score');
      expect(total?.kind === 'score' && total.items.length).toBe(27);
      expect(total?.kind === 'score' && total.items[0]).toEqual({
        label: '1. Little interest or pleasure in doing things,: Several days',
        when: "answered(g1_q1) and g1_q1 = 'la6569-3'",
        points: 1,
      });
    });

    it('resolves an answerValueSet given by canonical URL to the contained ValueSet', () => {
      const result = importQuestionnaire(fixture('argonaut-phq9-ish.json'));
      expect(field(result.pathway, 'g1_q9').type).toBe('choice');
    });

    it('turns the BMI calculation into a variable over weight and height', () => {
      const result = importQuestionnaire(fixture('weightHeightQuestionnaire.json'));
      const bmi = result.pathway?.variables.find((v) => v.id === 'q_39156_5');
      expect(bmi).toMatchObject({
        kind: 'expression',
        label: 'BMI',
        unit: { label: 'kg/m2', ucum: 'kg/m2' },
        show: true,
      });
      expect(bmi?.kind === 'expression' && bmi.expr).toBe(
        'round(q_29463_7 / (q_8302_2 * 0.0254) / (q_8302_2 * 0.0254), 1)',
      );
      expect(fieldsOf(result.pathway).map((f) => f.id)).not.toContain('q_39156_5');
      expect(field(result.pathway, 'q_29463_7')).toMatchObject({
        type: 'decimal',
        unit: { label: 'kg', ucum: 'kg' },
        code: { system: 'http://loinc.org', code: '29463-7' },
      });
    });

    it('reports FHIRPath it cannot translate, item by item', () => {
      const result = importQuestionnaire(fixture('enableWhen-test.R4.json'));
      const issue = result.issues.find((i) => i.linkId === 'Q10-ewe');
      expect(issue).toMatchObject({ code: 'fhir_unsupported_expression', severity: 'warning' });
      expect(issue?.message).toContain("%resource.item.item.where(linkId='Q10')");
      const ussg = importQuestionnaire(fixture('ussg-fhp.json'));
      expect(
        ussg.issues.filter((i) => i.code === 'fhir_unsupported_expression').map((i) => i.linkId),
      ).toEqual(['/54126-8/54125-0', '/54126-8/21112-8', '/54114-4/54123-5']);
    });
  });

  describe('item types (bit-of-everything.json)', () => {
    const result = importQuestionnaire(fixture('bit-of-everything.json'));
    it('maps each R4 type', () => {
      const types = Object.fromEntries(
        fieldsOf(result.pathway).map((f) => [result.fields[f.id]?.linkId, f.type]),
      );
      expect(types).toEqual({
        'Item-label': 'display',
        'Item-string': 'text',
        'Item-text': 'long-text',
        'Item-bool': 'boolean',
        'Item-date': 'date',
        'Item-datetime': 'date',
        'Item-time': 'text',
        'Item-integer': 'integer',
        'Item-decimal': 'decimal',
        'Item-url': 'text',
        'Item-reference': 'text',
        'Item-attachment': 'attachment',
        'Item-quantity': 'decimal',
        'Item-rb-local': 'choice',
        'Item-rb': 'text',
        Item10: 'text',
        Item11: 'text',
        Item12: 'text',
      });
    });
    it('keeps attachment limits and units', () => {
      expect(field(result.pathway, 'item_attachment')).toMatchObject({
        accept: ['image/png', 'image/jpeg', 'application/json', 'application/pdf'],
        maxBytes: 1000000,
        maxFiles: 1,
      });
      expect(field(result.pathway, 'item_decimal')).toMatchObject({ unit: { label: 'meters', ucum: 'm' } });
    });
    it('says what it changed', () => {
      expect(codes(result)).toEqual(
        expect.arrayContaining([
          'fhir_datetime_as_date',
          'fhir_time_as_text',
          'fhir_reference_as_text',
          'fhir_unit_choice_not_supported',
          'fhir_value_set_unresolved',
        ]),
      );
    });
  });

  describe('more of R4', () => {
    it('reads repeats, readOnly, maxLength, initial and initialSelected', () => {
      const result = importQuestionnaire({
        resourceType: 'Questionnaire',
        status: 'active',
        item: [
          {
            linkId: 'multi',
            type: 'choice',
            repeats: true,
            answerOption: [{ valueString: 'A', initialSelected: true }, { valueString: 'B' }],
          },
          {
            linkId: 'name',
            type: 'string',
            maxLength: 20,
            readOnly: true,
            initial: [{ valueString: 'Ann' }],
          },
          { linkId: 'when', type: 'date', initial: [{ valueDate: '2020-05-01' }] },
          {
            linkId: 'n',
            type: 'integer',
            answerOption: [{ valueInteger: 12 }, { valueInteger: 34 }],
            initial: [{ valueInteger: 34 }],
          },
        ],
      });
      expect(field(result.pathway, 'multi')).toMatchObject({ type: 'multi-choice', prefill: "['a']" });
      expect(field(result.pathway, 'name')).toMatchObject({
        type: 'text',
        maxLength: 20,
        required: false,
        prefill: "'Ann'",
      });
      expect(field(result.pathway, 'when')).toMatchObject({ prefill: "date('2020-05-01')" });
      expect(field(result.pathway, 'n')).toMatchObject({ type: 'choice', prefill: "'34'" });
      expect(codes(result)).toContain('fhir_read_only');
    });

    it('translates ordering operators on choices into the matching options', () => {
      const result = importQuestionnaire({
        resourceType: 'Questionnaire',
        status: 'active',
        item: [
          {
            linkId: 'n',
            type: 'integer',
            answerOption: [{ valueInteger: 12 }, { valueInteger: 34 }, { valueInteger: 56 }],
          },
          {
            linkId: 'big',
            type: 'string',
            enableWhen: [{ question: 'n', operator: '>', answerInteger: 20 }],
          },
        ],
      });
      expect(field(result.pathway, 'big').showWhen).toBe("answered(n) and (n = '34' or n = '56')");
    });

    it('refuses what is not a Questionnaire', () => {
      for (const input of [null, 42, { resourceType: 'Patient' }]) {
        const result = importQuestionnaire(input);
        expect(result.pathway).toBeUndefined();
        expect(result.issues[0]?.code).toBe('fhir_not_a_questionnaire');
      }
    });
  });
});
