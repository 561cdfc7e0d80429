import { validate, type AnalysisResult, type DocumentIssue, type Finding, type Pathway } from '../../core.js';
import { expressionSites } from '../document/expressions.js';
import type { Problem } from './problem.js';
import type { ExpressionDiagnostic } from './expression-service.js';

/** Finds the node (and edge) a JSON path into the document points at. */
export function locate(
  doc: Pathway,
  path: readonly (string | number)[],
): { nodeId?: string; edgeId?: string } {
  const [head, index] = path;
  if (head === 'nodes' && typeof index === 'number') {
    const id = doc.nodes[index]?.id;
    return id ? { nodeId: id } : {};
  }
  if (head === 'edges' && typeof index === 'number') {
    const edge = doc.edges[index];
    return edge ? { nodeId: edge.from, edgeId: edge.id } : {};
  }
  return {};
}

function fromIssue(doc: Pathway, issue: DocumentIssue): Problem {
  return {
    code: issue.code,
    severity: issue.severity,
    message: issue.message,
    path: issue.path,
    source: 'schema',
    ...locate(doc, issue.path),
  };
}

function fromFinding(doc: Pathway, f: Finding): Problem {
  const where = locate(doc, f.path);
  const nodeId = f.nodeId ?? where.nodeId;
  const edgeId = f.edgeId ?? where.edgeId;
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    path: f.path,
    source: 'analysis',
    ...(nodeId ? { nodeId } : {}),
    ...(edgeId ? { edgeId } : {}),
  };
}

/**
 * Every problem of the pathway, all found by core: the schema's issues (its
 * warnings too, on a valid document), then
 * the analysis findings (which include expression errors); without an
 * analysis result, the expression errors of core's type checker.
 */
export function collectProblems(
  doc: Pathway,
  analysis: AnalysisResult | undefined,
  check: (text: string, expects: 'boolean' | 'any') => readonly ExpressionDiagnostic[],
): Problem[] {
  const parsed = validate(doc);
  // A valid document can still carry the schema's warnings (a stale sign-off, a
  // translation of a text that is gone): they are problems too.
  const problems: Problem[] = (parsed.ok ? parsed.warnings : parsed.issues).map((issue) =>
    fromIssue(doc, issue),
  );
  const seen = new Set(problems.map((p) => `${p.code}|${p.path.join('.')}`));
  if (analysis) {
    for (const f of analysis.findings) {
      const p = fromFinding(doc, f);
      const key = `${p.code}|${p.path.join('.')}`;
      if (!seen.has(key)) problems.push(p);
      seen.add(key);
    }
    return problems;
  }
  for (const site of expressionSites(doc))
    for (const d of check(site.text, site.expects))
      problems.push({
        code: 'expression_error',
        severity: d.severity,
        message: `In the ${site.where}: ${d.message}`,
        path: site.path,
        source: 'expression',
        ...(site.nodeId ? { nodeId: site.nodeId } : {}),
        ...(site.edgeId ? { edgeId: site.edgeId } : {}),
      });
  return problems;
}
