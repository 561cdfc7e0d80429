import { expressionSitesOf, type Pathway } from '../../core.js';

/** Where an expression sits in the document, and what it must evaluate to. */
export interface ExpressionSite {
  readonly text: string;
  /** JSON path into the document, e.g. `['edges', 3, 'when']`. */
  readonly path: readonly (string | number)[];
  /** `boolean` for conditions; `any` for computed values and prefills. */
  readonly expects: 'boolean' | 'any';
  /** The node it belongs to (for badges and to frame it), if any. */
  readonly nodeId?: string;
  readonly edgeId?: string;
  /** The question, or the variable or score, it belongs to, if any. */
  readonly fieldId?: string;
  /** Where it is, in words: `condition of the route from “Triage” to “Refer”`. */
  readonly where: string;
}

const roles: Record<string, string> = {
  showWhen: '“show when”',
  prefill: 'prefill',
  redFlag: 'red-flag condition',
};

/**
 * Every expression in a pathway, as core lists them (`expressionSitesOf`:
 * edge conditions, field rules, prefills, variables and score items), with
 * where it is in the words of the designer.
 */
export function expressionSites(doc: Pathway): ExpressionSite[] {
  const title = (id: string) => doc.nodes.find((n) => n.id === id)?.title ?? id;
  return expressionSitesOf(doc).map((site): ExpressionSite => {
    const edge = site.edgeId ? doc.edges.find((e) => e.id === site.edgeId) : undefined;
    const variable = doc.variables.find((v) => v.id === site.fieldId);
    const field =
      site.nodeId && site.fieldId
        ? doc.nodes.flatMap((n) => (n.kind === 'step' ? n.fields : [])).find((f) => f.id === site.fieldId)
        : undefined;
    const [, , , , role, index] = site.path;
    const where = edge
      ? `condition of the route from “${title(edge.from)}” to “${title(edge.to)}”`
      : field
        ? `${role === 'validations' ? `validation rule ${Number(index) + 1}` : (roles[String(role)] ?? String(role))} of question “${field.label}”`
        : variable?.kind === 'score'
          ? `item “${variable.items[Number(site.path[3])]?.label ?? ''}” of score “${variable.label}”`
          : `variable “${variable?.label ?? site.fieldId ?? ''}”`;
    return {
      text: site.text,
      path: site.path,
      expects: site.expected === 'boolean' ? 'boolean' : 'any',
      ...(site.nodeId ? { nodeId: site.nodeId } : {}),
      ...(site.edgeId ? { edgeId: site.edgeId } : {}),
      ...(site.fieldId ? { fieldId: site.fieldId } : {}),
      where,
    };
  });
}
