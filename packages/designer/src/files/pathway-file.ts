import { safeParsePathway, type DocumentIssue, type Pathway } from '../core.js';

/** The outcome of reading a pathway file: the pathway, or every reason it was refused. */
export type ReadResult =
  | { readonly ok: true; readonly pathway: Pathway }
  | { readonly ok: false; readonly fileName: string; readonly issues: readonly DocumentIssue[] };

/** The largest file the designer reads (a pathway is a few hundred kilobytes at most). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Reads and validates a Careway JSON text with core's schema. Nothing is
 * stored here: the caller decides what to do with a valid pathway, so a
 * refused file can never overwrite anything.
 */
export function readPathwayText(text: string, fileName: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : String(error);
    return {
      ok: false,
      fileName,
      issues: [
        {
          code: 'invalid_json',
          severity: 'error',
          path: [],
          message: `This file is not valid JSON: ${detail}`,
        },
      ],
    };
  }
  const parsed = safeParsePathway(json) as
    { ok: true; pathway: Pathway } | { ok: false; issues: DocumentIssue[] };
  if (parsed.ok) return { ok: true, pathway: parsed.pathway };
  return { ok: false, fileName, issues: parsed.issues };
}

/** Reads a chosen file (see {@link readPathwayText}). */
export async function readPathwayFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES)
    return {
      ok: false,
      fileName: file.name,
      issues: [
        {
          code: 'file_too_large',
          severity: 'error',
          path: [],
          message: `This file is ${Math.round(file.size / 1024)} KB; a pathway file is at most ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
        },
      ],
    };
  return readPathwayText(await file.text(), file.name);
}

/** Where an issue is, in words: `nodes › 3 › fields › 0 › label`. */
export function issuePath(path: readonly (string | number)[]): string {
  return path.length ? path.join(' › ') : 'the whole file';
}
