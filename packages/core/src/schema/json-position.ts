/**
 * Where a JSON text first goes wrong, found with `jsonc-parser` (the
 * parser behind VS Code's JSON support) set to plain JSON: no comments, no
 * trailing commas. Loaded only when `JSON.parse` has already refused a text.
 */
import { parse, type ParseError } from 'jsonc-parser';

/** The first syntax error of a JSON text. */
export interface JsonSyntaxError {
  /** Zero-based offset into the text (UTF-16). */
  readonly offset: number;
  /** One-based line and column. */
  readonly line: number;
  readonly column: number;
  /** What is wrong there, in words. */
  readonly reason: string;
}

// jsonc-parser's ParseErrorCode values (a const enum in its typings, so not importable as values).
const REASONS: Readonly<Record<number, string>> = {
  1: 'a character that cannot start a value',
  2: 'a number is not written as JSON writes numbers',
  3: 'a property name in double quotes is missing',
  4: 'a value is missing',
  5: 'a colon is missing',
  6: 'a comma is missing',
  7: 'a closing } is missing',
  8: 'a closing ] is missing',
  9: 'there is more after the end of the value',
  10: 'comments are not allowed in JSON',
  11: 'the text ends inside a comment',
  12: 'a text value is not closed with " before the line or the file ends',
  13: 'a number ends too early',
  14: 'a \\u escape is not four hex digits',
  15: 'an escape with \\ is not one JSON knows',
  16: 'a character is not allowed here (control characters must be escaped)',
};

/**
 * The first syntax error of `text`, or `undefined` when the parser finds
 * none (then only `JSON.parse` knows why it refused the text).
 *
 * @example
 * jsonSyntaxError('{"a": 1,}') // { offset: 8, line: 1, column: 9, reason: 'a property name in double quotes is missing' }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = first.offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { offset: first.offset, line, column, reason: REASONS[first.error] ?? 'the text is not JSON' };
}
