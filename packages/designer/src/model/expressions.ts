import type { Pathway } from '../core.js';

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
  /** Where it is, in words: `condition of the route from "Triage" to "Refer"`. */
  readonly where: string;
}

/** Every expression in a pathway: edge conditions, field rules, prefills, variables and score items. */
export function expressionSites(doc: Pathway): ExpressionSite[] {
  const sites: ExpressionSite[] = [];
  const title = (id: string) => doc.nodes.find((n) => n.id === id)?.title ?? id;
  doc.edges.forEach((edge, i) => {
    if (edge.when !== undefined)
      sites.push({
        text: edge.when,
        path: ['edges', i, 'when'],
        expects: 'boolean',
        nodeId: edge.from,
        edgeId: edge.id,
        where: `condition of the route from “${title(edge.from)}” to “${title(edge.to)}”`,
      });
  });
  doc.nodes.forEach((node, n) => {
    if (node.kind !== 'step') return;
    node.fields.forEach((field, f) => {
      const base = ['nodes', n, 'fields', f];
      const at = (what: string) => `${what} of question “${field.label}”`;
      if (field.showWhen !== undefined)
        sites.push({
          text: field.showWhen,
          path: [...base, 'showWhen'],
          expects: 'boolean',
          nodeId: node.id,
          where: at('“show when”'),
        });
      if (field.prefill !== undefined)
        sites.push({
          text: field.prefill,
          path: [...base, 'prefill'],
          expects: 'any',
          nodeId: node.id,
          where: at('prefill'),
        });
      if (field.redFlag?.when !== undefined)
        sites.push({
          text: field.redFlag.when,
          path: [...base, 'redFlag', 'when'],
          expects: 'boolean',
          nodeId: node.id,
          where: at('red-flag condition'),
        });
      field.validations?.forEach((v, r) =>
        sites.push({
          text: v.when,
          path: [...base, 'validations', r, 'when'],
          expects: 'boolean',
          nodeId: node.id,
          where: at(`validation rule ${r + 1}`),
        }),
      );
    });
  });
  doc.variables.forEach((variable, v) => {
    if (variable.kind === 'expression')
      sites.push({
        text: variable.expr,
        path: ['variables', v, 'expr'],
        expects: 'any',
        where: `variable “${variable.label}”`,
      });
    else
      variable.items.forEach((item, i) =>
        sites.push({
          text: item.when,
          path: ['variables', v, 'items', i, 'when'],
          expects: 'boolean',
          where: `item “${item.label}” of score “${variable.label}”`,
        }),
      );
  });
  return sites;
}
