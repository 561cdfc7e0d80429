/**
 * The imported showWhen conditions, evaluated by Careway's own interpreter,
 * enable exactly the items that R4 enables — checked item by item against an
 * independent reference evaluator written from the R4 text
 * (`r4Enabled` in ../test-fixtures.ts), for hand-picked and generated answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../engine/session.js';
import { evaluate } from '../../expr/evaluate.js';
import { parseExpression } from '../../expr/parser.js';
import type { Field, Pathway } from '../careway-types.js';
import { fixture, type R4Answer, r4Enabled } from '../test-fixtures.js';
import type { FhirQuestionnaire, FhirQuestionnaireItem } from '../types.js';
import { importQuestionnaire, type ImportResult } from './import-questionnaire.js';
import type { FhirValue } from './values.js';

const TODAY = '2026-11-24';

/** One possible answer to an item, as R4 sees it and as Careway stores it. */
interface Choice {
  r4: R4Answer[];
  careway: unknown;
}

function r4Of(v: FhirValue): R4Answer {
  switch (v.kind) {
    case 'coding':
      return { coding: v.value };
    case 'number':
      return { number: v.value };
    case 'boolean':
      return { boolean: v.value };
    case 'date':
      return { date: v.value };
    default:
      return /^\d{4}(-\d\d)?(-\d\d)?$/.test(v.value) ? { date: v.value } : { string: v.value };
  }
}

function itemsOf(q: FhirQuestionnaire): FhirQuestionnaireItem[] {
  const out: FhirQuestionnaireItem[] = [];
  const walk = (items: FhirQuestionnaireItem[] | undefined): void =>
    (items ?? []).forEach((i) => {
      out.push(i);
      walk(i.item);
    });
  walk(q.item);
  return out;
}

/** The answers worth trying for each answerable item: the values the form's conditions compare with, and their neighbours. */
function domains(q: FhirQuestionnaire, imported: ImportResult): Map<string, Choice[]> {
  const fields = new Map(
    (imported.pathway?.nodes ?? []).flatMap((n) => (n.kind === 'step' ? n.fields : [])).map((f) => [f.id, f]),
  );
  const out = new Map<string, Choice[]>();
  for (const item of itemsOf(q)) {
    const id = imported.linkIds[item.linkId];
    const field = id === undefined ? undefined : fields.get(id);
    if (!field) continue;
    out.set(item.linkId, choicesFor(item, field));
  }
  return out;
}

function choicesFor(item: FhirQuestionnaireItem, field: Field): Choice[] {
  switch (field.type) {
    case 'boolean':
      return [true, false].map((b) => ({ r4: [{ boolean: b }], careway: b }));
    case 'integer':
      return [3, 4, 5, 6].map((n) => ({ r4: [{ number: n }], careway: n }));
    case 'decimal':
      return [3, 4.8, 5.6, 7.25].map((n) => ({ r4: [{ number: n }], careway: n }));
    case 'date':
      return ['2020-04-30', '2020-05-01', '2020-05-02'].map((d) => ({
        r4: [{ date: item.type === 'dateTime' ? `${d}T10:00:00Z` : d }],
        careway: d,
      }));
    case 'text':
    case 'long-text':
      return ['test', 'tes', 'testing', 'tesz', 'a', '10:30:00'].map((s) => ({
        r4: [{ string: s }],
        careway: s,
      }));
    case 'choice':
    case 'multi-choice': {
      const sources = (item.answerOption ?? []).map((o, i) => ({ option: field.options[i], o }));
      const single = sources.map(({ option, o }) => ({
        r4: [r4Of(sourceOf(o))],
        careway: field.type === 'choice' ? option?.value : [option?.value],
      }));
      if (field.type === 'choice') return single;
      // a few multi-answer combinations too
      const all = sources.map(({ option, o }) => ({ value: option?.value as string, r4: r4Of(sourceOf(o)) }));
      const pairs = all.flatMap((a, i) =>
        all.slice(i + 1).map((b) => ({ r4: [a.r4, b.r4], careway: [a.value, b.value] })),
      );
      return [...single, ...pairs, { r4: all.map((a) => a.r4), careway: all.map((a) => a.value) }];
    }
    default:
      return [];
  }
}

