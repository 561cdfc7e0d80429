import { describe, expect, it } from 'vitest';
import type { ExprNode } from './ast.js';
import { evaluate } from './evaluate.js';
import { MAX_DEPTH, MAX_EXPRESSION_LENGTH } from './limits.js';
import { parseExpression } from './parser.js';
import { printExpression } from './print.js';
import { references } from './references.js';
import { parseOk } from './test-fixtures.js';
import { typecheck } from './typecheck.js';
import { isExprNode } from './validate.js';
import { isUnknown } from './values.js';

const codes = (text: string) => parseExpression(text).errors.map((e) => e.code);

describe('limits', () => {
  it(`refuses text longer than ${MAX_EXPRESSION_LENGTH} characters`, () => {
    const long = `a = '${'x'.repeat(MAX_EXPRESSION_LENGTH)}'`;
    const result = parseExpression(long);
    expect(result.errors.map((e) => e.code)).toEqual(['expression_too_long']);
    expect(result.errors[0]?.range).toEqual({ from: MAX_EXPRESSION_LENGTH, to: long.length });
    expect(codes(`'${'x'.repeat(MAX_EXPRESSION_LENGTH - 2)}'`)).toEqual([]);
  });

  it(`accepts nesting to ${MAX_DEPTH} levels and refuses more`, () => {
    expect(codes(`${'('.repeat(MAX_DEPTH)}a${')'.repeat(MAX_DEPTH)}`)).toEqual([]);
    expect(codes(`${'('.repeat(MAX_DEPTH + 1)}a${')'.repeat(MAX_DEPTH + 1)}`)).toEqual([
      'expression_too_deep',
    ]);
    expect(codes(`${'not '.repeat(MAX_DEPTH + 1)}a`)).toEqual(['expression_too_deep']);
    expect(codes(`${'-'.repeat(MAX_DEPTH + 1)}a`)).toEqual(['expression_too_deep']);
    expect(codes(`${'abs('.repeat(MAX_DEPTH + 1)}a${')'.repeat(MAX_DEPTH + 1)}`)).toEqual([
      'expression_too_deep',
    ]);
    expect(codes(`${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`)).toEqual([
      'expression_too_deep',
    ]);
  });

  it('counts each arithmetic operator of a chain as a level, but a run of and/or as one', () => {
    expect(codes(Array.from({ length: MAX_DEPTH }, () => '1').join(' + '))).toEqual([]);
    expect(codes(Array.from({ length: MAX_DEPTH + 1 }, () => '1').join(' + '))).toEqual([
      'expression_too_deep',
    ]);
    expect(codes(Array.from({ length: 1000 }, (_, i) => `q${i}`).join(' or '))).toEqual([]);
  });

  it('never overflows the stack on hostile text within the length limit', () => {
    const half = MAX_EXPRESSION_LENGTH / 2;
    for (const text of [
      '('.repeat(MAX_EXPRESSION_LENGTH),
      '-'.repeat(MAX_EXPRESSION_LENGTH - 1) + '1',
      'not '.repeat(half / 2 - 1) + 'a',
      '1+'.repeat(half - 1) + '1',
      '['.repeat(MAX_EXPRESSION_LENGTH),
    ]) {
      expect(() => parseExpression(text)).not.toThrow();
      expect(codes(text)).toEqual(['expression_too_deep']);
    }
    expect(() => parseExpression('x'.repeat(100_000))).not.toThrow();
  });

  it('makes every walker safe on a hand-built tree that is too deep or cyclic', () => {
    let deep: ExprNode = { kind: 'ref', name: 'a' };
    for (let i = 0; i < 100_000; i++) deep = { kind: 'unary', op: 'not', operand: deep };
    const cyclic = { kind: 'logical', op: 'and', operands: [] as ExprNode[] };
    cyclic.operands.push(cyclic as ExprNode, cyclic as ExprNode);
    for (const ast of [deep, cyclic as ExprNode]) {
      expect(isUnknown(evaluate(ast, { values: { a: true }, today: '2025-01-01' }))).toBe(true);
      expect(typecheck(ast, { names: { a: 'boolean' } }).errors.map((e) => e.code)).toContain(
        'expression_too_deep',
      );
      expect(() => references(ast)).not.toThrow();
      expect(() => printExpression(ast)).not.toThrow();
    }
  });

  it('stops quickly on a hand-built tree that shares nodes exponentially', () => {
    let shared: ExprNode = { kind: 'ref', name: 'a' };
    for (let i = 0; i < 60; i++) shared = { kind: 'logical', op: 'or', operands: [shared, shared] };
    const started = Date.now();
    expect(isUnknown(evaluate(shared, { values: { a: false }, today: '2025-01-01' }))).toBe(true);
    expect(typecheck(shared, { names: { a: 'boolean' } }).errors.map((e) => e.code)).toContain(
      'expression_too_large',
    );
    expect(references(shared).names).toEqual(['a']);
    expect(printExpression(shared)).toBe('…');
    expect(isExprNode(shared)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('evaluates a tree at the depth limit', () => {
    const text = `${'not '.repeat(MAX_DEPTH - 1)}a`;
    expect(evaluate(parseOk(text), { values: { a: true }, today: '2025-01-01' })).toBe(false);
  });
});
