import { describe, expect, it } from 'vitest';
import { references } from './references.js';
import { parseOk } from './test-fixtures.js';
import { isExprNode } from './validate.js';

describe('references', () => {
  it('lists fields and variables, context facts and functions separately, once each, in order', () => {
    const ast = parseOk(
      "age >= 40 and (rectal_bleeding or age < 18) and context.sex = 'female' and count(red_flags) > 0",
    );
    expect(references(ast)).toEqual({
      names: ['age', 'rectal_bleeding', 'red_flags'],
      context: ['sex'],
      functions: ['count'],
    });
  });
  it('includes both branches of if and everything in coalesce', () => {
    expect(references(parseOk('if(a, b, c) or coalesce(d, context.e)')).names).toEqual(['a', 'b', 'c', 'd']);
  });
  it('finds nothing in a literal', () => {
    expect(references(parseOk("date('2024-01-01') + 2 weeks"))).toEqual({
      names: [],
      context: [],
      functions: [],
    });
  });
});

describe('isExprNode', () => {
  it('accepts trees the parser produces, also after a JSON round trip', () => {
    const ast = parseOk(
      "if(a, ['x', \"y\"], [context.b]) = [] and -2 weeks < today() - date('2024-01-01') and 'a' not in s",
    );
    expect(isExprNode(ast)).toBe(true);
    expect(isExprNode(JSON.parse(JSON.stringify(ast)))).toBe(true);
  });
  it.each([
    null,
    'age',
    { kind: 'ref', name: 'Age' },
    { kind: 'ref', name: 'and' },
    { kind: 'ref', name: 'age', extra: 1 },
    { kind: 'number', value: -1 },
    { kind: 'number', value: Infinity },
    { kind: 'date', value: '2024-02-30' },
    { kind: 'duration', value: 2, unit: 'fortnights' },
    { kind: 'logical', op: 'and', operands: [{ kind: 'boolean', value: true }] },
    { kind: 'binary', op: '^', left: { kind: 'number', value: 1 }, right: { kind: 'number', value: 1 } },
    { kind: 'call', name: 'date', args: [{ kind: 'string', value: '2024-01-01' }] },
    { kind: 'unary', op: '!', operand: { kind: 'boolean', value: true } },
  ])('refuses %j', (value) => {
    expect(isExprNode(value)).toBe(false);
  });
  it('refuses a cyclic tree', () => {
    const node = { kind: 'unary', op: 'not', operand: null as unknown };
    node.operand = node;
    expect(isExprNode(node)).toBe(false);
  });
});
