import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExprNode } from './ast.js';
import { checkExpression } from './check.js';
import { evaluate, evaluateWithTrace } from './evaluate.js';
import { MAX_EXPRESSION_LENGTH } from './limits.js';
import { parseExpression } from './parser.js';
import { printExpression } from './print.js';
import { references } from './references.js';
import { arbExpr, arbScope, arbTokenSoup } from './test-fixtures.js';
import { typecheck } from './typecheck.js';
import { isExprNode } from './validate.js';
import { isUnknown, UNKNOWN } from './values.js';

const runs = { numRuns: 300 };

const fitsLimits = (ast: ExprNode) => printExpression(ast).length <= MAX_EXPRESSION_LENGTH;

describe('properties', () => {
  it('parse(print(ast)) deep-equals ast', () => {
    fc.assert(
      fc.property(arbExpr, (ast) => {
        fc.pre(fitsLimits(ast));
        const parsed = parseExpression(printExpression(ast));
        expect(parsed.errors).toEqual([]);
        expect(parsed.ast).toStrictEqual(ast);
      }),
      runs,
    );
  });

  it('printing is canonical: print(parse(print(ast))) === print(ast)', () => {
    fc.assert(
      fc.property(arbExpr, (ast) => {
        fc.pre(fitsLimits(ast));
        const text = printExpression(ast);
        const again = parseExpression(text).ast;
        expect(again && printExpression(again)).toBe(text);
      }),
      runs,
    );
  });

  it('any text that parses prints to a fixed point', () => {
    fc.assert(
      fc.property(arbTokenSoup, (text) => {
        const { ast } = parseExpression(text);
        if (!ast) return;
        const once = printExpression(ast);
        const reparsed = parseExpression(once).ast;
        expect(reparsed).toStrictEqual(ast);
        expect(reparsed && printExpression(reparsed)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('parse never throws, and its errors lie within the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), arbTokenSoup), (text) => {
        const result = parseExpression(text);
        expect(result.ast === undefined).toBe(result.errors.length > 0);
        for (const { range } of result.errors) {
          expect(range.from).toBeGreaterThanOrEqual(0);
          expect(range.from).toBeLessThanOrEqual(range.to);
          expect(range.to).toBeLessThanOrEqual(text.length);
        }
        if (result.ast) expect(isExprNode(result.ast)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('checkExpression never throws, and its ranges lie within the text', () => {
    const env = {
      names: { age: 'number', x: 'boolean', symptoms: { kind: 'list', options: ['a'] } },
      context: { age: 'number' },
    } as const;
    fc.assert(
      fc.property(arbTokenSoup, (text) => {
        const result = checkExpression(text, env, 'boolean');
        for (const { range } of result.errors) {
          expect(range.from).toBeLessThanOrEqual(range.to);
          expect(range.to).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('evaluate, typecheck and references never throw on generated trees and arbitrary scopes', () => {
    fc.assert(
      fc.property(arbExpr, arbScope, (ast, scope) => {
        const value = evaluate(ast, scope);
        expect(JSON.parse(JSON.stringify(value))).toEqual(value);
        const traced = evaluateWithTrace(ast, scope);
        expect(traced.value).toEqual(value);
        const named = references(ast);
        for (const read of traced.reads)
          expect(read.kind === 'ref' ? named.names : named.context).toContain(read.name);
        expect(() => typecheck(ast, { names: { a: 'number' } })).not.toThrow();
      }),
      runs,
    );
  });

  it('evaluate never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), arbScope, (json, scope) => {
        expect(() => evaluate(json as unknown as ExprNode, scope)).not.toThrow();
        expect(() => typecheck(json as unknown as ExprNode, {})).not.toThrow();
        expect(() => references(json as unknown as ExprNode)).not.toThrow();
        expect(() => printExpression(json as unknown as ExprNode)).not.toThrow();
      }),
      runs,
    );
  });

  describe('three-valued logic', () => {
    const NAMES = ['a', 'b', 'c', 'd'];
    const arbBool: fc.Arbitrary<ExprNode> = fc.letrec<{ e: ExprNode }>((tie) => ({
      e: fc.oneof(
        { maxDepth: 4, depthSize: 'small' },
        fc.constantFrom(...NAMES).map((name): ExprNode => ({ kind: 'ref', name })),
        fc.boolean().map((value): ExprNode => ({ kind: 'boolean', value })),
        tie('e').map((operand): ExprNode => ({ kind: 'unary', op: 'not', operand })),
        fc
          .tuple(
            fc.constantFrom('and' as const, 'or' as const),
            fc.array(tie('e'), { minLength: 2, maxLength: 3 }),
          )
          .map(([op, operands]): ExprNode => ({ kind: 'logical', op, operands })),
        fc
          .tuple(fc.constantFrom('any', 'all', 'count'), fc.array(tie('e'), { minLength: 1, maxLength: 3 }))
          .map(([name, args]): ExprNode => {
            const call: ExprNode = { kind: 'call', name, args };
            return name === 'count'
              ? { kind: 'binary', op: '>=', left: call, right: { kind: 'number', value: 2 } }
              : call;
          }),
        fc
          .tuple(tie('e'), tie('e'), tie('e'))
          .map(([c, t, f]): ExprNode => ({ kind: 'call', name: 'if', args: [c, t, f] })),
      ),
    })).e;
    const arbPartial = fc.record({
      a: fc.option(fc.boolean(), { nil: undefined }),
      b: fc.option(fc.boolean(), { nil: undefined }),
      c: fc.option(fc.boolean(), { nil: undefined }),
      d: fc.option(fc.boolean(), { nil: undefined }),
    });
    const arbFull = fc.record({ a: fc.boolean(), b: fc.boolean(), c: fc.boolean(), d: fc.boolean() });

    it('answering more questions never changes a known result (so the engine may act on it)', () => {
      fc.assert(
        fc.property(arbBool, arbPartial, arbFull, (ast, partial, fill) => {
          const before = evaluate(ast, { values: partial, today: '2025-01-01' });
          fc.pre(!isUnknown(before));
          const completed = Object.fromEntries(
            NAMES.map((n) => [n, partial[n as keyof typeof partial] ?? fill[n as keyof typeof fill]]),
          );
          expect(evaluate(ast, { values: completed, today: '2025-01-01' })).toBe(before);
        }),
        runs,
      );
    });

    it('with every question answered, a condition is true or false', () => {
      fc.assert(
        fc.property(arbBool, arbFull, (ast, values) => {
          expect(typeof evaluate(ast, { values, today: '2025-01-01' })).toBe('boolean');
        }),
        runs,
      );
    });

    it('not not x = x and De Morgan hold with unknowns', () => {
      fc.assert(
        fc.property(arbBool, arbBool, arbPartial, (x, y, values) => {
          const ev = (ast: ExprNode) => evaluate(ast, { values, today: '2025-01-01' });
          const not = (operand: ExprNode): ExprNode => ({ kind: 'unary', op: 'not', operand });
          expect(ev(not(not(x)))).toEqual(ev(x));
          expect(ev(not({ kind: 'logical', op: 'and', operands: [x, y] }))).toEqual(
            ev({ kind: 'logical', op: 'or', operands: [not(x), not(y)] }),
          );
          const value = ev(x);
          expect(value === true || value === false || value === UNKNOWN || isUnknown(value)).toBe(true);
        }),
        runs,
      );
    });
  });
});
