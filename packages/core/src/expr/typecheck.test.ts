import { describe, expect, it } from 'vitest';
import { checkExpression } from './check.js';
import { parseOk } from './test-fixtures.js';
import { typecheck } from './typecheck.js';
import { typeOfField, type TypeEnv } from './types.js';

const env: TypeEnv = {
  names: {
    age: 'number',
    wells_score: 'number',
    previous_dvt: 'boolean',
    rectal_bleeding: 'boolean',
    weight_loss: 'boolean',
    symptoms: { kind: 'list', options: ['haemoptysis', 'cough', 'fatigue'] },
    red_flags: { kind: 'list', options: ['none', 'bleeding'] },
    smoking: { kind: 'string', options: ['current', 'ex', 'never'] },
    dob: 'date',
    notes: 'string',
    gestation: 'duration',
    tags: 'list',
  },
  context: { age: 'number', sex: { kind: 'string', options: ['female', 'male'] } },
};

const check = (text: string) => checkExpression(text, env);

describe('typecheck', () => {
  describe('accepts sound expressions and gives their type', () => {
    it.each([
      ['age >= 40 and (rectal_bleeding or weight_loss)', 'boolean'],
      ["'haemoptysis' in symptoms", 'boolean'],
      ["'haemoptysis' not in symptoms", 'boolean'],
      ['wells_score >= 2', 'boolean'],
      ['count(red_flags) > 0', 'boolean'],
      ["if(age < 1, 'infant', 'child')", 'string'],
      ['context.age', 'number'],
      ['not previous_dvt', 'boolean'],
      ["smoking = 'ex'", 'boolean'],
      ["'ex' = smoking", 'boolean'],
      ["smoking in ['current', 'ex']", 'boolean'],
      ["context.sex = 'female'", 'boolean'],
      ['age + 1', 'number'],
      ['-age', 'number'],
      ['-gestation', 'duration'],
      ['dob + 18 years', 'date'],
      ['18 years + dob', 'date'],
      ['dob - 3 days', 'date'],
      ['today() - dob', 'duration'],
      ['today() - dob > 12 weeks', 'boolean'],
      ['gestation * 2', 'duration'],
      ['2 * gestation', 'duration'],
      ['gestation / 2', 'duration'],
      ['gestation / 1 week', 'number'],
      ['gestation + 1 day - 2 hours', 'duration'],
      ["dob < date('2000-01-01')", 'boolean'],
      ['symptoms = tags', 'boolean'],
      ['notes = "x"', 'boolean'],
      ['count(previous_dvt, weight_loss)', 'number'],
      ['count(previous_dvt)', 'number'],
      ['sum(1, age, 2)', 'number'],
      ['sum(gestation, 1 day)', 'duration'],
      ['min(age, 3)', 'number'],
      ["max(dob, date('2020-01-01'))", 'date'],
      ['min(gestation, 2 weeks)', 'duration'],
      ['answered(age)', 'boolean'],
      ['answered(context.sex)', 'boolean'],
      ['age(dob)', 'number'],
      ['age_in_months(dob)', 'number'],
      ['days_since(dob)', 'number'],
      ['today()', 'date'],
      ['round(age / 3, 1)', 'number'],
      ['round(age)', 'number'],
      ['abs(age)', 'number'],
      ['abs(gestation)', 'duration'],
      ["contains(symptoms, 'cough')", 'boolean'],
      ['any(previous_dvt, age > 3)', 'boolean'],
      ['all(previous_dvt, weight_loss)', 'boolean'],
      ['coalesce(age, context.age)', 'number'],
      ['[]', 'list'],
    ])('%s : %s', (text, kind) => {
      const result = check(text);
      expect(result.errors).toEqual([]);
      expect(result.type?.kind).toBe(kind);
    });
  });

  describe('reports problems with a code and a range', () => {
    it.each([
      ['agee > 3', 'unknown_name', 0, 4],
      ['sex = "female"', 'unknown_name', 0, 3],
      ['context.sexx', 'unknown_context', 0, 12],
      ['context.wells_score', 'unknown_context', 0, 19],
      ['constructor', 'unknown_name', 0, 11],
      ['context.constructor', 'unknown_context', 0, 19],
      ['foo(1)', 'unknown_function', 0, 6],
      ['coutn(red_flags)', 'unknown_function', 0, 16],
      ['round(1, 2, 3)', 'wrong_arity', 0, 14],
      ['if(previous_dvt, 1)', 'wrong_arity', 0, 19],
      ['today(1)', 'wrong_arity', 0, 8],
      ['answered()', 'wrong_arity', 0, 10],
      ["smoking = 'smoker'", 'unknown_option', 10, 18],
      ["'smoker' != smoking", 'unknown_option', 0, 8],
      ["'haemoptisis' in symptoms", 'unknown_option', 0, 13],
      ["smoking in ['current', 'exx']", 'unknown_option', 23, 28],
      ["contains(symptoms, 'coughing')", 'unknown_option', 19, 29],
      ["symptoms = ['cough', 'flu']", 'unknown_option', 21, 26],
      ["context.sex = 'f'", 'unknown_option', 14, 17],
      ["'current' in smoking", 'not_a_list', 13, 20],
      ["'x' in notes", 'not_a_list', 7, 12],
      ["contains(age, 'x')", 'not_a_list', 9, 12],
      ['1 in symptoms', 'type_mismatch', 0, 1],
      ['age + previous_dvt', 'type_mismatch', 0, 18],
      ['dob + 3', 'type_mismatch', 0, 7],
      ["age = 'forty'", 'type_mismatch', 0, 13],
      ["dob = '2020-01-01'", 'type_mismatch', 0, 18],
      ['gestation > 12', 'type_mismatch', 0, 14],
      ['notes < "b"', 'type_mismatch', 0, 11],
      ['not age', 'type_mismatch', 0, 7],
      ['-notes', 'type_mismatch', 0, 6],
      ['age and previous_dvt', 'type_mismatch', 0, 3],
      ['[1, "a"]', 'type_mismatch', 1, 2],
      ['if(age, 1, 2)', 'type_mismatch', 3, 6],
      ["if(previous_dvt, 1, 'a')", 'type_mismatch', 0, 24],
      ["coalesce(age, 'a')", 'type_mismatch', 0, 18],
      ['count(age)', 'type_mismatch', 6, 9],
      ['count(previous_dvt, age)', 'type_mismatch', 20, 23],
      ['sum(age, gestation)', 'type_mismatch', 0, 19],
      ['sum(notes)', 'type_mismatch', 4, 9],
      ['min(age, dob)', 'type_mismatch', 0, 13],
      ['age(age)', 'type_mismatch', 4, 7],
      ['round(notes)', 'type_mismatch', 6, 11],
      ['abs(dob)', 'type_mismatch', 4, 7],
      ['any(age)', 'type_mismatch', 4, 7],
      ['answered(age + 1)', 'answered_needs_name', 9, 16],
    ])('%s → %s at %i..%i', (text, code, from, to) => {
      const result = check(text);
      expect(result.errors.map((e) => e.code)).toContain(code);
      const error = result.errors.find((e) => e.code === code);
      expect(error?.range).toEqual({ from, to });
      expect(error?.severity).toBe('error');
    });

    it('reports each mistake once, not again for every enclosing part', () => {
      expect(check('agee > 3 and (agee + 1) * 2 = 4').errors.map((e) => e.code)).toEqual([
        'unknown_name',
        'unknown_name',
      ]);
    });

    it('writes messages a clinical lead can act on', () => {
      const message = (text: string) => check(text).errors[0]?.message ?? '';
      expect(message("smoking = 'smoker'")).toBe(
        "“smoking” has no option 'smoker'. Its options are: current, ex, never.",
      );
      expect(message("'haemoptisis' in symptoms")).toContain("Did you mean 'haemoptysis'?");
      expect(message('agee > 3')).toContain('Did you mean “age”?');
      expect(message('sex = "female"')).toContain('context.sex');
      expect(message('context.wells_score')).toContain('without “context.”');
      expect(message("'current' in smoking")).toContain("smoking = 'current'");
      expect(message('dob + 3')).toContain('dob + 18 years'.replace('dob', 'date_of_birth'));
      expect(message('gestation > 12')).toContain('12 weeks');
      expect(message("dob = '2020-01-01'")).toContain("date('YYYY-MM-DD')");
      expect(message('coutn(red_flags)')).toContain('Did you mean “count”?');
      expect(message('round(1, 2, 3)')).toContain('1 to 2 arguments');
    });
  });

  describe('choices', () => {
    it('treats the results of if between text values as a choice of those values', () => {
      const result = check("if(age < 1, 'infant', if(age < 13, 'child', 'adult'))");
      expect(result.type).toEqual({ kind: 'string', options: ['infant', 'child', 'adult'] });
    });
    it('checks text against an inferred choice', () => {
      const inferred = check("if(age < 1, 'infant', 'child')").type;
      if (!inferred) throw new Error('no type');
      const result = checkExpression("band = 'adult'", { names: { band: inferred } });
      expect(result.errors.map((e) => e.code)).toEqual(['unknown_option']);
    });
    it('merges option sets in coalesce', () => {
      expect(check("coalesce(smoking, 'not_asked')").type).toEqual({
        kind: 'string',
        options: ['current', 'ex', 'never', 'not_asked'],
      });
      expect(check('coalesce(smoking, notes)').type).toEqual({ kind: 'string' });
    });
  });

  describe('ranges', () => {
    it('places errors in the canonical text when no ranges are given', () => {
      const result = typecheck(parseOk('agee>3'), env);
      expect(result.errors[0]?.range).toEqual({ from: 0, to: 4 });
      expect(typecheck(parseOk('age  >  3  and  agee'), env).errors[0]?.range).toEqual({ from: 12, to: 16 });
    });
    it('falls back to the whole expression for nodes missing from the ranges', () => {
      const ast = parseOk('agee > 3');
      const result = typecheck(ast, env, new Map([[ast, { from: 0, to: 8 }]]));
      expect(result.errors[0]?.range).toEqual({ from: 0, to: 8 });
    });
  });

  it('never throws, even on a malformed tree', () => {
    const bad = { kind: 'binary', op: '+', left: null, right: { kind: 'ref', name: 'age' } };
    expect(() => typecheck(bad as never, env)).not.toThrow();
    expect(typecheck({ kind: 'mystery' } as never, env).errors[0]?.code).toBe('internal_error');
  });
});

