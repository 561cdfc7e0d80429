/**
 * Hostile input, everywhere core takes it: generated and mutated documents
 * (wrong types, missing and extra keys, huge strings, deep nesting, numbers
 * at the edges, dates that do not exist, `__proto__` and `constructor` keys)
 * fed to the schema parser, the expression language, the engine, the
 * analysis and the FHIR importer. Nothing may throw, nothing may pollute a
 * prototype, and oversized input is refused with a clear issue. The number
 * of cases run is printed at the end.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from './analysis/index.js';
import { createSession, generatePathway } from './engine/index.js';
import { checkExpression, evaluate, parseExpression } from './expr/index.js';
import { importQuestionnaire } from './fhir/index.js';
import { LIMITS, safeParsePathway, type Pathway } from './schema/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const examples = readdirSync(join(here, '..', '..', '..', 'pathways'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(here, '..', '..', '..', 'pathways', f), 'utf8')) as Pathway);
const RUNS = Number(process.env['CAREWAY_FUZZ_RUNS'] ?? 300);
const counted: Record<string, number> = {};
const count = (what: string) => (counted[what] = (counted[what] ?? 0) + 1);

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const keysBefore = prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join(','));
function unpolluted(): void {
  expect(prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join(','))).toEqual(keysBefore);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

/** Values at the edges of what JSON and JavaScript allow. */
const edgeValue = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e308,
    Infinity,
    NaN,
    '',
    ' ',
    '\u0000',
    '\u202e\u200b\ufeff',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '__proto__',
    'constructor',
    null,
    true,
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

/** JSON-like values that may carry `__proto__`, `constructor` and `prototype` keys. */
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    edgeValue,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype')),
      tie('value'),
      {
        maxKeys: 5,
      },
    ),
  ),
})).value;

