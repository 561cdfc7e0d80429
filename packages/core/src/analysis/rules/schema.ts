/**
 * The schema's own consistency rules (duplicate ids, unknown references, a
 * start that names no node, edges out of outcomes, …) as findings: the
 * analysis reports them (with the node, edge or field `checkPathwayRules`
 * found them in) rather than checking them a second time.
 */
import type { Issue } from '../../issues/issue.js';
import type { Finding } from '../types.js';

/** The schema's issues, as findings of the document rules. */
export function schemaFindings(issues: readonly Issue[]): Finding[] {
  return issues as Finding[];
}
