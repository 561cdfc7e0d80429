import { describe, expect, it } from 'vitest';
import type { ExprNode } from './ast.js';
import { parseExpression } from './parser.js';
import { printExpression } from './print.js';
import { canonicalRanges } from './ranges.js';
import { parseOk } from './test-fixtures.js';

const canonical = (text: string) => printExpression(parseOk(text));

describe('printExpression', () => {
  it.each([
    ['age>=40 and(rectal_bleeding or weight_loss)', 'age >= 40 and (rectal_bleeding or weight_loss)'],
    ['"haemoptysis" in symptoms', "'haemoptysis' in symptoms"],
    ['x == 1', 'x = 1'],
    ['x <> 1', 'x != 1'],
    ['x ≥ 1', 'x >= 1'],
    ['a  not   in  b', 'a not in b'],
    ['((a))', 'a'],
    ['(a and b) or c', 'a and b or c'],
    ['a and (b or c)', 'a and (b or c)'],
    ['(a and b) and c', '(a and b) and c'],
    ['a or (b or c)', 'a or (b or c)'],
    ['not (a and b)', 'not (a and b)'],
    ['not (a = b)', 'not a = b'],
    ['(not a) = b', '(not a) = b'],
    ['(a + b) + c', 'a + b + c'],
    ['a + (b + c)', 'a + (b + c)'],
    ['a - (b - c)', 'a - (b - c)'],
    ['(a * b) + c', 'a * b + c'],
    ['a * (b + c)', 'a * (b + c)'],
    ['-(a + b)', '-(a + b)'],
    ['- -a', '--a'],
    ['a * -b', 'a * -b'],
    ['1 weeks', '1 week'],
    ['2 week', '2 weeks'],
    ['12 WEEKs'.toLowerCase(), '12 weeks'],
    ['0.50', '0.5'],
    ['1e3', '1000'],
    ['0.0000001', '1e-7'],
    ['date("2024-01-31")', "date('2024-01-31')"],
    ['[ "a" ,"b" ]', "['a', 'b']"],
    ['if( age<1 ,"infant","child" )', "if(age < 1, 'infant', 'child')"],
    ['context . age', 'context.age'],
    ['“it’s”', "'it’s'"],
    ['"it\'s"', "'it\\'s'"],
  ])('prints %j as %j', (text, expected) => {
    expect(canonical(text)).toBe(expected);
  });

  it('escapes quotes, backslashes and control characters in text', () => {
    const ast: ExprNode = { kind: 'string', value: `it's a \\ "test"\n\t\u0001\u2028` };
    expect(printExpression(ast)).toBe(String.raw`'it\'s a \\ "test"\n\t\u0001\u2028'`);
    expect(parseOk(printExpression(ast))).toEqual(ast);
  });

  it('prints numbers so that they read back exactly', () => {
    for (const value of [0, 1, 0.1, 1 / 3, 1e21, 5e-324, Number.MAX_VALUE, 123456789.123]) {
      expect(parseOk(printExpression({ kind: 'number', value }))).toEqual({ kind: 'number', value });
    }
  });

  it('is stable: printing the parse of printed text gives the same text', () => {
    for (const text of ['a and b or not c and d', "count(x) > 0 and 'a' not in y", '-(1 + 2) * 3 weeks']) {
      const once = canonical(text);
      expect(canonical(once)).toBe(once);
    }
  });

  it('round-trips the tree', () => {
    const ast = parseOk("if(a < 1, 'x', coalesce(b, 'y')) = 'x' and (c or d) and not e");
    expect(parseOk(printExpression(ast))).toEqual(ast);
  });

  it('does not throw on a malformed or cyclic tree', () => {
    const cyclic: { kind: 'unary'; op: 'not'; operand: unknown } = {
      kind: 'unary',
      op: 'not',
      operand: null,
    };
    cyclic.operand = cyclic;
    expect(() => printExpression(cyclic as ExprNode)).not.toThrow();
    expect(() => printExpression({ kind: 'bogus' } as unknown as ExprNode)).not.toThrow();
  });
});

describe('canonicalRanges', () => {
  it('places the nodes of a tree in its canonical text', () => {
    const ast = parseOk('a>=1  and  b');
    const { text, ranges } = canonicalRanges(ast);
    expect(text).toBe('a >= 1 and b');
    if (ast.kind !== 'logical') throw new Error('not logical');
    const [first, second] = ast.operands as [ExprNode, ExprNode];
    expect(ranges.get(first)).toEqual({ from: 0, to: 6 });
    expect(ranges.get(second)).toEqual({ from: 11, to: 12 });
  });
  it('is empty for a tree that does not print to valid text', () => {
    expect(canonicalRanges({ kind: 'ref', name: 'Not Valid' }).ranges.size).toBe(0);
  });
  it('agrees with the parser on canonical text', () => {
    const text = "x in ['a', 'b'] or -y < 2";
    const parsed = parseExpression(text);
    if (!parsed.ast) throw new Error('no parse');
    const { ranges } = canonicalRanges(parsed.ast);
    expect(ranges.get(parsed.ast)).toEqual(parsed.ranges.get(parsed.ast));
  });
});
