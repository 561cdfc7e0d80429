/**
 * Helpers and fast-check arbitraries for the expression tests (not shipped).
 */
import fc from 'fast-check';
import { DURATION_UNITS, isValidName, type ExprNode } from './ast.js';
import { evaluate, type EvalScope } from './evaluate.js';
import { listFunctions } from './functions/registry.js';
import { parseExpression } from './parser.js';
import type { ExprValue } from './values.js';

/** The tree of `text`, failing the test if it does not parse. */
export function parseOk(text: string): ExprNode {
  const result = parseExpression(text);
  if (!result.ast) throw new Error(`${text}: ${JSON.stringify(result.errors)}`);
  return result.ast;
}

/** The first parse error of `text`, failing the test if it parses. */
export function parseError(text: string) {
  const result = parseExpression(text);
  const [error] = result.errors;
  if (result.ast || !error) throw new Error(`${text} parsed`);
  return error;
}

/** Evaluates `text` against `values` (and optionally context), on 2025-03-01 unless told otherwise. */
export function run(
  text: string,
  values: Record<string, unknown> = {},
  extra: Partial<EvalScope> = {},
): ExprValue {
  return evaluate(parseOk(text), { values, today: '2025-03-01', ...extra });
}

/** Records with an ordinary prototype, like the parser's nodes. */
const record: typeof fc.record = ((model: never) =>
  fc.record(model, { noNullPrototype: true })) as typeof fc.record;

const arbName = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/).filter(isValidName);

const arbNumber = fc
  .oneof(
    fc.integer({ min: 0, max: 10_000 }),
    fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0.1, 1e21, 1e-7, 5e-324, Number.MAX_VALUE, 123.456),
  )
  .filter((n) => !Object.is(n, -0));

const arbText = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc
    .array(
      fc.constantFrom(
        "'",
        '"',
        '\\',
        '\n',
        '\t',
        '‘',
        '’',
        '“',
        '”',
        '\u2028',
        '\u0000',
        '\u007f',
        '\uD800',
        'a',
        ' ',
      ),
      { maxLength: 6 },
    )
    .map((a) => a.join('')),
);

const arbIsoDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const functionNames = listFunctions().map((f) => f.name);

/** Leaves: every literal, names and context facts. */
export const arbLeaf: fc.Arbitrary<ExprNode> = fc.oneof(
  record({ kind: fc.constant('number' as const), value: arbNumber }),
  record({ kind: fc.constant('string' as const), value: arbText }),
  record({ kind: fc.constant('boolean' as const), value: fc.boolean() }),
  record({ kind: fc.constant('date' as const), value: arbIsoDate }),
  record({
    kind: fc.constant('duration' as const),
    value: arbNumber,
    unit: fc.constantFrom(...DURATION_UNITS),
  }),
  record({ kind: fc.constant('ref' as const), name: arbName }),
  record({ kind: fc.constant('context' as const), name: arbName }),
);

const OPS = ['+', '-', '*', '/', '=', '!=', '<', '<=', '>', '>=', 'in', 'not in'] as const;

/** Well-formed syntax trees of every shape, a few levels deep. */
export const arbExpr: fc.Arbitrary<ExprNode> = fc.letrec<{ expr: ExprNode }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 4, depthSize: 'small' },
    arbLeaf,
    record({
      kind: fc.constant('unary' as const),
      op: fc.constantFrom('not' as const, '-' as const),
      operand: tie('expr'),
    }),
    record({
      kind: fc.constant('binary' as const),
      op: fc.constantFrom(...OPS),
      left: tie('expr'),
      right: tie('expr'),
    }),
    record({
      kind: fc.constant('logical' as const),
      op: fc.constantFrom('and' as const, 'or' as const),
      operands: fc.array(tie('expr'), { minLength: 2, maxLength: 4 }),
    }),
    record({
      kind: fc.constant('call' as const),
      name: fc.oneof(
        fc.constantFrom(...functionNames),
        arbName.filter((n) => n !== 'date'),
      ),
      args: fc.array(tie('expr'), { maxLength: 3 }),
    }),
    record({ kind: fc.constant('list' as const), items: fc.array(tie('expr'), { maxLength: 3 }) }),
  ),
})).expr;

/** Text made of the language's own pieces, mostly well-formed, often not. */
export const arbTokenSoup: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      '(',
      ')',
      '[',
      ']',
      ',',
      '.',
      'and',
      'or',
      'not',
      'in',
      'not in',
      '=',
      '==',
      '!=',
      '<',
      '<=',
      '>',
      '>=',
      '≥',
      '+',
      '-',
      '*',
      '/',
      'age',
      'x',
      'symptoms',
      'context',
      'context.age',
      'true',
      'false',
      '1',
      '2.5',
      '0',
      "'a'",
      '"b"',
      "'",
      'date',
      "date('2024-01-31')",
      '12 weeks',
      '1 day',
      'months',
      'count(',
      'if(',
      'answered(',
      'today()',
      'AND',
      '&&',
      '!',
      '%',
      '1e400',
      '\\',
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(' '));

/** Anything a host might put in a scope, including things it should not. */
export const arbScope: fc.Arbitrary<EvalScope> = record({
  values: fc.oneof(
    fc.dictionary(arbName, fc.oneof(fc.anything(), arbIsoDate, fc.array(fc.string()))),
    fc.constant((name: string): unknown => {
      if (name.startsWith('x')) throw new Error('host failure');
      return name.length % 2 === 0 ? 4 : '2024-01-31';
    }),
  ),
  context: fc.dictionary(arbName, fc.anything()),
  today: fc.oneof(arbIsoDate, fc.string()),
});
