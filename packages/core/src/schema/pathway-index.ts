/**
 * Look-ups over a pathway by id, built once: nodes, fields, variables,
 * context facts and the edges leaving each node. Where ids repeat (which
 * the rules report), the first one wins.
 */
import type { Field } from './fields.js';
import type { IssuePath } from '../issues/issue.js';
import type { Edge, Node, StepNode } from './nodes.js';
import type { ContextField, Pathway } from './pathway.js';
import type { Variable } from './variables.js';

/** A field and where it lives. */
export interface FieldEntry {
  field: Field;
  step: StepNode;
  /** Path of the field in the document, e.g. `['nodes', 2, 'fields', 0]`. */
  path: IssuePath;
}

/** Look-ups over one pathway. */
export interface PathwayIndex {
  nodes: ReadonlyMap<string, { node: Node; path: IssuePath }>;
  fields: ReadonlyMap<string, FieldEntry>;
  variables: ReadonlyMap<string, { variable: Variable; path: IssuePath }>;
  context: ReadonlyMap<string, { field: ContextField; path: IssuePath }>;
  /** The edges leaving each node id, in evaluation order. */
  edgesFrom: ReadonlyMap<string, readonly Edge[]>;
}

function setFirst<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

/**
 * Indexes a pathway by id.
 *
 * @example
 * const { fields } = indexPathway(pathway);
 * fields.get('fit_result')?.step.id // 'fit'
 */
export function indexPathway(pathway: Pathway): PathwayIndex {
  const nodes = new Map<string, { node: Node; path: IssuePath }>();
  const fields = new Map<string, FieldEntry>();
  const variables = new Map<string, { variable: Variable; path: IssuePath }>();
  const context = new Map<string, { field: ContextField; path: IssuePath }>();
  const edgesFrom = new Map<string, Edge[]>();
  pathway.nodes.forEach((node, n) => {
    setFirst(nodes, node.id, { node, path: ['nodes', n] });
    if (node.kind !== 'step') return;
    node.fields.forEach((field, f) =>
      setFirst(fields, field.id, { field, step: node, path: ['nodes', n, 'fields', f] }),
    );
  });
  pathway.variables.forEach((variable, v) =>
    setFirst(variables, variable.id, { variable, path: ['variables', v] }),
  );
  pathway.context.forEach((field, c) => setFirst(context, field.id, { field, path: ['context', c] }));
  for (const edge of pathway.edges) {
    const list = edgesFrom.get(edge.from);
    if (list) list.push(edge);
    else edgesFrom.set(edge.from, [edge]);
  }
  return { nodes, fields, variables, context, edgesFrom };
}
