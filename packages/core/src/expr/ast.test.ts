import { describe, expect, it } from 'vitest';
import { mapChildren, type ExprNode } from './ast.js';
import { printExpression } from './print.js';
import { parseOk } from './test-fixtures.js';

describe('mapChildren', () => {
  const rename = (n: ExprNode): ExprNode =>
    n.kind === 'ref' && n.name === 'age' ? { kind: 'ref', name: 'age_years' } : mapChildren(n, rename);

  it('rewrites every reference at any depth, keeping the rest of the tree', () => {
    const ast = parseOk("age >= 40 and (max(age, 3) > 2 or 'age' in [x, age]) and not age");
    expect(printExpression(rename(ast))).toBe(
      "age_years >= 40 and (max(age_years, 3) > 2 or 'age' in [x, age_years]) and not age_years",
    );
  });

  it('returns the same object when nothing changes', () => {
    const ast = parseOk('weight > 3 and count(symptoms) >= 2');
    expect(rename(ast)).toBe(ast);
  });
});
