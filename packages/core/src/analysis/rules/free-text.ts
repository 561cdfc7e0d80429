/**
 * Routing on free text: an edge or red-flag condition that compares a text
 * question (or a text context fact) with `=`, `!=` or `in`. Free text is
 * typed differently by every clinician ("SOB", "short of breath",
 * "breathless "), so such a condition silently misses most of the answers
 * it was meant to catch.
 */
import { childrenOf, type ExprNode } from '../../expr/ast.js';
import { finding } from '../finding.js';
import type { ExpressionCache } from '../explore/inputs.js';
import { nodeName, type PathwayModel } from '../model.js';
import type { Finding } from '../types.js';
import { expressionSites } from './expressions.js';

const COMPARES = new Set(['=', '!=', 'in', 'not in']);

/** The free-text input an operand names, as a field id or `context.<id>`. */
function freeTextName(model: PathwayModel, node: ExprNode): string | undefined {
  if (node.kind === 'ref') {
    const type = model.fields.get(node.name)?.field.type;
    return type === 'text' || type === 'long-text' ? node.name : undefined;
  }
  if (node.kind === 'context') {
    const fact = model.pathway.context.find((c) => c.id === node.name);
    return fact?.type === 'string' && fact.options === undefined ? `context.${node.name}` : undefined;
  }
  return undefined;
}

/** Each free-text input compared exactly somewhere in `ast`, with the operator. */
function exactTextComparisons(model: PathwayModel, ast: ExprNode): { name: string; op: string }[] {
  const found: { name: string; op: string }[] = [];
  const visit = (node: ExprNode): void => {
    if (node.kind === 'binary' && COMPARES.has(node.op)) {
      // `x in list` reads x exactly; `'a' in x` on text is a type error reported elsewhere.
      const sides = node.op === 'in' || node.op === 'not in' ? [node.left] : [node.left, node.right];
      for (const side of sides) {
        const name = freeTextName(model, side);
        if (name !== undefined) found.push({ name, op: node.op });
      }
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(ast);
  return found;
}

/** Edge and red-flag conditions that route on free text. */
export function freeTextRouting(model: PathwayModel, exprs: ExpressionCache): Finding[] {
  const out: Finding[] = [];
  for (const site of expressionSites(model)) {
    const isEdge = site.edgeId !== undefined;
    const isRedFlag = site.path[site.path.length - 2] === 'redFlag';
    if (!isEdge && !isRedFlag) continue;
    const ast = exprs.ast(site.text);
    if (!ast) continue;
    const seen = new Set<string>();
    for (const { name, op } of exactTextComparisons(model, ast)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const label = name.startsWith('context.')
        ? `the context fact ${name}`
        : `the free-text question “${model.fields.get(name)?.field.label ?? name}” (${name})`;
      const where = isEdge
        ? `Edge ${site.edgeId} out of ${nodeName(model.nodes.get(site.nodeId ?? ''), site.nodeId ?? '')}`
        : `The red flag of ${site.fieldId}`;
      out.push(
        finding(
          'free_text_routing',
          site.path,
          `${where} routes on ${label} with “${op}” (“${site.text}”). Free text is typed in many ways (abbreviations, spelling, spaces, capitals), so the condition misses answers that mean the same. Ask a choice question with these answers as options, and route on it.`,
          { nodeId: site.nodeId, edgeId: site.edgeId, fieldId: name },
        ),
      );
    }
  }
  return out;
}
