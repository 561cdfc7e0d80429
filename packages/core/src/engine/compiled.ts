/**
 * A read-only index over a pathway, built once per pathway object and cached:
 * nodes, outgoing edges, fields, variables and compiled expressions by id, and
 * the static distances used for the progress estimate.
 */
import type { ContextField, Edge, Field, Node, Pathway, StepNode, Variable } from './doc.js';
import { compileExpr, type CompiledExpr } from './expressions.js';
import { pathwayFingerprint } from './deps.js';

/** A field with the step that asks it and its position on that step. */
export interface FieldEntry {
  readonly field: Field;
  readonly node: StepNode;
  readonly index: number;
  /** The field's position among all fields of the pathway. */
  readonly ordinal: number;
}

/** The cached index of one pathway. */
export interface Compiled {
  readonly pathway: Pathway;
  readonly nodes: ReadonlyMap<string, Node>;
  /** Outgoing edges per node, in evaluation order. */
  readonly out: ReadonlyMap<string, readonly Edge[]>;
  readonly fields: ReadonlyMap<string, FieldEntry>;
  /** Every field in document order (`fieldOrder[entry.ordinal] === entry`). */
  readonly fieldOrder: readonly FieldEntry[];
  readonly variables: ReadonlyMap<string, Variable>;
  readonly context: ReadonlyMap<string, ContextField>;
  /** Fewest pages (steps and info) from a node to any outcome, the node itself included. */
  readonly pagesToOutcome: ReadonlyMap<string, number>;
  /** The most decision hops one `next()` may take before it reports a cycle. */
  readonly hopLimit: number;
  /** Compiles (and caches) an expression text. */
  expr(text: string): CompiledExpr;
  /** The pathway's fingerprint (computed once). */
  fingerprint(): string;
}

const cache = new WeakMap<Pathway, Compiled>();

/** Whether a node is shown to the clinician as a page. */
export function isPage(node: Node | undefined): boolean {
  return node?.kind === 'step' || node?.kind === 'info';
}

/**
 * Returns the index of a pathway. Pathways are treated as immutable: edit a
 * copy, never the object a session runs on.
 */
export function compile(pathway: Pathway): Compiled {
  const hit = cache.get(pathway);
  if (hit) return hit;
  const nodes = new Map<string, Node>();
  const fields = new Map<string, FieldEntry>();
  const fieldOrder: FieldEntry[] = [];
  for (const node of pathway.nodes) {
    if (nodes.has(node.id)) continue;
    nodes.set(node.id, node);
    if (node.kind === 'step') {
      node.fields.forEach((field, index) => {
        if (fields.has(field.id)) return;
        const entry = { field, node, index, ordinal: fieldOrder.length };
        fields.set(field.id, entry);
        fieldOrder.push(entry);
      });
    }
  }
  const out = new Map<string, Edge[]>();
  for (const edge of pathway.edges) {
    const list = out.get(edge.from);
    if (list) list.push(edge);
    else out.set(edge.from, [edge]);
  }
  const variables = new Map<string, Variable>();
  for (const v of pathway.variables) if (!variables.has(v.id)) variables.set(v.id, v);
  const context = new Map<string, ContextField>();
  for (const c of pathway.context) if (!context.has(c.id)) context.set(c.id, c);
  const exprs = new Map<string, CompiledExpr>();
  let fingerprint: string | undefined;
  const compiled: Compiled = {
    pathway,
    nodes,
    out,
    fields,
    fieldOrder,
    variables,
    context,
    pagesToOutcome: distances(nodes, pathway.edges),
    hopLimit: nodes.size + 1,
    expr(text) {
      let c = exprs.get(text);
      if (!c) {
        c = compileExpr(text);
        exprs.set(text, c);
      }
      return c;
    },
    fingerprint() {
      fingerprint ??= pathwayFingerprint(pathway);
      return fingerprint;
    },
  };
  cache.set(pathway, compiled);
  return compiled;
}

/**
 * Fewest pages from each node to an outcome, ignoring conditions: a 0-1
 * breadth-first search backwards from the outcomes, where entering a page
 * costs one and a decision or outcome costs nothing.
 */
function distances(nodes: ReadonlyMap<string, Node>, edges: readonly Edge[]): Map<string, number> {
  const incoming = new Map<string, string[]>();
  for (const e of edges) {
    const list = incoming.get(e.to);
    if (list) list.push(e.from);
    else incoming.set(e.to, [e.from]);
  }
  const dist = new Map<string, number>();
  const deque: string[] = [];
  for (const node of nodes.values()) {
    if (node.kind === 'outcome') {
      dist.set(node.id, 0);
      deque.push(node.id);
    }
  }
  // A plain array used as a deque: zero-cost relaxations go to the front.
  let head = 0;
  const front: string[] = [];
  while (front.length > 0 || head < deque.length) {
    const id = front.length > 0 ? (front.pop() as string) : (deque[head++] as string);
    const d = dist.get(id) ?? 0;
    for (const from of incoming.get(id) ?? []) {
      const cost = isPage(nodes.get(from)) ? 1 : 0;
      const known = dist.get(from);
      if (known !== undefined && known <= d + cost) continue;
      dist.set(from, d + cost);
      if (cost === 0) front.push(from);
      else deque.push(from);
    }
  }
  return dist;
}