function sourceOf(o: NonNullable<FhirQuestionnaireItem['answerOption']>[number]): FhirValue {
  if (o.valueCoding) return { kind: 'coding', value: o.valueCoding };
  if (o.valueInteger !== undefined) return { kind: 'number', value: o.valueInteger };
  if (o.valueDate !== undefined) return { kind: 'date', value: o.valueDate };
  if (o.valueTime !== undefined) return { kind: 'time', value: o.valueTime };
  return { kind: 'string', value: o.valueString ?? '' };
}

const parsed = new Map<string, ReturnType<typeof parseExpression>>();
function parse(text: string): NonNullable<ReturnType<typeof parseExpression>['ast']> {
  let p = parsed.get(text);
  if (!p) {
    p = parseExpression(text);
    parsed.set(text, p);
  }
  if (!p.ast) throw new Error(`Careway cannot parse ${text}: ${p.errors.map((e) => e.message).join('; ')}`);
  return p.ast;
}

/**
 * Which fields Careway shows for raw answers (stale answers to hidden
 * questions included, so that the conditions themselves must discount them).
 */
function carewayVisible(pathway: Pathway, answers: Readonly<Record<string, unknown>>): Map<string, boolean> {
  const variables = new Map(pathway.variables.map((v) => [v.id, v]));
  const values = (name: string): unknown => {
    const v = variables.get(name);
    if (v?.kind === 'expression') return evaluate(parse(v.expr), { values, today: TODAY });
    return answers[name];
  };
  const out = new Map<string, boolean>();
  for (const n of pathway.nodes) {
    if (n.kind !== 'step') continue;
    for (const f of n.fields)
      out.set(
        f.id,
        f.showWhen === undefined || evaluate(parse(f.showWhen), { values, today: TODAY }) === true,
      );
  }
  return out;
}

/** Compares R4 and Careway for one set of answers; returns the disagreements. */
function disagreements(
  q: FhirQuestionnaire,
  imported: ImportResult,
  given: ReadonlyMap<string, Choice>,
): string[] {
  const r4 = r4Enabled(q, new Map([...given].map(([linkId, c]) => [linkId, c.r4])));
  const careway = carewayVisible(
    imported.pathway as Pathway,
    Object.fromEntries([...given].map(([linkId, c]) => [imported.linkIds[linkId] as string, c.careway])),
  );
  const approximate = new Set(
    imported.issues
      .filter((i) => i.code === 'fhir_enable_when_untranslatable' || i.code === 'fhir_unsupported_expression')
      .map((i) => i.linkId),
  );
  const out: string[] = [];
  for (const [linkId, enabled] of r4) {
    const id = imported.linkIds[linkId];
    if (id === undefined) continue;
    const shown = careway.get(id);
    const ok = approximate.has(linkId) ? !enabled || shown === true : shown === enabled;
    if (!ok)
      out.push(`${linkId}: R4 ${enabled ? 'enabled' : 'disabled'}, Careway ${shown ? 'shown' : 'hidden'}`);
  }
  return out;
}

function answerArbitrary(domain: Map<string, Choice[]>): fc.Arbitrary<Map<string, Choice>> {
  const entries = [...domain].filter(([, choices]) => choices.length > 0);
  return fc
    .tuple(
      ...entries.map(([, choices]) => fc.option(fc.constantFrom(...choices), { nil: undefined, freq: 2 })),
    )
    .map(
      (picked) =>
        new Map(
          entries.flatMap(([linkId], i) => (picked[i] === undefined ? [] : [[linkId, picked[i] as Choice]])),
        ),
    );
}

const HEAVY = ['enableWhen-test.R4.json', 'q-with-nested-enableWhen.json', 'test-enablewhen.json'];

