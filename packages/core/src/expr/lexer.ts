/**
 * Splits expression text into tokens. Forgiving where a clinician's intent is
 * plain (`==`, `≥`, curly quotes pasted from a document), precise where it is
 * not: every refusal names the characters at fault.
 */
import { exprError, type ExprError } from './errors.js';

/** A token of the expression text. `symbol` tokens carry their canonical spelling (`≥` → `>=`). */
export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly from: number; readonly to: number }
  | { readonly kind: 'string'; readonly value: string; readonly from: number; readonly to: number }
  | NameToken
  | { readonly kind: 'symbol'; readonly text: string; readonly from: number; readonly to: number }
  | { readonly kind: 'end'; readonly text: string; readonly from: number; readonly to: number };

/** A word: a name or a keyword. */
export interface NameToken {
  readonly kind: 'name';
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

/** The tokens of a text, ending with an `end` token; or the first problem. */
export type LexResult = { readonly tokens: readonly Token[] } | { readonly error: ExprError };

const SYMBOLS: readonly (readonly [string, string])[] = [
  // longest spellings first
  ['==', '='],
  ['!=', '!='],
  ['<>', '!='],
  ['<=', '<='],
  ['>=', '>='],
  ['≠', '!='],
  ['≤', '<='],
  ['≥', '>='],
  ['=', '='],
  ['<', '<'],
  ['>', '>'],
  ['+', '+'],
  ['-', '-'],
  ['*', '*'],
  ['/', '/'],
  ['(', '('],
  [')', ')'],
  ['[', '['],
  [']', ']'],
  [',', ','],
  ['.', '.'],
];

const WORD_OPERATORS: Readonly<Record<string, string>> = {
  '&&': 'and',
  '||': 'or',
  '&': 'and',
  '|': 'or',
  '!': 'not',
};

/** Closing quote for each opening quote; curly quotes come from word processors. */
const QUOTES: Readonly<Record<string, string>> = { "'": "'", '"': '"', '‘': '’', '“': '”' };

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '‘': '‘',
  '’': '’',
  '“': '“',
  '”': '”',
};

const NUMBER = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s+/y;

function readString(text: string, start: number): { token: Token } | { error: ExprError } {
  const open = text[start] ?? '';
  const close = QUOTES[open] ?? open;
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === close) return { token: { kind: 'string', value, from: start, to: i + 1 } };
    if (ch !== '\\') {
      value += ch;
      i += 1;
      continue;
    }
    const next = text[i + 1] ?? '';
    const simple = ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
      i += 2;
      continue;
    }
    const hex = /^u([0-9a-fA-F]{4})|^u\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 1, i + 11));
    const code = hex ? parseInt(hex[1] ?? hex[2] ?? '', 16) : NaN;
    if (!hex || code > 0x10ffff) {
      return {
        error: exprError(
          'invalid_escape',
          `“\\${next}” is not a known escape in text. Write \\\\ for a backslash, \\' or \\" for a quote, \\n for a new line.`,
          { from: i, to: Math.min(i + 2, text.length) },
        ),
      };
    }
    value += String.fromCodePoint(code);
    i += 1 + hex[0].length;
  }
  return {
    error: exprError('unterminated_string', `This text has no closing quote: add ${close} at its end.`, {
      from: start,
      to: text.length,
    }),
  };
}

/** Splits `text` into tokens, or reports the first character that cannot start one. */
export function lex(text: string): LexResult {
  const tokens: Token[] = [];
  let i = 0;
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = i;
    return re.exec(text)?.[0];
  };
  while (i < text.length) {
    const space = match(SPACE);
    if (space) {
      i += space.length;
      continue;
    }
    const ch = text[i] ?? '';
    const digits = match(NUMBER);
    if (digits) {
      const value = Number(digits);
      if (!Number.isFinite(value)) {
        return {
          error: exprError('invalid_number', `The number ${digits} is too large.`, {
            from: i,
            to: i + digits.length,
          }),
        };
      }
      tokens.push({ kind: 'number', value, from: i, to: i + digits.length });
      i += digits.length;
      continue;
    }
    const name = match(NAME);
    if (name) {
      tokens.push({ kind: 'name', text: name, from: i, to: i + name.length });
      i += name.length;
      continue;
    }
    if (QUOTES[ch] !== undefined) {
      const read = readString(text, i);
      if ('error' in read) return read;
      tokens.push(read.token);
      i = read.token.to;
      continue;
    }
    const symbol = SYMBOLS.find(([spelling]) => text.startsWith(spelling, i));
    if (symbol) {
      tokens.push({ kind: 'symbol', text: symbol[1], from: i, to: i + symbol[0].length });
      i += symbol[0].length;
      continue;
    }
    const word = ['&&', '||', '&', '|', '!'].find((s) => text.startsWith(s, i));
    if (word) {
      return {
        error: exprError('use_word_operator', `Write “${WORD_OPERATORS[word] ?? ''}” instead of “${word}”.`, {
          from: i,
          to: i + word.length,
        }),
      };
    }
    const cp = text.codePointAt(i) ?? 0;
    const shown = String.fromCodePoint(cp);
    return {
      error: exprError('unexpected_character', `The character “${shown}” has no meaning in an expression.`, {
        from: i,
        to: i + shown.length,
      }),
    };
  }
  tokens.push({ kind: 'end', text: '', from: text.length, to: text.length });
  return { tokens };
}
