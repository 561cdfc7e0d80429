import { describe, expect, it } from 'vitest';
import type { Field, Pathway, StepNode } from '../careway-types.js';
import { evaluate } from '../../expr/evaluate.js';
import { parseExpression } from '../../expr/parser.js';
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

  describe('enableWhen translation (referral-reason-chain.json)', () => {
    const result = importQuestionnaire(fixture('referral-reason-chain.json'));
    it('maps linkIds to snake_case ids and keeps the mapping', () => {
      expect(result.linkIds).toMatchObject({ '2.1': 'q_2_1', '2.2': 'q_2_2', '2.5': 'q_2_5' });
      expect(result.fields['q_2_3']).toEqual({ linkId: '2.3', path: ['item', 2] });
    });
    it('writes = as "answered and equal"', () => {
      expect(field(result.pathway, 'q_2_2').showWhen).toBe("answered(q_2_1) and q_2_1 = 'copd'");
    });
    it('writes != as "no answer equals", true when unanswered', () => {
      expect(field(result.pathway, 'q_2_3').showWhen).toBe("not (answered(q_2_1) and q_2_1 = 'copd')");
    });
    it('counts a disabled question as unanswered (exists true / false)', () => {
      expect(field(result.pathway, 'q_2_4').showWhen).toBe(
        "answered(q_2_3) and not (answered(q_2_1) and q_2_1 = 'copd')",
      );
      expect(field(result.pathway, 'q_2_5').showWhen).toBe(
        "not (answered(q_2_3) and not (answered(q_2_1) and q_2_1 = 'copd'))",
      );
    });
    it('keeps required, codes of options and makes one step for a flat form', () => {
      const reason = field(result.pathway, 'q_2_1');
      expect(reason.required).toBe(true);
      expect(reason.type === 'choice' && reason.options.map((o) => [o.value, o.label])).toEqual([
        ['copd', 'Chronic obstructive pulmonary disease'],
        ['other', 'Another respiratory condition'],
      ]);
      expect(result.pathway?.nodes.filter((n) => n.kind === 'step')).toHaveLength(1);
    });
    it('reports nothing for a clean form', () => {
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
    });
  });

  describe('groups (chest-pain-nested.json)', () => {
    const result = importQuestionnaire(fixture('chest-pain-nested.json'));
    it('makes one step per top-level group and skips it when nothing on it would show', () => {
      const steps = result.pathway?.nodes.filter((n): n is StepNode => n.kind === 'step') ?? [];
      expect(steps.map((s) => s.id)).toEqual(['step_1', 'pain-details']);
      expect(result.pathway?.edges).toEqual([
        {
          id: 'step_1_to_pain-details',
          from: 'step_1',
          to: 'pain-details',
          when: "answered(chest_pain) and chest_pain = 'yes'",
        },
        { id: 'step_1_to_complete', from: 'step_1', to: 'complete' },
        { id: 'pain-details_to_complete', from: 'pain-details', to: 'complete' },
      ]);
    });
    it('disables descendants of a disabled group', () => {
      expect(field(result.pathway, 'radiation').showWhen).toBe("answered(chest_pain) and chest_pain = 'yes'");
      expect(field(result.pathway, 'exertional').showWhen).toBe(
        "answered(chest_pain) and chest_pain = 'yes'",
      );
      expect(field(result.pathway, 'radiation_site').showWhen).toContain(
        "answered(chest_pain) and chest_pain = 'yes' and not (",
      );
      expect(field(result.pathway, 'exertion_detail').showWhen).toContain(
        "answered(chest_pain) and chest_pain = 'yes' and not (",
      );
    });
    it('keeps a nested group as a heading', () => {
      expect(field(result.pathway, 'exertion_heading')).toMatchObject({
        type: 'display',
        text: 'Pain on exertion',
        showWhen: "answered(chest_pain) and chest_pain = 'yes'",
      });
    });
  });

  describe('groups, repeats and codings (family-history.json)', () => {
    const result = importQuestionnaire(fixture('family-history.json'));
    it('asks a repeating group once, and says so', () => {
      expect(result.issues.filter((i) => i.code === 'fhir_repeating_group').map((i) => i.linkId)).toEqual([
        'about-you/conditions',
        'relatives',
        'relatives/conditions',
      ]);
      const steps = result.pathway?.nodes.filter((n): n is StepNode => n.kind === 'step') ?? [];
      expect(steps.map((s) => s.id)).toEqual(['about-you', 'relatives']);
    });
    it('gives each linkId its own field id, also where the last segments repeat', () => {
      expect(result.linkIds).toMatchObject({
        'about-you/name': 'name',
        'relatives/name': 'name_2',
        'about-you/conditions/condition': 'condition',
        'relatives/conditions/condition': 'condition_2',
      });
    });
    it('keeps coded options, several answers and help text', () => {
      const cause = field(result.pathway, 'cause_of_death');
      expect(cause.type === 'choice' && cause.options[0]).toEqual({
        value: '44054006',
        label: 'Type 2 diabetes mellitus',
        code: { system: 'http://snomed.info/sct', code: '44054006', display: 'Type 2 diabetes mellitus' },
      });
      const relationship = field(result.pathway, 'relationship');
      expect(relationship.type === 'choice' && relationship.options.map((o) => o.value)).toEqual([
        'mth',
        'fth',
        'sis',
        'bro',
        'dau',
        'sonc',
        'mgrmth',
        'pgrfth',
      ]);
      expect(field(result.pathway, 'ethnicity').type).toBe('multi-choice');
      expect(field(result.pathway, 'name').hint).toBe('The name you would like us to use in letters.');
    });
    it('conditions questions nested under a question on its answer', () => {
      expect(field(result.pathway, 'birth_date_2').showWhen).toBe("answered(living) and living = 'yes'");
      expect(field(result.pathway, 'age_at_death').showWhen).toBe("answered(living) and living = 'no'");
    });
  });

  describe('one step per item', () => {
    it('puts each top-level question on its own step and routes around hidden ones', () => {
      const result = importQuestionnaire(fixture('referral-reason-chain.json'), { stepPerItem: true });
      const steps = result.pathway?.nodes.filter((n): n is StepNode => n.kind === 'step') ?? [];
      expect(steps.map((s) => s.fields.map((f) => f.id))).toEqual([
        ['q_2_1'],
        ['q_2_2'],
        ['q_2_3'],
        ['q_2_4'],
        ['q_2_5'],
      ]);
      const fromFirst = result.pathway?.edges.filter((e) => e.from === steps[0]?.id);
      expect(fromFirst?.[0]).toMatchObject({
        to: steps[1]?.id,
        when: "answered(q_2_1) and q_2_1 = 'copd'",
      });
      expect(fromFirst?.[1]).toMatchObject({
        to: steps[2]?.id,
        when: "not (answered(q_2_1) and q_2_1 = 'copd')",
      });
    });
  });

  describe('enableWhen loops', () => {
    it('reports the loop as an error and still finishes', () => {
      const started = Date.now();
      const result = importQuestionnaire(fixture('nausea-loop.json'));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(result.ok).toBe(false);
      const loops = result.issues.filter((i) => i.code === 'fhir_enable_when_loop');
      expect(loops.map((i) => i.linkId)).toEqual(['nausea', 'antiemetic']);
      expect(loops[0]?.message).toMatch(/nausea.*antiemetic|antiemetic.*nausea/);
      expect(fieldsOf(result.pathway).map((f) => f.id)).toEqual(['nausea', 'vomiting', 'antiemetic']);
      expect(field(result.pathway, 'nausea').prefill).toBe('false');
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
    it('turns ordinal values into option scores and a total score', () => {
      const result = importQuestionnaire(fixture('breathlessness-diary.json'));
      const q1 = field(result.pathway, 'diary_q1');
      expect(q1.type === 'choice' && q1.options.map((o) => [o.value, o.score, o.code?.code])).toEqual([
        ['cwf-0', 0, 'CWF-0'],
        ['cwf-1', 1, 'CWF-1'],
        ['cwf-2', 2, 'CWF-2'],
        ['cwf-3', 3, 'CWF-3'],
      ]);
      const total = result.pathway?.variables.find((v) => v.id === 'total_score');
      expect(total?.kind).toBe('score');
      // seven scored questions, three answers each that score more than nothing
      expect(total?.kind === 'score' && total.items.length).toBe(21);
      expect(total?.kind === 'score' && total.items[0]).toEqual({
        label: '1. Breathless when walking on the flat: On some days',
        when: "answered(diary_q1) and diary_q1 = 'cwf-1'",
        points: 1,
      });
      // the unscored value set adds nothing; the clinician's scoring note is hidden, so not asked
      const impact = field(result.pathway, 'impact_daily');
      expect(impact.type === 'choice' && impact.options.every((o) => o.score === undefined)).toBe(true);
      expect(codes(result)).toEqual(['fhir_hidden_item']);
    });

    it('resolves an answerValueSet given by canonical URL to the contained ValueSet', () => {
      const result = importQuestionnaire(fixture('breathlessness-diary.json'));
      const q7 = field(result.pathway, 'diary_q7');
      expect(q7.type === 'choice' && q7.options.map((o) => o.score)).toEqual([0, 1, 2, 3]);
    });

    it('turns the BMI calculation into a variable over weight and height', () => {
      const result = importQuestionnaire(fixture('weight-height-bmi.json'));
      const bmi = result.pathway?.variables.find((v) => v.id === 'bmi');
      expect(bmi).toMatchObject({
        kind: 'expression',
        label: 'Body mass index',
        unit: { label: 'kg/m2', ucum: 'kg/m2' },
        show: true,
      });
      expect(bmi?.kind === 'expression' && bmi.expr).toBe(
        'round(body_weight / (body_height / 100 * body_height / 100), 1)',
      );
      expect(fieldsOf(result.pathway).map((f) => f.id)).not.toContain('bmi');
      expect(field(result.pathway, 'body_weight')).toMatchObject({
        type: 'decimal',
        unit: { label: 'kg', ucum: 'kg' },
        code: { system: 'http://snomed.info/sct', code: '27113001' },
      });
    });

    it('computes the BMI from the answers', () => {
      const { pathway } = importQuestionnaire(fixture('weight-height-bmi.json'));
      const bmi = pathway?.variables.find((v) => v.id === 'bmi');
      const expr = parseExpression(bmi?.kind === 'expression' ? bmi.expr : '');
      const at = (weight: number, height: number) =>
        evaluate(expr.ast as never, {
          values: { body_weight: weight, body_height: height },
          today: '2026-11-24',
        });
      expect(at(70, 175)).toBe(22.9);
      expect(at(95.5, 160)).toBe(37.3);
    });

    it('reports FHIRPath it cannot translate, item by item', () => {
      const result = importQuestionnaire(fixture('pre-assessment-conditions.json'));
      const issue = result.issues.find((i) => i.linkId === 'escalation-note');
      expect(issue).toMatchObject({ code: 'fhir_unsupported_expression', severity: 'warning' });
      expect(issue?.message).toContain("%resource.item.item.where(linkId='news2').answer.value >= 5");
      const history = importQuestionnaire(fixture('family-history.json'));
      expect(
        history.issues.filter((i) => i.code === 'fhir_unsupported_expression').map((i) => i.linkId),
      ).toEqual(['about-you/name', 'about-you/birth-date', 'relatives/sex']);
    });

    it('reports each enableWhen it cannot translate, and shows the item at least when R4 would', () => {
      const result = importQuestionnaire(fixture('pre-assessment-conditions.json'));
      expect(
        result.issues.filter((i) => i.code === 'fhir_enable_when_untranslatable').map((i) => i.linkId),
      ).toEqual([
        'last-meal-late',
        'allergy-index-after',
        'allergy-index-before',
        'allergy-index-from',
        'allergy-index-below',
        'own-practice',
        'smoker-or-allergy-index',
      ]);
      expect(field(result.pathway, 'allergy_index_after').showWhen).toBeUndefined();
      expect(field(result.pathway, 'sepsis_screen').showWhen).toBe(
        "(answered(temperature) and temperature >= 38) or (answered(symptoms) and '386661006' in symptoms)",
      );
      expect(field(result.pathway, 'anaesthetic_review').showWhen).toBe(
        'answered(age) and age >= 65 and answered(anticoagulant) and anticoagulant = true',
      );
      expect(field(result.pathway, 'bariatric_equipment').showWhen).toBe(
        'answered(weight) and weight >= 150',
      );
      expect(field(result.pathway, 'group_after_a').showWhen).toBe(
        "answered(blood_group) and (blood_group = 'ab' or blood_group = 'b' or blood_group = 'o')",
      );
      expect(field(result.pathway, 'admission_new_protocol').showWhen).toBe(
        "answered(admitted_at) and admitted_at >= date('2026-03-01')",
      );
    });
  });

  describe('the slips of a hand-written form (minor-injuries-slips.json)', () => {
    const result = importQuestionnaire(fixture('minor-injuries-slips.json'));
    it('reads what the author meant, and says what it read', () => {
      expect(result.issues.map((i) => [i.code, i.linkId])).toEqual([
        ['fhir_invalid_value', 'injury-site'],
        ['fhir_invalid_value', 'injury-this-month'],
        ['fhir_invalid_value', 'lunchtime-slot'],
        ['fhir_enable_behavior_missing', 'tetanus-booster'],
      ]);
      expect(result.ok).toBe(true);
    });
    it('turns the conditions given through the wrong element into the intended ones', () => {
      expect(field(result.pathway, 'injury_site').type).toBe('multi-choice');
      expect(field(result.pathway, 'ankle_weight_bearing').showWhen).toBe(
        "answered(injury_site) and 'ankle' in injury_site",
      );
      expect(field(result.pathway, 'injury_this_month').showWhen).toBe(
        "answered(injury_month) and injury_month = '2026-11'",
      );
      expect(field(result.pathway, 'lunchtime_slot').showWhen).toBe(
        "not (answered(arrival_slot) and arrival_slot = '12-00-00')",
      );
      expect(field(result.pathway, 'tetanus_booster').showWhen).toBe(
        'answered(tetanus_up_to_date) and tetanus_up_to_date = false and answered(age) and age >= 18',
      );
    });
    it('keeps a display item marked required as plain text to read', () => {
      expect(field(result.pathway, 'safeguarding')).toEqual({
        id: 'safeguarding',
        label: 'If you are worried about your safety at home, tell the receptionist.',
        type: 'display',
        text: 'If you are worried about your safety at home, tell the receptionist.',
      });
    });
  });

  describe('item types (clinic-intake.json)', () => {
    const result = importQuestionnaire(fixture('clinic-intake.json'));
    it('maps each R4 type', () => {
      const types = Object.fromEntries(
        fieldsOf(result.pathway).map((f) => [result.fields[f.id]?.linkId, f.type]),
      );
      expect(types).toEqual({
        'intake-welcome': 'display',
        'preferred-name': 'text',
        'presenting-complaint': 'long-text',
        'interpreter-needed': 'boolean',
        'date-of-birth': 'date',
        'last-seen': 'date',
        'best-call-time': 'text',
        'children-at-home': 'integer',
        waist: 'decimal',
        'care-plan-link': 'text',
        'named-gp': 'text',
        'wound-photo': 'attachment',
        height: 'decimal',
        'contact-method': 'choice',
        'ethnic-category': 'text',
        'main-language': 'text',
        'country-of-birth': 'text',
        nationality: 'text',
      });
    });
    it('keeps attachment limits and units', () => {
      expect(field(result.pathway, 'wound_photo')).toMatchObject({
        accept: ['image/png', 'image/jpeg', 'application/pdf'],
        maxBytes: 5242880,
        maxFiles: 1,
      });
      expect(field(result.pathway, 'waist')).toMatchObject({ unit: { label: 'centimetres', ucum: 'cm' } });
      expect(field(result.pathway, 'best_call_time')).toMatchObject({ type: 'text', maxLength: 8 });
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
