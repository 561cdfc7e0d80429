/**
 * Usage records as NDJSON (newline-delimited JSON): one record per line, the
 * form hosts append to files, stream to collectors and load into
 * spreadsheets and notebooks.
 */
import { issue, type Issue } from '../issues/issue.js';
import { safeParseUsageRecord, UsageRecordError, type UsageParseOptions } from './parse.js';
import type { UsageRecord } from './record.js';

/** The result of {@link parseNdjson}. */
export interface NdjsonResult {
  /** The valid records, in the order of their lines. */
  records: UsageRecord[];
  /** What was wrong with each line skipped (its `line`, from 1); a line may have several. */
  issues: Issue[];
  /** Lines that held something (blank lines are not counted). */
  lines: number;
  /** Lines skipped because they were not valid records. */
  skipped: number;
}

/** The longest line read, in characters; a record at its limits is far shorter. */
export const MAX_NDJSON_LINE = 2_000_000;

/**
 * Writes records as NDJSON: one JSON object per line, each line ending in
 * `\n`. Every record is validated first and written as the schema reads it
 * (the format's own properties only, in the format's order), so nothing but
 * a valid usage record ever leaves through it.
 *
 * @throws {UsageRecordError} when a record is not valid; issue paths start with its index.
 * @example
 * const text = toNdjson(records); // '{"format":"careway-usage",...}\n{...}\n'
 */
export function toNdjson(records: Iterable<UsageRecord>): string {
  const lines: string[] = [];
  let index = 0;
  for (const record of records) {
    const result = safeParseUsageRecord(record);
    if (!result.ok)
      throw new UsageRecordError(result.issues.map((i) => ({ ...i, path: [index, ...i.path] })));
    lines.push(`${JSON.stringify(result.record)}\n`);
    index++;
  }
  return lines.join('');
}

function lineIssues(line: number, issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, line, message: `Line ${line}: ${i.message}` }));
}

/**
 * Reads NDJSON text into records. Never throws: a line that is not JSON or
 * not a valid record is skipped and reported by its line number (from 1);
 * blank lines, `\r\n` endings and a leading byte-order mark are accepted.
 * Messages never quote the line, which may hold what a record must not.
 *
 * @example
 * const { records, issues } = parseNdjson(await file.text(), { pathway });
 * for (const i of issues) console.warn(i.message); // 'Line 7: visits[0].ms must be …'
 */
export function parseNdjson(text: string, options: UsageParseOptions = {}): NdjsonResult {
  const out: NdjsonResult = { records: [], issues: [], lines: 0, skipped: 0 };
  if (typeof text !== 'string') {
    out.issues.push({ ...issue('invalid_type', [], 'NDJSON must be text.'), line: 0 });
    return out;
  }
  const rows = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  rows.forEach((row, i) => {
    const line = i + 1;
    if (row.trim() === '') return;
    out.lines++;
    const bad = (found: readonly Issue[]) => {
      out.skipped++;
      out.issues.push(...lineIssues(line, found));
    };
    if (row.length > MAX_NDJSON_LINE) {
      bad([issue('too_large', [], 'The line is longer than a usage record can be.')]);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch {
      // JSON.parse's own message quotes the text; ours must not.
      bad([issue('invalid_json', [], 'The line is not JSON.')]);
      return;
    }
    const result = safeParseUsageRecord(value, options);
    if (result.ok) out.records.push(result.record);
    else bad(result.issues);
  });
  return out;
}
