/**
 * The schema's own consistency rules (duplicate ids, unknown references, a
 * start that names no node, edges out of outcomes, …) as findings: the
 * analysis reports them (with the node, edge or field `checkPathwayRules`
 * found them in) rather than checking them a second time.
 */
import type { RuleIssue } from '../../schema/codes.js';
import type { Finding } from '../types.js';

/** The document rules' issues, as findings (their codes are the analysis's document rules). */
export function schemaFindings(issues: readonly RuleIssue[]): Finding[] {
  return [...issues];
}
