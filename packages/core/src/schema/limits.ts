/**
 * How big a pathway may be. Inputs beyond these limits are refused with a
 * `too_large` issue before any real work is spent on them, so that a
 * mistaken or hostile file cannot freeze the designer or the runtime.
 */
export const LIMITS: Limits = {
  /** Bytes (or characters) in a pathway file; a pathway is a few hundred kilobytes at most. */
  maxDocumentBytes: 10 * 1024 * 1024,
  /** Nodes in one pathway. */
  maxNodes: 5_000,
  /** Fields over all steps. */
  maxFields: 20_000,
  /** Characters in one string. */
  maxStringLength: 100_000,
  /** Nesting of objects and lists; the document itself needs fewer than ten. */
  maxDepth: 32,
  /** Items in one list, or properties in one object. */
  maxCollectionSize: 200_000,
  /** Values (objects, lists, strings, numbers...) in the whole document. */
  maxValues: 2_000_000,
  /** Issues reported for one document; beyond this a final `too_many_issues` issue says how many were left out. */
  maxIssues: 500,
  /** Characters in one answer (text, long text, a choice or a date); a longer one is refused, never cut. */
  maxAnswerLength: 100_000,
  /** Values in one multiple-choice answer, or files in one attachment answer. */
  maxAnswerItems: 1_000,
};

/** Limits on the size of a pathway document; see `LIMITS`. */
export interface Limits {
  readonly maxDocumentBytes: number;
  readonly maxNodes: number;
  readonly maxFields: number;
  readonly maxStringLength: number;
  readonly maxDepth: number;
  readonly maxCollectionSize: number;
  readonly maxValues: number;
  readonly maxIssues: number;
  readonly maxAnswerLength: number;
  readonly maxAnswerItems: number;
}
