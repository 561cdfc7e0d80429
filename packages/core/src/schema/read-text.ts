/**
 * Reading a pathway from a file's text or bytes: the one way every tool
 * turns a file into a pathway (`careway` reading a file, the designer
 * importing one, `<careway-pathway>` fetching one), so that a damaged file
 * is reported the same way everywhere, with the line and column of the
 * first error.
 */
import { issue, type Issue } from '../issues/issue.js';
import type { JsonSyntaxError } from './json-position.js';
import { LIMITS } from './limits.js';
import { safeParsePathway, type SafeParseResult } from './parse.js';

/** The codes of reading a text, besides the schema's (`too_large`). */
export const TEXT_ISSUE_CODES = {
  invalid_json: 'A text that is not JSON; the issue gives the line and column of the first error.',
  invalid_encoding: 'Bytes that are not UTF-8 text.',
  unreadable_file: 'A file that cannot be read at all (missing, a folder, no permission).',
} as const;

/** A code of {@link TEXT_ISSUE_CODES}. */
export type TextIssueCode = keyof typeof TEXT_ISSUE_CODES;

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
// The WHATWG decoder every runtime Careway supports has (Node, browsers, workers); ES2022's library does not declare it.
const Decoder = (
  globalThis as unknown as { TextDecoder: new (label: string, o: { fatal: boolean }) => Utf8Decoder }
).TextDecoder;

const refused = (found: Issue): SafeParseResult => ({ ok: false, issues: [found] });

/** A file of `size` bytes (or characters) that is too large to read: the issue, or `undefined`. */
export function documentTooLarge(size: number): Issue | undefined {
  if (size <= LIMITS.maxDocumentBytes) return undefined;
  const n = (bytes: number) => bytes.toLocaleString('en-GB');
  const mb = LIMITS.maxDocumentBytes / 1024 / 1024;
  return issue(
    'too_large',
    [],
    `The file is ${n(size)} bytes, over the ${n(LIMITS.maxDocumentBytes)} (${mb} MB) a pathway file can be.`,
  );
}

/** What {@link readJsonText} gives: the JSON value, or the issue that says why there is none. */
export type JsonTextResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: Issue };

async function parseJson(text: string): Promise<JsonTextResult> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    let where: JsonSyntaxError | undefined;
    try {
      where = (await import('./json-position.js')).jsonSyntaxError(text);
    } catch {
      where = undefined; // the locator could not be loaded: JSON.parse's own words must do
    }
    const message = where
      ? `The file is not valid JSON: at line ${where.line}, column ${where.column}, ${where.reason}.`
      : `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`;
    const place = where
      ? { line: where.line, column: where.column, range: { from: where.offset, to: where.offset + 1 } }
      : {};
    return { ok: false, issue: issue('invalid_json', [], message, 'error', place) };
  }
}

/**
 * Reads the JSON of a file's text or bytes (UTF-8, with or without a
 * byte-order mark), never throwing: a file too large, bytes that are not
 * UTF-8 (`invalid_encoding`), or text that is not JSON (`invalid_json`, with
 * the line and column of the first error) give the issue.
 *
 * @example
 * const read = await readJsonText(await readFile('answers.json'));
 * if (!read.ok) console.error(`line ${read.issue.line}: ${read.issue.message}`);
 */
export async function readJsonText(input: string | Uint8Array): Promise<JsonTextResult> {
  const tooLarge = documentTooLarge(input.length);
  if (tooLarge) return { ok: false, issue: tooLarge };
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new Decoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return {
        ok: false,
        issue: issue('invalid_encoding', [], 'The file is not UTF-8 text: save it as UTF-8 JSON.'),
      };
    }
  }
  return parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * Reads a pathway from the text of a file, or its bytes, never throwing:
 * what {@link readJsonText} refuses, then whatever `safeParsePathway` finds.
 *
 * @example
 * const read = await readPathwayText(await file.text());
 * if (!read.ok) for (const i of read.issues) console.error(`${i.line ?? ''} ${i.message}`);
 */
export async function readPathwayText(input: string | Uint8Array): Promise<SafeParseResult> {
  const json = await readJsonText(input);
  return json.ok ? safeParsePathway(json.value) : refused(json.issue);
}
