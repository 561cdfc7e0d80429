/**
 * The tightest-binding forms of the grammar: literals, names, `context.<id>`,
 * function calls, `date('…')`, lists and brackets.
 */
import { OPERATOR_WORDS } from './words.js';
import { DURATION_UNITS, type DurationUnit, type ExprNode } from './ast.js';
import type { Cursor } from './cursor.js';
import { isIsoDate } from './dates.js';
import type { NameToken, Token } from './lexer.js';

/** Unit words accepted after a number, singular and plural. */
const UNIT_WORDS = new Map<string, DurationUnit>(
  DURATION_UNITS.flatMap((unit) => [
    [unit, unit],
    [unit.slice(0, -1), unit],
  ]),
);

type Parse = () => ExprNode;

/** Comma-separated expressions up to `close`; the opening bracket has been passed. */
function parseSequence(
  c: Cursor,
  close: ')' | ']',
  open: Token,
  expression: Parse,
): { items: ExprNode[]; end: Token } {
  const items: ExprNode[] = [];
  if (c.isSymbol(c.peek(), close)) return { items, end: c.advance() };
  for (;;) {
    items.push(c.nested(open, expression));
    if (!c.isSymbol(c.peek(), ',')) break;
    c.advance();
  }
  return { items, end: c.expectClosing(close, open) };
}

/** `date('YYYY-MM-DD')`, after `date(`. */
function parseDate(c: Cursor, start: Token): ExprNode {
  const text = c.peek();
  const close = c.peek(1);
  if (text.kind !== 'string' || !c.isSymbol(close, ')')) {
    const range = { from: start.from, to: text.to };
    return c.fail('date_needs_text', "Write a date as date('YYYY-MM-DD'), e.g. date('2024-01-31').", range);
  }
  if (!isIsoDate(text.value)) {
    c.fail('invalid_date', `“${text.value}” is not a date: write it as YYYY-MM-DD, e.g. 2024-01-31.`, text);
  }
  c.advance(2);
  return c.at({ kind: 'date', value: text.value }, start.from, close.to);
}

function parseName(c: Cursor, token: NameToken, expression: Parse): ExprNode {
  const name = token.text;
  if (name === 'true' || name === 'false')
    return c.at({ kind: 'boolean', value: name === 'true' }, token.from, token.to);
  if (name === 'context') {
    const dot = c.peek();
    const id = c.peek(1);
    if (!c.isSymbol(dot, '.') || id.kind !== 'name') {
      return c.fail(
        'context_needs_name',
        'Write context followed by a dot and the name of a fact, e.g. context.age.',
        token,
      );
    }
    c.advance(2);
    c.checkName(id);
    return c.at({ kind: 'context', name: id.text }, token.from, id.to);
  }
  if ((OPERATOR_WORDS as readonly string[]).includes(name)) return c.unexpected(token, 'a value or a name');
  c.checkName(token);
  const open = c.peek();
  if (!c.isSymbol(open, '(')) return c.at({ kind: 'ref', name }, token.from, token.to);
  c.advance();
  if (name === 'date') return parseDate(c, token);
  const { items, end } = parseSequence(c, ')', open, expression);
  return c.at({ kind: 'call', name, args: items }, token.from, end.to);
}

/** A literal, name, call, list or bracketed expression; `expression` parses a whole expression inside brackets. */
export function parsePrimary(c: Cursor, expression: Parse): ExprNode {
  const token = c.peek();
  switch (token.kind) {
    case 'number': {
      c.advance();
      const unit = c.peek();
      const unitName = unit.kind === 'name' ? UNIT_WORDS.get(unit.text) : undefined;
      if (unitName === undefined) return c.at({ kind: 'number', value: token.value }, token.from, token.to);
      c.advance();
      return c.at({ kind: 'duration', value: token.value, unit: unitName }, token.from, unit.to);
    }
    case 'string':
      c.advance();
      return c.at({ kind: 'string', value: token.value }, token.from, token.to);
    case 'name':
      c.advance();
      return parseName(c, token, expression);
    case 'symbol':
      if (token.text === '(') {
        c.advance();
        const inner = c.nested(token, expression);
        const close = c.expectClosing(')', token);
        // the brackets belong to the bracketed expression, so that enclosing ranges nest properly
        return c.at(inner, token.from, close.to);
      }
      if (token.text === '[') {
        c.advance();
        const { items, end } = parseSequence(c, ']', token, expression);
        return c.at({ kind: 'list', items }, token.from, end.to);
      }
      return c.unexpected(token, 'a value or a name');
    default:
      return c.unexpected(token, 'a value or a name');
  }
}
