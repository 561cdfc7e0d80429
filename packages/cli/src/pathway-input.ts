/**
 * Reading pathway files for the commands. A file that cannot be read or is
 * not JSON stops the command (exit 2, via {@link CliError}); a document that
 * is JSON but not a valid pathway is reported with core's issues, and each
 * command decides what that means for its exit code.
 */
import {
  andMore,
  readPathwayText,
  shortlist,
  TEXT_ISSUE_CODES,
  type Issue,
  type Pathway,
} from '@careway/core';
import { CliError, ExitCode, type ExitCodeValue } from './errors.js';
import { readBytes } from './io.js';

/** A pathway file as read: valid (with any warnings) or not (with its issues). */
export type PathwayFile =
  | {
      readonly file: string;
      readonly ok: true;
      readonly pathway: Pathway;
      readonly warnings: readonly Issue[];
    }
  | { readonly file: string; readonly ok: false; readonly issues: readonly Issue[] };

/** Reads and validates a pathway file with core's reader; unreadable files and malformed JSON throw a {@link CliError}. */
export async function readPathwayFile(file: string): Promise<PathwayFile> {
  const parsed = await readPathwayText(await readBytes(file));
  const unreadable = parsed.ok
    ? undefined
    : parsed.issues.find((i) => Object.hasOwn(TEXT_ISSUE_CODES, i.code));
  if (unreadable) throw new CliError(unreadable.code, `${file}: ${unreadable.message}`);
  return parsed.ok
    ? { file, ok: true, pathway: parsed.pathway, warnings: parsed.warnings ?? [] }
    : { file, ok: false, issues: parsed.issues };
}

/**
 * Reads a pathway file that must be valid for the command to go on: an
 * invalid one stops it with the first issues and `exitCode`.
 */
export async function loadPathway(file: string, exitCode: ExitCodeValue = ExitCode.usage): Promise<Pathway> {
  const read = await readPathwayFile(file);
  if (read.ok) return read.pathway;
  const { shown, more } = shortlist(read.issues, 10);
  const lines = shown.map((i) => `  ${i.message} [${i.code}]`);
  if (more > 0) lines.push(`  ${andMore(more)}`);
  throw new CliError(
    'invalid_pathway',
    `${file} is not a valid Careway pathway:\n${lines.join('\n')}\nRun careway validate ${file} for the full list.`,
    exitCode,
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a `--today YYYY-MM-DD` option. */
export function todayOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(`${value}T00:00:00Z`);
  // Round-tripping catches days that do not exist, such as 2026-02-30.
  if (!DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    throw new CliError('bad_date', `--today must be a real date written YYYY-MM-DD; got "${value}".`);
  return value;
}
