import { documentTooLarge, readPathwayText, type Issue, type Pathway } from '../core.js';

/** The outcome of reading a pathway file: the pathway, or every reason it was refused. */
export type ReadResult =
  | { readonly ok: true; readonly pathway: Pathway }
  | { readonly ok: false; readonly fileName: string; readonly issues: readonly Issue[] };

/**
 * Reads a chosen file and validates it, the way every Careway tool reads a
 * pathway file: core's `readPathwayText` of its bytes (a file that is not
 * UTF-8, not JSON — with the line and column of the first error — or not a
 * valid pathway is refused with core's issues). A file too large for a
 * pathway is refused before it is read. Nothing is stored here: the caller
 * decides what to do with a valid pathway, so a refused file can never
 * overwrite anything.
 */
export async function readPathwayFile(file: File): Promise<ReadResult> {
  const tooLarge = documentTooLarge(file.size);
  const read = tooLarge
    ? { ok: false as const, issues: [tooLarge] }
    : await readPathwayText(new Uint8Array(await file.arrayBuffer()));
  return read.ok
    ? { ok: true, pathway: read.pathway }
    : { ok: false, fileName: file.name, issues: read.issues };
}
