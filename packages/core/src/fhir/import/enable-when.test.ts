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
import { type FhirValue, readValue } from './values.js';

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

/** The values the form's enableWhen conditions compare each question with, by linkId. */
function comparedValues(q: FhirQuestionnaire): Map<string, FhirValue[]> {
  const out = new Map<string, FhirValue[]>();
  for (const item of itemsOf(q))
    for (const ew of item.enableWhen ?? []) {
      if (ew.operator === 'exists') continue;
      const value: FhirValue | undefined =
        readValue(ew, 'answer')?.value ??
        (ew.answerReference?.reference ? { kind: 'string', value: ew.answerReference.reference } : undefined);
      if (value) out.set(ew.question, [...(out.get(ew.question) ?? []), value]);
    }
  return out;
}

/** The answers worth trying for each answerable item: the values the form's conditions compare with, and their neighbours. */
function domains(q: FhirQuestionnaire, imported: ImportResult): Map<string, Choice[]> {
  const fields = new Map(
    (imported.pathway?.nodes ?? []).flatMap((n) => (n.kind === 'step' ? n.fields : [])).map((f) => [f.id, f]),
  );
  const compared = comparedValues(q);
  const out = new Map<string, Choice[]>();
  for (const item of itemsOf(q)) {
    const id = imported.linkIds[item.linkId];
    const field = id === undefined ? undefined : fields.get(id);
    if (!field) continue;
    out.set(item.linkId, choicesFor(item, field, compared.get(item.linkId) ?? []));
  }
  return out;
}

function shiftDay(day: string, by: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

/** Each compared value with a value just below and just above it (a few defaults when nothing is compared). */
function around<T>(values: T[], neighbours: (v: T) => T[], fallback: T[]): T[] {
  const all = values.length === 0 ? fallback : values.flatMap((v) => [v, ...neighbours(v)]);
  return [...new Set(all)];
}

function choicesFor(item: FhirQuestionnaireItem, field: Field, compared: FhirValue[]): Choice[] {
  const numbers = compared.flatMap((v) => (v.kind === 'number' ? [v.value] : []));
  const days = compared.flatMap((v) =>
    v.kind === 'date' && /^\d{4}-\d{2}-\d{2}/.test(v.value) ? [v.value.slice(0, 10)] : [],
  );
  const texts = compared.flatMap((v) =>
    v.kind === 'string' || v.kind === 'time'
      ? [v.value]
      : v.kind === 'coding' && v.value.code
        ? [v.value.code]
        : [],
  );
  switch (field.type) {
    case 'boolean':
      return [true, false].map((b) => ({ r4: [{ boolean: b }], careway: b }));
    case 'integer':
      return around(numbers, (n) => [n - 1, n + 1], [0, 1]).map((n) => ({ r4: [{ number: n }], careway: n }));
    case 'decimal':
      return around(numbers, (n) => [n - 0.5, n + 0.25], [0.5, 2]).map((n) => ({
        r4: [{ number: n }],
        careway: n,
      }));
    case 'date':
      return around(days, (d) => [shiftDay(d, -1), shiftDay(d, 1)], ['2026-01-01']).map((d) => ({
        r4: [{ date: item.type === 'dateTime' ? `${d}T10:00:00Z` : d }],
        careway: d,
      }));
    case 'text':
    case 'long-text':
      // the value itself, one that sorts just before it, two that sort after it, and an unrelated one
      return [
        ...around(
          texts,
          (t) => [
            t.slice(0, -1),
            `${t}s`,
            `${t.slice(0, -1)}${String.fromCharCode(t.charCodeAt(t.length - 1) + 1)}`,
          ],
          ['some text'],
        ),
        'a',
      ].map((s) => ({ r4: [{ string: s }], careway: s }));
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

const HEAVY = [
  'chest-pain-nested.json',
  'minor-injuries-slips.json',
  'pre-assessment-conditions.json',
  'referral-reason-chain.json',
];

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
          { numRuns: file === 'pre-assessment-conditions.json' ? 300 : 500, seed: 7 },
        );
      });
    });
  }

  describe('referral-reason-chain.json, read as a specification', () => {
    const q = fixture('referral-reason-chain.json');
    const imported = importQuestionnaire(q);
    const pathway = imported.pathway as Pathway;
    const shown = (answers: Record<string, unknown>): string[] =>
      [...carewayVisible(pathway, answers)].filter(([, v]) => v).map(([id]) => id);

    it('asks the COPD treatment only for COPD, and a description of any other condition', () => {
      expect(shown({})).toEqual(['q_2_1', 'q_2_3', 'q_2_5']);
      expect(shown({ q_2_1: 'copd' })).toEqual(['q_2_1', 'q_2_2', 'q_2_5']);
      expect(shown({ q_2_1: 'other' })).toEqual(['q_2_1', 'q_2_3', 'q_2_5']);
      expect(shown({ q_2_1: 'other', q_2_3: 'bronchiectasis' })).toEqual(['q_2_1', 'q_2_3', 'q_2_4']);
    });

    it('forgets the answer to a question once it is disabled', () => {
      // 2.3 answered, then 2.1 changed to COPD: 2.3 is disabled, so "2.3 exists" no longer holds
      expect(shown({ q_2_1: 'copd', q_2_3: 'bronchiectasis' })).toEqual(['q_2_1', 'q_2_2', 'q_2_5']);
    });

    it('gives the same visible fields through the engine', () => {
      const session = createSession(pathway, { today: TODAY });
      const visible = () => {
        const view = session.view();
        return view.kind === 'step' ? view.fields.map((f) => f.field.id) : [];
      };
      expect(visible()).toEqual(['q_2_1', 'q_2_3', 'q_2_5']);
      session.answer('q_2_1', 'other');
      session.answer('q_2_3', 'bronchiectasis');
      expect(visible()).toEqual(['q_2_1', 'q_2_3', 'q_2_4']);
      session.answer('q_2_1', 'copd');
      expect(visible()).toEqual(['q_2_1', 'q_2_2', 'q_2_5']);
    });
  });

  describe('the reference-loop fixture', () => {
    it('is reported, and its conditions still evaluate', () => {
      const imported = importQuestionnaire(fixture('nausea-loop.json'));
      expect(imported.issues.some((i) => i.code === 'fhir_enable_when_loop')).toBe(true);
      const visible = carewayVisible(imported.pathway as Pathway, {
        nausea: true,
        vomiting: false,
        antiemetic: false,
      });
      expect([...visible.keys()]).toEqual(['nausea', 'vomiting', 'antiemetic']);
      // with nausea answered yes, the antiemetic question (asked unless there was nausea) is not asked
      expect(visible.get('antiemetic')).toBe(false);
      expect(visible.get('vomiting')).toBe(true);
    });
  });
});
