/**
 * Warnings about sign-off, translations and codes: none makes the document
 * unusable, each asks a person to look.
 */
import type { DocumentRuleCode, RuleIssue } from './codes.js';
import { SNOMED_CT } from './common.js';
import { sentence } from './describe.js';
import { isApprovalCurrent } from './fingerprint.js';
import { issue, type IssuePath } from '../issues/issue.js';
import type { Pathway } from './pathway.js';
import { isSnomedConceptId } from './snomed.js';
import { textKeys } from './text-keys.js';

function warn(code: DocumentRuleCode, path: IssuePath, message: string): RuleIssue {
  return issue(code, path, message, 'warning');
}

function checkApprovals(pathway: Pathway, out: RuleIssue[]): void {
  if (pathway.status === 'active' && pathway.approvals.length === 0) {
    out.push(
      warn(
        'missing_approval',
        ['approvals'],
        'The pathway is active but nobody has signed it off as clinically safe: add an approval.',
      ),
    );
  }
  if (!pathway.approvals.some((a) => a.fingerprint !== undefined)) return;
  pathway.approvals.forEach((approval, a) => {
    if (!isApprovalCurrent(pathway, approval)) {
      out.push(
        warn(
          'stale_approval',
          ['approvals', a, 'fingerprint'],
          `The approval by ${approval.name} (${approval.role}, ${approval.date}) was given to different clinical content: the pathway has changed since. Review it and sign it off again.`,
        ),
      );
    }
  });
}

function checkTranslations(pathway: Pathway, out: RuleIssue[]): void {
  const table = pathway.translations?.cy;
  if (table === undefined) return;
  const known = new Set(textKeys(pathway).map((t) => t.key));
  for (const key of Object.keys(table)) {
    if (!known.has(key)) {
      out.push(
        warn(
          'unknown_translation_key',
          ['translations', 'cy', key],
          `The Welsh text "${key}" translates nothing in this pathway; it may be left over from a renamed or deleted item.`,
        ),
      );
    }
  }
}

function checkCodes(root: Pathway, value: unknown, path: IssuePath, out: RuleIssue[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkCodes(root, item, [...path, i], out));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const bag = value as Record<string, unknown>;
  if (bag.system === SNOMED_CT && typeof bag.code === 'string' && !isSnomedConceptId(bag.code)) {
    const phrase = `holds SNOMED CT code "${bag.code}", which is not a valid concept id (its length, partition or check digit is wrong); check it in a SNOMED CT browser.`;
    out.push(warn('invalid_snomed_code', [...path, 'code'], sentence(root, path, phrase)));
  }
  for (const [key, child] of Object.entries(bag)) {
    if (key !== 'layout' && key !== 'translations' && key !== 'scenarios')
      checkCodes(root, child, [...path, key], out);
  }
}

/** Sign-off, translation and terminology warnings. */
export function checkMeta(pathway: Pathway, out: RuleIssue[]): void {
  checkApprovals(pathway, out);
  checkTranslations(pathway, out);
  checkCodes(pathway, pathway, [], out);
}
