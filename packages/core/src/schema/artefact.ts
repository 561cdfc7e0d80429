/**
 * The published artefact of a pathway: what `careway publish` writes and the
 * designer's publish produces, byte for byte, and the integrity string that
 * `<careway-pathway integrity="…">` checks before it runs anything.
 */
import { canonicalJson } from './canonical.js';
import { isIsoDate } from './common.js';
import { isApprovalCurrent } from './fingerprint.js';
import type { Pathway } from './pathway.js';
import { integrity } from './sha256.js';

/** A published pathway file. */
export interface PublishedArtefact {
  /** `<id>@<version>.json`: published files are immutable, so the version is in the name. */
  readonly fileName: string;
  /** The canonical JSON text (see `canonicalJson`: keys in a fixed order, two-space indentation, a final newline). */
  readonly json: string;
  /** `sha256-<base64>` of the UTF-8 bytes of {@link PublishedArtefact.json}. */
  readonly integrity: string;
}

/**
 * Builds the artefact of a pathway as it stands. It neither checks nor
 * changes the pathway: analyse and test it first, and bump its version.
 *
 * @example
 * const { fileName, json, integrity } = publishedArtefact(pathway);
 * // <careway-pathway src="/pathways/${fileName}" integrity="${integrity}">
 */
export function publishedArtefact(pathway: Pathway): PublishedArtefact {
  const json = canonicalJson(pathway);
  return { fileName: `${pathway.id}@${pathway.version}.json`, json, integrity: integrity(json) };
}

/**
 * Why a pathway may not go to clinicians yet for want of sign-off: no
 * approval, an approval missing its role, name, date or statement, or one
 * given to different clinical content (see `isApprovalCurrent`). Empty when
 * its sign-off is in order. `careway publish` and the designer's publish
 * both refuse on these reasons, so neither publishes what the other would not.
 *
 * @example
 * signOffRefusals({ ...pathway, approvals: [] });
 * // ['Add at least one approval: who signed this pathway off as clinically safe, and when.']
 */
export function signOffRefusals(pathway: Pathway): string[] {
  const out: string[] = [];
  if (pathway.approvals.length === 0)
    out.push('Add at least one approval: who signed this pathway off as clinically safe, and when.');
  pathway.approvals.forEach((a, i) => {
    const missing = [
      !a.role.trim() && 'role',
      !a.name.trim() && 'name',
      !isIsoDate(a.date) && 'date (a real date, YYYY-MM-DD)',
      !a.statement.trim() && 'statement',
    ].filter(Boolean);
    if (missing.length) out.push(`Approval ${i + 1} needs its ${missing.join(', ')}.`);
    if (!isApprovalCurrent(pathway, a))
      out.push(
        `Approval ${i + 1} (${a.name || 'unnamed'}) was given to different clinical content: review the changes and sign it off again.`,
      );
  });
  return out;
}