describe('checkExpression', () => {
  it('returns the tree, its ranges and its type', () => {
    const result = checkExpression('wells_score >= 2', env, 'boolean');
    expect(result.errors).toEqual([]);
    expect(result.type).toEqual({ kind: 'boolean' });
    expect(result.ast?.kind).toBe('binary');
    expect(result.ast && result.ranges.get(result.ast)).toEqual({ from: 0, to: 16 });
  });
  it('returns parse errors with ranges and no tree', () => {
    const result = checkExpression('wells_score >=', env, 'boolean');
    expect(result.ast).toBeUndefined();
    expect(result.errors.map((e) => e.code)).toEqual(['unexpected_end']);
  });
  it('checks the kind of result expected', () => {
    const result = checkExpression('wells_score', env, 'boolean');
    expect(result.errors.map((e) => [e.code, e.range])).toEqual([['wrong_result_type', { from: 0, to: 11 }]]);
    expect(result.errors[0]?.message).toContain('true or false');
    expect(checkExpression('age(dob)', env, 'number').errors).toEqual([]);
    expect(checkExpression("'x'", env, 'number').errors[0]?.code).toBe('wrong_result_type');
  });
});

describe('typeOfField', () => {
  it.each([
    [{ type: 'boolean' }, { kind: 'boolean' }],
    [{ type: 'integer' }, { kind: 'number' }],
    [{ type: 'decimal' }, { kind: 'number' }],
    [{ type: 'text' }, { kind: 'string' }],
    [{ type: 'long-text' }, { kind: 'string' }],
    [{ type: 'string' }, { kind: 'string' }],
    [{ type: 'date' }, { kind: 'date' }],
    [
      { type: 'choice', options: [{ value: 'a' }] },
      { kind: 'string', options: ['a'] },
    ],
    [
      { type: 'multi-choice', options: [{ value: 'b' }] },
      { kind: 'list', options: ['b'] },
    ],
    [{ type: 'attachment' }, { kind: 'list' }],
    [{ type: 'display' }, undefined],
  ])('%j → %j', (field, type) => {
    expect(typeOfField(field)).toEqual(type);
  });
});
