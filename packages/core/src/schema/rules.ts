/**
 * The rules a schema cannot express: identity, references, ranges, red
 * flags, scenarios, sign-off. They run on a document whose shape is valid.
 * Expression syntax and types are checked later, by the analysis.
 */
import type { RuleIssue } from './codes.js';
import { placed } from './describe.js';
import { indexPathway } from './pathway-index.js';
import type { Pathway } from './pathway.js';
import { checkFields } from './rules-fields.js';
import { checkIds } from './rules-ids.js';
import { checkMeta } from './rules-meta.js';
import { checkScenarios } from './rules-scenarios.js';
import { checkText } from './rules-text.js';

/**
 * Every cross-reference and consistency issue of a structurally valid
 * pathway: errors (duplicate ids, unknown references, ranges out of order,
 * red flags that cannot fire, scenarios that cannot run, control and
 * direction characters in text) and warnings
 * (missing or stale sign-off, stray translations, invalid SNOMED CT codes),
 * each with the node, edge and field it is in.
 */
export function checkPathwayRules(pathway: Pathway): RuleIssue[] {
  const out: RuleIssue[] = [];
  const index = indexPathway(pathway);
  checkIds(pathway, index, out);
  checkFields(pathway, out);
  checkScenarios(pathway, index, out);
  checkMeta(pathway, out);
  checkText(pathway, [], out);
  return out.map((found) => placed(pathway, found));
}
