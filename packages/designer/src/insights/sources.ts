import { issue, parseNdjson, syntheticUsage, type Issue, type Pathway, type UsageRecord } from '../core.js';

/** One set of usage records loaded into the designer: a file, or synthetic records. */
export interface UsageSource {
  /** The file's name, or a description of the synthetic records. */
  readonly name: string;
  /** Made by core's generator rather than recorded: every view of them says so. */
  readonly synthetic: boolean;
  readonly records: readonly UsageRecord[];
  /** Lines that held something. */
  readonly lines: number;
  /** Lines skipped because they were not valid records. */
  readonly skipped: number;
  /** Why each line was skipped, by line number; never the line's content. */
  readonly issues: readonly Issue[];
}

/** How many synthetic sessions "Try with synthetic records" makes. */
export const SYNTHETIC_SESSIONS = 500;
/** The seed of those sessions: the same pathway always gives the same records. */
export const SYNTHETIC_SEED = 1;

/**
 * Reads NDJSON files of usage records with core's reader. Records are read
 * without checking their ids against the open pathway, so that records of
 * older versions are kept and core's summary can say what no longer exists.
 */
export async function readUsageFiles(files: Iterable<File>): Promise<UsageSource[]> {
  return Promise.all(
    [...files].map(async (file): Promise<UsageSource> => {
      let text: string;
      try {
        text = await file.text();
      } catch {
        const unreadable = issue('unreadable_file', [], 'The file could not be read.', 'error', { line: 0 });
        return { name: file.name, synthetic: false, records: [], lines: 0, skipped: 0, issues: [unreadable] };
      }
      const { records, issues, lines, skipped } = parseNdjson(text);
      return { name: file.name, synthetic: false, records, lines, skipped, issues };
    }),
  );
}

/** Synthetic records of the pathway from core's generator, labelled as such. Throws when core cannot run the pathway. */
export function syntheticSource(doc: Pathway): UsageSource {
  const records = syntheticUsage(doc, { sessions: SYNTHETIC_SESSIONS, seed: SYNTHETIC_SEED });
  return {
    name: `Synthetic records (${SYNTHETIC_SESSIONS} sessions, seed ${SYNTHETIC_SEED})`,
    synthetic: true,
    records,
    lines: records.length,
    skipped: 0,
    issues: [],
  };
}
