/**
 * The importer takes input from outside, so it is tested on generated
 * questionnaires (STYLE §13): whatever the items, nesting, options and
 * enableWhen references — loops, dangling references, wrong answer types
 * included — it never throws, always ends, and gives a valid pathway whose
 * every expression type-checks and which survives export → import.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParsePathway } from '../../schema/parse.js';
import type { Pathway } from '../careway-types.js';
import { exportQuestionnaire } from '../export/questionnaire.js';
import { expressionErrors } from '../test-fixtures.js';
import type { FhirEnableWhen, FhirQuestionnaireItem } from '../types.js';
import { importQuestionnaire } from './import-questionnaire.js';

const TYPES = [
  'boolean',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'text',
  'choice',
  'open-choice',
  'quantity',
  'display',
  'attachment',
  'url',
  'reference',
  'bogus',
];
const OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<=', 'like'];
const LINK_IDS = ['a', 'b', 'c', 'd', 'e', '1.1', '/x/y', 'Q-1', 'and', 'group', 'g.1', 'ÄÖ'];

const answer = fc.oneof(
  fc.record({ answerBoolean: fc.boolean() }),
  fc.record({ answerInteger: fc.integer({ min: -5, max: 5 }) }),
  fc.record({ answerDecimal: fc.double({ min: -10, max: 10, noNaN: true }) }),
  fc.record({ answerString: fc.constantFrom('x', 'y', '', "it's") }),
  fc.record({ answerDate: fc.constantFrom('2020-01-01', '2020', '2021-06') }),
  fc.record({
    answerCoding: fc.record(
      { code: fc.constantFrom('x', 'y', 'z'), system: fc.constantFrom('http://s', 'not a uri') },
      { requiredKeys: ['code'] },
    ),
  }),
  fc.constant({}),
);

const enableWhen: fc.Arbitrary<FhirEnableWhen> = fc
  .tuple(fc.constantFrom(...LINK_IDS, 'missing'), fc.constantFrom(...OPERATORS), answer)
  .map(([question, operator, a]) => ({ question, operator, ...a }));

const option = fc.oneof(
  fc.record({
    valueCoding: fc.record(
      {
        code: fc.constantFrom('x', 'y', 'z', 'X'),
        system: fc.constantFrom('http://s', 'local'),
        display: fc.constantFrom('X', 'Why'),
      },
      { requiredKeys: ['code'] },
    ),
  }),
  fc.record({ valueString: fc.constantFrom('x', 'y', 'A b') }),
  fc.record({ valueInteger: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ valueDate: fc.constantFrom('2020-01-01', '2021') }),
);

const item: fc.Memo<FhirQuestionnaireItem> = fc.memo((depth) =>
  fc
    .record(
      {
        linkId: fc.constantFrom(...LINK_IDS),
        type: depth > 1 ? fc.constantFrom(...TYPES, 'group', 'group') : fc.constantFrom(...TYPES),
        text: fc.constantFrom('Question', 'Another', ''),
        required: fc.boolean(),
        repeats: fc.boolean(),
        readOnly: fc.boolean(),
        enableWhen: fc.array(enableWhen, { maxLength: 3 }),
        enableBehavior: fc.constantFrom('all', 'any', 'none'),
        answerOption: fc.array(option, { maxLength: 4 }),
        initial: fc.array(
          fc.oneof(fc.record({ valueBoolean: fc.boolean() }), fc.record({ valueString: fc.constant('x') })),
          { maxLength: 1 },
        ),
        item: depth > 1 ? fc.array(item(depth - 1), { maxLength: 3 }) : fc.constant([]),
      },
      { requiredKeys: ['linkId', 'type'] },
    )
    .map((i) => {
      const { enableBehavior, ...rest } = i;
      return (enableBehavior === 'none' ? rest : { ...rest, enableBehavior }) as FhirQuestionnaireItem;
    }),
);

const questionnaire = fc.record({
  resourceType: fc.constant('Questionnaire' as const),
  status: fc.constantFrom('draft', 'active', 'retired', 'unknown') as fc.Arbitrary<
    'draft' | 'active' | 'retired' | 'unknown'
  >,
  title: fc.constantFrom('A form', 'Formulaire'),
  version: fc.constantFrom('1', '2.5', 'x'),
  item: fc.array(item(3), { minLength: 1, maxLength: 6 }),
});

describe('importQuestionnaire on generated questionnaires', () => {
  it('never throws, and gives a valid pathway that round-trips', () => {
    fc.assert(
      fc.property(questionnaire, fc.boolean(), (q, stepPerItem) => {
        const result = importQuestionnaire(q, { stepPerItem });
        if (!result.pathway) {
          expect(result.issues.length).toBeGreaterThan(0);
          return;
        }
        const parsed = safeParsePathway(result.pathway);
        expect(parsed.ok ? [] : parsed.issues.map((i) => i.message)).toEqual([]);
        expect(expressionErrors(result.pathway as Pathway)).toEqual([]);
        expect(
          importQuestionnaire(exportQuestionnaire(result.pathway as Pathway).questionnaire).pathway,
        ).toEqual(result.pathway);
        for (const i of result.issues) expect(i.code).toMatch(/^fhir_[a-z_]+$/);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('survives garbage', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = importQuestionnaire(value);
        expect(result.pathway).toBeUndefined();
      }),
      { numRuns: 200, seed: 5 },
    );
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 5 }), (items) => {
        expect(() =>
          importQuestionnaire({ resourceType: 'Questionnaire', status: 'draft', item: items }),
        ).not.toThrow();
      }),
      { numRuns: 200, seed: 6 },
    );
  });
});