/** A pathway from the examples with one value somewhere inside replaced by something hostile. */
const mutatedPathway = fc
  .tuple(
    fc.constantFrom(...examples),
    fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    hostileJson,
    fc.boolean(),
  )
  .map(([base, steps, replacement, asProto]) => {
    const doc = structuredClone(base) as unknown as Record<string, unknown>;
    let owner: Record<string, unknown> | unknown[] = doc;
    for (const step of steps) {
      const keys = Object.keys(owner);
      if (keys.length === 0) break;
      const key = keys[step % keys.length] as string;
      const next = (owner as Record<string, unknown>)[key];
      if (typeof next !== 'object' || next === null || steps.indexOf(step) === steps.length - 1) {
        if (asProto)
          Object.defineProperty(owner, '__proto__', {
            value: replacement,
            enumerable: true,
            configurable: true,
            writable: true,
          });
        else (owner as Record<string, unknown>)[key] = replacement;
        break;
      }
      owner = next as Record<string, unknown>;
    }
    return doc;
  });

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('hostile input', () => {
  afterAll(() => {
    const total = Object.values(counted).reduce((a, b) => a + b, 0);
    console.log(
      `hardening/fuzz: ${total} cases — ${Object.entries(counted)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  });

  it('the schema parser never throws, refuses what is wrong with issues, and pollutes no prototype', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson, mutatedPathway), (input) => {
        count('documents parsed');
        const result = safeParsePathway(input);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(issue.code).toMatch(/^[a-z][a-z_]*$/);
        }
        unpolluted();
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('refuses deep nesting, huge strings and huge lists quickly, with a clear issue', () => {
    const base = examples[0] as unknown as Record<string, unknown>;
    const cases: [string, unknown][] = [
      ['deep nesting', { ...base, description: undefined, extra: nested(100_000) }],
      ['a huge string', { ...base, title: 'x'.repeat(5_000_000) }],
      ['a huge list', { ...base, nodes: Array.from({ length: 300_000 }, () => ({})) }],
      ['a document nested in itself many times', nested(10_000)],
    ];
    for (const [name, input] of cases) {
      count('oversized documents');
      const result = safeParsePathway(input);
      expect(result.ok, name).toBe(false);
      if (!result.ok)
        expect(result.issues[0]?.code, name).toMatch(/too_(large|deep)|invalid_type|unrecognized_keys/);
    }
    unpolluted();
  });

  it('refuses an answer beyond the answer limits whole, and the page does not pass with it', () => {
    const parsed = safeParsePathway({
      schemaVersion: 1,
      id: 'notes',
      version: '1.0.0',
      title: 'Notes',
      status: 'draft',
      approvals: [],
      sources: [],
      context: [],
      start: 'ask',
      nodes: [
        {
          id: 'ask',
          kind: 'step',
          title: 'Notes',
          fields: [
            { id: 'notes', type: 'long-text', label: 'Notes' },
            { id: 'tags', type: 'multi-choice', label: 'Tags', options: [{ value: 'a', label: 'A' }] },
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
      edges: [{ id: 'e1', from: 'ask', to: 'done' }],
      variables: [],
      scenarios: [],
    });
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
    count('oversized answers');
    const session = createSession(parsed.pathway, { today: '2026-11-24' });
    expect(session.answer('notes', 'x'.repeat(LIMITS.maxAnswerLength + 1)).errors.map((e) => e.code)).toEqual(
      ['answer_too_large'],
    );
    expect(session.state.answers['notes']).toBeUndefined();
    expect(session.next().kind).toBe('step');
    count('oversized answers');
    const tags = session.answer(
      'tags',
      Array.from({ length: LIMITS.maxAnswerItems + 1 }, (_, i) => `t${i}`),
    );
    expect(tags.errors.filter((e) => e.fieldId === 'tags').map((e) => e.code)).toEqual(['answer_too_large']);
    session.answer('notes', 'x'.repeat(LIMITS.maxAnswerLength));
    expect(session.state.answers['notes']).toHaveLength(LIMITS.maxAnswerLength);
  });

  it('the expression language parses, checks and evaluates any text without throwing', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc
        .array(
          fc.constantFrom(
            'age',
            '>=',
            '40',
            'and',
            'or',
            'not',
            '(',
            ')',
            "'x'",
            'in',
            'symptoms',
            'count(',
            ',',
            '12 weeks',
            '@2026-02-30',
            'context.',
            '__proto__',
            'constructor',
            '1e999',
            '-',
            '*',
            '/',
            '0',
            'if(',
          ),
          { maxLength: 20 },
        )
        .map((parts) => parts.join(' ')),
    );
    // Well-formed expressions too, so that evaluation meets hostile values, not only the parser.
    const wellFormed = fc.letrec((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(
          'age',
          'symptoms',
          'context.age',
          '40',
          "'x'",
          'true',
          '12 weeks',
          '@2026-02-28',
          '1e300',
        ),
        fc
          .tuple(
            tie('expr'),
            fc.constantFrom('>=', '<', '=', '!=', 'and', 'or', '+', '-', '*', '/', 'in'),
            tie('expr'),
          )
          .map(([l, o, r]) => `(${l} ${o} ${r})`),
        tie('expr').map((e) => `not ${e}`),
        fc
          .tuple(
            fc.constantFrom('count', 'sum', 'min', 'max', 'answered', 'if'),
            fc.array(tie('expr'), { minLength: 1, maxLength: 3 }),
          )
          .map(([f, args]) => `${f}(${args.join(', ')})`),
      ),
    })).expr;
    fc.assert(
      fc.property(fc.oneof(text, wellFormed), hostileJson, (source, value) => {
        count('expressions');
        const parsed = parseExpression(source);
        checkExpression(source, { fields: new Map(), variables: new Map(), context: new Map() } as never);
        if (parsed.ast) {
          count('expressions evaluated');
          evaluate(parsed.ast, {
            values: { age: value, symptoms: value },
            context: { age: value },
            today: '2026-02-30',
          } as never);
        }
        unpolluted();
      }),
      { numRuns: RUNS * 3 },
    );
    const deep = `${'('.repeat(50_000)}1${')'.repeat(50_000)}`;
    count('expressions');
    expect(parseExpression(deep).errors.map((e) => e.code)).toEqual([
      expect.stringMatching(/^expression_too_/),
    ]);
  });

  it('the engine takes any answers, to any field, in any order, without throwing', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('answer' as const),
        field: fc.string({ maxLength: 12 }),
        value: hostileJson,
      }),
      fc.record({ kind: fc.constantFrom('next' as const, 'back' as const, 'restart' as const) }),
      fc.record({ kind: fc.constant('goTo' as const), node: fc.string({ maxLength: 12 }) }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        hostileJson,
        fc.array(op, { maxLength: 15 }),
        (pathway, context, ops) => {
          count('engine sessions');
          const fieldIds = pathway.nodes.flatMap((n) => (n.kind === 'step' ? n.fields.map((f) => f.id) : []));
          const session = createSession(pathway, {
            context: context as Record<string, unknown>,
            today: '2026-11-24',
          });
          for (const o of ops) {
            if (o.kind === 'answer')
              session.answer(fieldIds[o.field.length % fieldIds.length] ?? o.field, o.value);
            else if (o.kind === 'goTo') session.goTo(o.node);
            else session[o.kind]();
          }
          expect(JSON.parse(JSON.stringify(session.state))).toEqual(session.state);
          unpolluted();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the analysis never throws on any valid pathway it is given', () => {
    const generated = fc
      .record({ nodes: fc.integer({ min: 2, max: 60 }), seed: fc.nat() })
      .map((o) => generatePathway({ ...o, safe: false }) as unknown);
    fc.assert(
      fc.property(fc.oneof(mutatedPathway, generated), (input) => {
        const parsed = safeParsePathway(input);
        if (!parsed.ok) return;
        count('pathways analysed');
        const result = analyze(parsed.pathway, { today: '2026-11-24', budget: 5_000 });
        expect(Array.isArray(result.findings)).toBe(true);
        unpolluted();
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  });

  it('the FHIR importer never throws on generated and mutated Questionnaires', () => {
    const item = fc.letrec((tie) => ({
      item: fc.record(
        {
          linkId: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor')),
          type: fc.constantFrom(
            'boolean',
            'decimal',
            'integer',
            'date',
            'dateTime',
            'string',
            'text',
            'choice',
            'open-choice',
            'quantity',
            'display',
            'group',
            'attachment',
            'reference',
            'nonsense',
          ),
          text: fc.string({ maxLength: 20 }),
          required: fc.boolean(),
          repeats: fc.boolean(),
          enableWhen: fc.array(
            fc.record({
              question: fc.string({ maxLength: 6 }),
              operator: fc.constantFrom('exists', '=', '!=', '>', '<', '>=', '<=', '~'),
              answerBoolean: fc.boolean(),
            }),
            { maxLength: 2 },
          ),
          item: fc.array(tie('item'), { maxLength: 2 }),
          extra: hostileJson,
        },
        { requiredKeys: ['linkId', 'type'] },
      ),
    })).item;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ resourceType: fc.constant('Questionnaire'), item: fc.array(item, { maxLength: 5 }) }),
          hostileJson,
        ),
        (q) => {
          count('questionnaires imported');
          const result = importQuestionnaire(q);
          expect(Array.isArray(result.issues)).toBe(true);
          unpolluted();
        },
      ),
      { numRuns: RUNS },
    );
  });
});
