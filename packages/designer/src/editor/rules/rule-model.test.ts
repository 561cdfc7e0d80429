import { describe, expect, it } from 'vitest';
import { smallPathway } from '../test-fixtures.js';
import { parseExpressionText, printExpressionAst } from '../../core.js';
import { astToGroup, groupToAst, MAX_GROUP_DEPTH } from './rule-model.js';
import { operatorsFor, subjectsOf } from './subjects.js';

describe('the rule builder model', () => {
  it('offers the fields, variables and context facts of the pathway with their types', () => {
    const subjects = subjectsOf(smallPathway());
    expect(subjects.map((s) => [s.id, s.type])).toEqual([
      ['bleeding', 'boolean'],
      ['age', 'number'],
    ]);
    expect(subjects[1]).toMatchObject({ min: 0, max: 120, unit: 'years' });
  });

  it('types variables and context facts as core’s type checker does, not all as numbers', () => {
    const doc = smallPathway();
    doc.variables.push(
      { id: 'older', label: 'Older', kind: 'expression', expr: 'age >= 60' },
      { id: 'risk', label: 'Risk', kind: 'score', items: [{ label: 'Old', when: 'older', points: 1 }] },
      { id: 'seen_on', label: 'Seen on', kind: 'expression', expr: "date('2026-01-01')" },
      { id: 'wait', label: 'Wait', kind: 'expression', expr: '2 weeks' },
    );
    doc.context.push(
      { id: 'sex', label: 'Sex', type: 'choice', options: [{ value: 'female', label: 'Female' }] },
      { id: 'weight', label: 'Weight', type: 'decimal', unit: { label: 'kg' } },
    );
    const subjects = subjectsOf(doc);
    expect(subjects.map((s) => [s.id, s.type])).toEqual([
      ['bleeding', 'boolean'],
      ['age', 'number'],
      ['older', 'boolean'],
      ['risk', 'number'],
      ['seen_on', 'date'],
      ['context.sex', 'choice'],
      ['context.weight', 'number'],
    ]);
    expect(subjects.find((s) => s.id === 'context.weight')).toMatchObject({ unit: 'kg' });
  });

  it('offers only the operators that fit a type', () => {
    expect(operatorsFor('boolean').map((o) => o.op)).toEqual(['is_yes', 'is_no', 'answered', 'not_answered']);
    expect(operatorsFor('multi-choice').map((o) => o.label)).toContain('includes');
    expect(operatorsFor('number').map((o) => o.op)).toContain('>=');
  });

  it('turns rules into a syntax tree and back', () => {
    const types = new Map([
      ['bleeding', 'boolean' as const],
      ['age', 'number' as const],
      ['symptoms', 'multi-choice' as const],
      ['sex', 'choice' as const],
    ]);
    const group = {
      combinator: 'or' as const,
      rules: [
        { subject: 'bleeding', op: 'is_yes' as const },
        { subject: 'age', op: '>=' as const, value: 60 },
        { subject: 'symptoms', op: 'includes' as const, value: 'haemoptysis' },
        { subject: 'context.sex', op: 'one_of' as const, value: ['female', 'other'] },
        { subject: 'age', op: 'not_answered' as const },
      ],
    };
    const ast = groupToAst(group, types);
    expect(ast).toMatchObject({ kind: 'logical', op: 'or' });
    expect(ast && astToGroup(ast)).toEqual(group);
  });

  it('reads bracketed and/or as nested groups and writes them back with brackets', () => {
    const types = new Map([
      ['bleeding', 'boolean' as const],
      ['age', 'number' as const],
    ]);
    const ast = parseExpressionText('age >= 40 and (bleeding or age > 80 and not bleeding)');
    const group = ast && astToGroup(ast);
    expect(group).toEqual({
      combinator: 'and',
      rules: [
        { subject: 'age', op: '>=', value: 40 },
        {
          combinator: 'or',
          rules: [
            { subject: 'bleeding', op: 'is_yes' },
            {
              combinator: 'and',
              rules: [
                { subject: 'age', op: '>', value: 80 },
                { subject: 'bleeding', op: 'is_no' },
              ],
            },
          ],
        },
      ],
    });
    const back = group && groupToAst(group, types);
    expect(back && printExpressionAst(back)).toBe('age >= 40 and (bleeding or age > 80 and not bleeding)');
    // An empty group inside adds nothing to the text.
    const withEmpty = {
      combinator: 'and' as const,
      rules: [
        { subject: 'bleeding', op: 'is_yes' as const },
        { combinator: 'or' as const, rules: [] },
      ],
    };
    expect(printExpressionAst(groupToAst(withEmpty, types) ?? { kind: 'boolean', value: false })).toBe(
      'bleeding',
    );
  });

  it('leaves groups nested deeper than the builder shows to the text form', () => {
    const deep = parseExpressionText('a and (b or (c and (d or (e and f))))');
    expect(deep && astToGroup(deep)).toBeUndefined();
    const fits = parseExpressionText('a and (b or (c and (d or e)))');
    expect(fits && astToGroup(fits)).toBeDefined();
    expect(MAX_GROUP_DEPTH).toBe(4);
  });

  it('leaves conditions it cannot show to the text form', () => {
    expect(
      astToGroup({
        kind: 'binary',
        op: '>',
        left: { kind: 'call', name: 'count', args: [{ kind: 'ref', name: 'x' }] },
        right: { kind: 'number', value: 1 },
      }),
    ).toBeUndefined();
    expect(groupToAst({ combinator: 'and', rules: [] }, new Map())).toBeUndefined();
  });
});
