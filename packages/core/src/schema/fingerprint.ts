/**
 * The fingerprint of a pathway's clinical content: what a clinician would
 * experience and what the rules decide. Moving a box in the designer,
 * adding a Welsh translation, signing the pathway off, publishing it under
 * a new version number or changing its status leave the fingerprint alone;
 * any change to a question, a route, an outcome, a score, a source or a
 * scenario changes it.
 */
import { canonicalJson } from './canonical.js';
import type { Pathway } from './pathway.js';
import { sha256Hex } from './sha256.js';

/** Top-level properties that are not clinical content, so not part of the fingerprint. */
export const NON_CLINICAL_PROPERTIES = [
  '$schema',
  'layout',
  'translations',
  'approvals',
  'status',
  'version',
  'publisher',
] as const;

/** The pathway without its non-clinical properties. */
export function clinicalContent(pathway: Pathway): Partial<Pathway> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(pathway)) {
    if (!(NON_CLINICAL_PROPERTIES as readonly string[]).includes(key)) out[key] = value;
  }
  return out as Partial<Pathway>;
}

/**
 * A stable hash of the clinical content: `sha256:` and 64 hex digits of the
 * SHA-256 of the canonical JSON of `clinicalContent(pathway)`.
 *
 * @example
 * fingerprint(pathway) // 'sha256:3b1f…'
 * fingerprint({ ...pathway, layout: otherLayout }) === fingerprint(pathway) // true
 */
export function fingerprint(pathway: Pathway): string {
  return `sha256:${sha256Hex(canonicalJson(clinicalContent(pathway) as Pathway))}`;
}

/**
 * Whether an approval was given to the pathway's clinical content as it is
 * now: true when it carries no fingerprint (nothing to compare) or the
 * fingerprint it carries is the pathway's. An approval that is not current
 * was given before a clinical change and must be reviewed again.
 *
 * @example
 * isApprovalCurrent(pathway, { ...approval, fingerprint: fingerprint(pathway) }); // true
 */
export function isApprovalCurrent(pathway: Pathway, approval: { readonly fingerprint?: string }): boolean {
  return approval.fingerprint === undefined || approval.fingerprint === fingerprint(pathway);
}
