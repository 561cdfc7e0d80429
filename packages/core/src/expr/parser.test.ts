import { describe, expect, it } from 'vitest';
import { parseExpression } from './parser.js';
import { parseError, parseOk } from './test-fixtures.js';

const ref = (name: string) => ({ kind: 'ref', name });
const num = (value: number) => ({ kind: 'number', value });
const bin = (op: string, left: unknown, right: unknown) => ({ kind: 'binary', op, left, right });

describe('parseExpression', () => {
  describe('literals', () => {
    it('reads integers and decimals', () => {
      expect(parseOk('42')).toEqual(num(42));
      expect(parseOk('0.25')).toEqual(num(0.25));
      expect(parseOk('1e3')).toEqual(num(1000));
    });
    it('reads a minus sign as unary minus, not as part of the number', () => {
      expect(parseOk('-2')).toEqual({ kind: 'unary', op: '-', operand: num(2) });
    });
    it('reads text in single or double quotes, with escapes', () => {
      expect(parseOk("'haemoptysis'")).toEqual({ kind: 'string', value: 'haemoptysis' });
      expect(parseOk('"it\'s"')).toEqual({ kind: 'string', value: "it's" });
      expect(parseOk(String.raw`'a\'b\\c\nd\te\u00e9\u{1F600}'`)).toEqual({
        kind: 'string',
        value: "a'b\\c\nd\te\u00e9😀",
      });
    });
    it('reads curly quotes pasted from a document', () => {
      expect(parseOk('‘cough’')).toEqual({ kind: 'string', value: 'cough' });
      expect(parseOk('“cough”')).toEqual({ kind: 'string', value: 'cough' });
    });
    it('reads true and false', () => {
      expect(parseOk('true')).toEqual({ kind: 'boolean', value: true });
      expect(parseOk('false')).toEqual({ kind: 'boolean', value: false });
    });
    it("reads date('YYYY-MM-DD') as a date", () => {
      expect(parseOk("date('2024-01-31')")).toEqual({ kind: 'date', value: '2024-01-31' });
      expect(parseOk('date("2024-02-29")')).toEqual({ kind: 'date', value: '2024-02-29' });
    });
    it('reads a number followed by a unit as a duration, singular or plural', () => {
      expect(parseOk('12 weeks')).toEqual({ kind: 'duration', value: 12, unit: 'weeks' });
      expect(parseOk('1 year')).toEqual({ kind: 'duration', value: 1, unit: 'years' });
      expect(parseOk('3 days')).toEqual({ kind: 'duration', value: 3, unit: 'days' });
      expect(parseOk('2 months')).toEqual({ kind: 'duration', value: 2, unit: 'months' });
      expect(parseOk('4 hours')).toEqual({ kind: 'duration', value: 4, unit: 'hours' });
      expect(parseOk('1.5 day')).toEqual({ kind: 'duration', value: 1.5, unit: 'days' });
    });
    it('reads lists', () => {
      expect(parseOk("['current', 'ex']")).toEqual({
        kind: 'list',
        items: [
          { kind: 'string', value: 'current' },
          { kind: 'string', value: 'ex' },
        ],
      });
      expect(parseOk('[]')).toEqual({ kind: 'list', items: [] });
    });
  });

  describe('names', () => {
    it('reads field and variable names', () => {
      expect(parseOk('wells_score')).toEqual(ref('wells_score'));
      expect(parseOk('q_4_1')).toEqual(ref('q_4_1'));
    });
    it('reads context facts', () => {
      expect(parseOk('context.age')).toEqual({ kind: 'context', name: 'age' });
    });
    it('lets unit words and date be names where they are not units or dates', () => {
      expect(parseOk('weeks > 2')).toEqual(bin('>', ref('weeks'), num(2)));
      expect(parseOk('date')).toEqual(ref('date'));
    });
    it('reads function calls', () => {
      expect(parseOk('count(red_flags)')).toEqual({ kind: 'call', name: 'count', args: [ref('red_flags')] });
      expect(parseOk('today()')).toEqual({ kind: 'call', name: 'today', args: [] });
    });
  });

  describe('operators', () => {
    it.each(['+', '-', '*', '/', '=', '!=', '<', '<=', '>', '>='])('reads a %s b', (op) => {
      expect(parseOk(`a ${op} b`)).toEqual(bin(op, ref('a'), ref('b')));
    });
    it.each([
      ['==', '='],
      ['<>', '!='],
      ['≠', '!='],
      ['≤', '<='],
      ['≥', '>='],
    ])('reads %s as %s', (alias, op) => {
      expect(parseOk(`a ${alias} b`)).toEqual(bin(op, ref('a'), ref('b')));
    });
    it('reads in and not in', () => {
      expect(parseOk("'x' in s")).toEqual(bin('in', { kind: 'string', value: 'x' }, ref('s')));
      expect(parseOk("'x' not in s")).toEqual(bin('not in', { kind: 'string', value: 'x' }, ref('s')));
    });
    it('reads and, or, not, gathering a run of one operator into one node', () => {
      expect(parseOk('a and b and c')).toEqual({
        kind: 'logical',
        op: 'and',
        operands: [ref('a'), ref('b'), ref('c')],
      });
      expect(parseOk('a or b')).toEqual({ kind: 'logical', op: 'or', operands: [ref('a'), ref('b')] });
      expect(parseOk('not a')).toEqual({ kind: 'unary', op: 'not', operand: ref('a') });
    });
    it('keeps brackets that change the grouping of a run', () => {
      expect(parseOk('(a and b) and c')).toEqual({
        kind: 'logical',
        op: 'and',
        operands: [{ kind: 'logical', op: 'and', operands: [ref('a'), ref('b')] }, ref('c')],
      });
    });
  });

  describe('precedence', () => {
    const shape = (text: string) => JSON.stringify(parseOk(text));
    it.each([
      ['a or b and c', 'a or (b and c)'],
      ['not a and b', '(not a) and b'],
      ['not a = b', 'not (a = b)'],
      ['a = b and c', '(a = b) and c'],
      ['a + b = c', '(a + b) = c'],
      ['a + b * c', 'a + (b * c)'],
      ['a - b - c', '(a - b) - c'],
      ['a / b * c', '(a / b) * c'],
      ['-a * b', '(-a) * b'],
      ["x + 1 in ['a']", "(x + 1) in ['a']"],
      ['not x in s', 'not (x in s)'],
      ['age >= 40 and (rectal_bleeding or weight_loss)', '(age >= 40) and (rectal_bleeding or weight_loss)'],
    ])('%s groups as %s', (text, grouped) => {
      expect(shape(text)).toBe(shape(grouped));
    });
  });

  describe('ranges', () => {
    it('gives each node its range in the text', () => {
      const { ast, ranges } = parseExpression('age >= 40 and not smoker');
      expect(ast?.kind).toBe('logical');
      if (ast?.kind !== 'logical') return;
      const [cmp, neg] = ast.operands;
      expect(ranges.get(ast)).toEqual({ from: 0, to: 24 });
      expect(cmp && ranges.get(cmp)).toEqual({ from: 0, to: 9 });
      expect(neg && ranges.get(neg)).toEqual({ from: 14, to: 24 });
    });
    it('includes brackets in the range of a bracketed expression', () => {
      const { ast, ranges } = parseExpression('( a or b ) and c');
      if (ast?.kind !== 'logical') throw new Error('not logical');
      const [inner] = ast.operands;
      expect(inner && ranges.get(inner)).toEqual({ from: 0, to: 10 });
      expect(ranges.get(ast)).toEqual({ from: 0, to: 16 });
    });
    it('keeps positions out of the tree itself', () => {
      expect(JSON.stringify(parseOk('a + 1'))).not.toMatch(/from|to"/);
    });
  });

  describe('errors', () => {
    it.each([
      ['', 'empty_expression', 0, 0],
      ['   ', 'empty_expression', 0, 3],
      ['a % b', 'unexpected_character', 2, 3],
      ['a && b', 'use_word_operator', 2, 4],
      ['a || b', 'use_word_operator', 2, 4],
      ['!a', 'use_word_operator', 0, 1],
      ["'open", 'unterminated_string', 0, 5],
      [String.raw`'a\qb'`, 'invalid_escape', 2, 4],
      ['1e400', 'invalid_number', 0, 5],
      ['Age > 3', 'invalid_name', 0, 3],
      ['a AND b', 'invalid_name', 2, 5],
      ["date('2024-02-30')", 'invalid_date', 5, 17],
      ["date('31/01/2024')", 'invalid_date', 5, 17],
      ['date(dob)', 'date_needs_text', 0, 8],
      ['context', 'context_needs_name', 0, 7],
      ['context.', 'context_needs_name', 0, 7],
      ['a b', 'unexpected_token', 2, 3],
      ['a and', 'unexpected_end', 5, 5],
      ['and a', 'unexpected_token', 0, 3],
      ['(a or b', 'missing_closing_bracket', 0, 1],
      ["['a', 'b'", 'missing_closing_bracket', 0, 1],
      ['count(a', 'missing_closing_bracket', 5, 6],
      ['a)', 'unexpected_token', 1, 2],
      ['1 < a < 3', 'chained_comparison', 0, 7],
      ['x is answered', 'unexpected_token', 2, 4],
      ['a = not b', 'unexpected_token', 4, 7],
    ])('%j → %s at %i..%i', (text, code, from, to) => {
      const error = parseError(text);
      expect(error.code).toBe(code);
      expect(error.range).toEqual({ from, to });
      expect(error.severity).toBe('error');
      expect(error.message.length).toBeGreaterThan(10);
    });
    it('explains how to test for an answer', () => {
      expect(parseError('x is answered').message).toContain('answered(');
    });
    it('names the bracket that was never opened, or the one expected', () => {
      expect(parseError('a)').message).toContain('never opened');
      expect(parseError('(a]').message).toContain('Expected “)”');
    });
    it('suggests the word operator', () => {
      expect(parseError('a && b').message).toContain('and');
    });
  });
});
