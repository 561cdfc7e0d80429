import {
  dedupeIssues,
  placed,
  sortIssues,
  validate,
  type AnalysisResult,
  type ExprError,
  type Issue,
  type Pathway,
} from '../../core.js';
import { expressionSites } from '../document/expressions.js';

/**
 * The expression errors of a pathway from core's type checker (`check`),
 * each at its expression's place in the document and saying which it is.
 */
function expressionIssues(
  doc: Pathway,
  check: (text: string, expects: 'boolean' | 'any') => readonly ExprError[],
): Issue[] {
  return expressionSites(doc).flatMap((site) =>
    check(site.text, site.expects).map((e): Issue => ({
      ...e,
      path: [...site.path],
      message: `In the ${site.where}: ${e.message}`,
      ...(site.nodeId !== undefined ? { nodeId: site.nodeId } : {}),
      ...(site.edgeId !== undefined ? { edgeId: site.edgeId } : {}),
      ...(site.fieldId !== undefined ? { fieldId: site.fieldId } : {}),
    })),
  );
}

/**
 * Every problem of the pathway, all found by core: the schema's issues (its
 * warnings too, on a valid document) placed on their node, edge or field,
 * then the analysis findings (which include expression errors) or, without
 * an analysis result, the expression errors of core's type checker. Core
 * drops what two checks both report and puts errors first.
 */
export function collectProblems(
  doc: Pathway,
  analysis: AnalysisResult | undefined,
  check: (text: string, expects: 'boolean' | 'any') => readonly ExprError[],
): Issue[] {
  const parsed = validate(doc);
  // A valid document can still carry the schema's warnings (a stale sign-off, a
  // translation of a text that is gone): they are problems too.
  const schema = (parsed.ok ? parsed.warnings : parsed.issues).map((i) => placed(doc, i));
  const found = analysis ? analysis.findings : expressionIssues(doc, check);
  return sortIssues(dedupeIssues([...schema, ...found]));
}
