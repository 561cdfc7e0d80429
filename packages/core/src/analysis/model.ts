/**
 * A read-only index over a pathway document for the rules: nodes, edges,
 * fields and variables by id with their JSON paths, edges grouped by source
 * in evaluation order, and the graph's successors.
 */
import type { Edge, Field, Node, OutcomeNode, Pathway, StepNode, Variable } from './provisional.js';

/** A field with the step that asks it and its JSON path. */
export interface FieldEntry {
  readonly field: Field;
  readonly step: StepNode;
  readonly path: (string | number)[];
}

/** A variable with its JSON path. */
export interface VariableEntry {
  readonly variable: Variable;
  readonly path: (string | number)[];
}

/** The index the rules share; built once per analysis. */
export interface PathwayModel {
  readonly pathway: Pathway;
  /** First node with each id (duplicates are reported by the structure rules). */
  readonly nodes: ReadonlyMap<string, Node>;
  readonly nodePath: ReadonlyMap<string, (string | number)[]>;
  readonly edgePath: ReadonlyMap<Edge, (string | number)[]>;
  /** Outgoing edges per node id, in document (evaluation) order; only edges whose both ends exist. */
  readonly out: ReadonlyMap<string, Edge[]>;
  readonly fields: ReadonlyMap<string, FieldEntry>;
  readonly variables: ReadonlyMap<string, VariableEntry>;
  readonly outcomes: OutcomeNode[];
  /** Whether `start` names a node. */
  readonly hasStart: boolean;
}

/** Builds the {@link PathwayModel} of a document. Tolerates broken references. */
export function buildModel(pathway: Pathway): PathwayModel {
  const nodes = new Map<string, Node>();
  const nodePath = new Map<string, (string | number)[]>();
  const fields = new Map<string, FieldEntry>();
  const variables = new Map<string, VariableEntry>();
  pathway.nodes.forEach((node, i) => {
    if (nodes.has(node.id)) return;
    nodes.set(node.id, node);
    nodePath.set(node.id, ['nodes', i]);
    if (node.kind !== 'step') return;
    node.fields.forEach((field, j) => {
      if (!fields.has(field.id)) fields.set(field.id, { field, step: node, path: ['nodes', i, 'fields', j] });
    });
  });
  pathway.variables.forEach((variable, i) => {
    if (!variables.has(variable.id) && !fields.has(variable.id))
      variables.set(variable.id, { variable, path: ['variables', i] });
  });
  const out = new Map<string, Edge[]>();
  const edgePath = new Map<Edge, (string | number)[]>();
  pathway.edges.forEach((edge, i) => {
    edgePath.set(edge, ['edges', i]);
    if (!nodes.has(edge.from) || !nodes.has(edge.to)) return;
    const list = out.get(edge.from) ?? [];
    list.push(edge);
    out.set(edge.from, list);
  });
  const outcomes = [...nodes.values()].filter((n): n is OutcomeNode => n.kind === 'outcome');
  return {
    pathway,
    nodes,
    nodePath,
    edgePath,
    out,
    fields,
    variables,
    outcomes,
    hasStart: typeof pathway.start === 'string' && nodes.has(pathway.start),
  };
}

/** Node ids reachable from the start along edges, ignoring conditions. */
export function graphReachable(model: PathwayModel): Set<string> {
  const seen = new Set<string>();
  if (!model.hasStart) return seen;
  const stack = [model.pathway.start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of model.out.get(id) ?? []) if (!seen.has(edge.to)) stack.push(edge.to);
  }
  return seen;
}

/** The input fields of a step: every field but `display`. */
export function inputFields(step: StepNode): Field[] {
  return step.fields.filter((f) => f.type !== 'display');
}

/** Describes a node for a message: its title and id. */
export function nodeName(node: Node | undefined, id: string): string {
  return node ? `"${node.title}" (${id})` : id;
}