describe('imported enableWhen behaves as R4 defines, item by item', () => {
  for (const file of HEAVY) {
    describe(file, () => {
      const q = fixture(file);
      const imported = importQuestionnaire(q);
      const domain = domains(q, imported);

      it('parses every translated condition', () => {
        for (const n of imported.pathway?.nodes ?? []) {
          if (n.kind === 'step')
            for (const f of n.fields)
              if (f.showWhen) expect(parseExpression(f.showWhen).errors, f.id).toEqual([]);
        }
        for (const v of imported.pathway?.variables ?? [])
          if (v.kind === 'expression') expect(parseExpression(v.expr).errors).toEqual([]);
      });

      it('agrees with nothing answered', () => {
        expect(disagreements(q, imported, new Map())).toEqual([]);
      });

      it('agrees with each item answered alone, with every value tried', () => {
        for (const [linkId, choices] of domain) {
          for (const c of choices)
            expect(
              disagreements(q, imported, new Map([[linkId, c]])),
              `${linkId} = ${JSON.stringify(c.careway)}`,
            ).toEqual([]);
        }
      });

      it('agrees on generated combinations of answers', () => {
        fc.assert(
          fc.property(answerArbitrary(domain), (given) => {
            expect(disagreements(q, imported, given)).toEqual([]);
          }),
          { numRuns: file === 'enableWhen-test.R4.json' ? 300 : 500, seed: 7 },
        );
      });
    });
  }

  describe('test-enablewhen.json, read as a specification', () => {
    const q = fixture('test-enablewhen.json');
    const imported = importQuestionnaire(q);
    const pathway = imported.pathway as Pathway;
    const shown = (answers: Record<string, unknown>): string[] =>
      [...carewayVisible(pathway, answers)].filter(([, v]) => v).map(([id]) => id);

    it('shows the diabetes treatment only for diabetes, and the free-text diagnosis otherwise', () => {
      expect(shown({})).toEqual(['q_4_1', 'q_4_3', 'q_4_5']);
      expect(shown({ q_4_1: 'diabetes' })).toEqual(['q_4_1', 'q_4_2', 'q_4_5']);
      expect(shown({ q_4_1: 'other' })).toEqual(['q_4_1', 'q_4_3', 'q_4_5']);
      expect(shown({ q_4_1: 'other', q_4_3: 'asthma' })).toEqual(['q_4_1', 'q_4_3', 'q_4_4']);
    });

    it('forgets the answer to a question once it is disabled', () => {
      // 4.3 answered, then 4.1 changed to diabetes: 4.3 is disabled, so "4.3 exists" no longer holds
      expect(shown({ q_4_1: 'diabetes', q_4_3: 'asthma' })).toEqual(['q_4_1', 'q_4_2', 'q_4_5']);
    });

    it('gives the same visible fields through the engine', () => {
      const session = createSession(pathway, { today: TODAY });
      const visible = () => {
        const view = session.view();
        return view.kind === 'step' ? view.fields.map((f) => f.field.id) : [];
      };
      expect(visible()).toEqual(['q_4_1', 'q_4_3', 'q_4_5']);
      session.answer('q_4_1', 'other');
      session.answer('q_4_3', 'asthma');
      expect(visible()).toEqual(['q_4_1', 'q_4_3', 'q_4_4']);
      session.answer('q_4_1', 'diabetes');
      expect(visible()).toEqual(['q_4_1', 'q_4_2', 'q_4_5']);
    });
  });

  describe('the reference-loop fixture', () => {
    it('is reported, and its conditions still evaluate', () => {
      const imported = importQuestionnaire(fixture('q-enableWhen-with-reference-loop.json'));
      expect(imported.issues.some((i) => i.code === 'fhir_enable_when_loop')).toBe(true);
      const visible = carewayVisible(imported.pathway as Pathway, {
        item1: true,
        item2: false,
        item3: false,
      });
      expect([...visible.keys()]).toEqual(['item1', 'item2', 'item3']);
    });
  });
});
