/**
 * One routing decision: the outgoing edges of a node in array order, the
 * first whose condition is true is taken, false ones are skipped, and an edge
 * without a condition (`otherwise`) is taken when reached. If the first edge
 * that is not false is *unknown*, the engine does not guess: it stalls and
 * lists the fields it needs.
 */
import type { Edge, Node } from './doc.js';
import type { Scope } from './scope.js';
import type { FieldRef, StallState, TraceEntry } from './types.js';
import { isUnknown } from './expressions.js';
import { isJsonValue } from './values.js';

/** What routing out of one node decided. */
export type RouteChoice =
  { kind: 'take'; edge: Edge; entry: TraceEntry } | { kind: 'stall'; stall: StallState };

/** Chooses the edge out of `node` in the given scope. */
export function chooseEdge(scope: Scope, node: Node): RouteChoice {
  const c = scope.compiled;
  const edges = c.out.get(node.id) ?? [];
  const values: Record<string, unknown> = {};
  const skipped: string[] = [];
  for (const edge of edges) {
    let own: string[] = [];
    if (edge.when !== undefined) {
      const expr = c.expr(edge.when);
      const traced = scope.trace(edge.when);
      const held = traced.value;
      own = Object.keys(traced.values);
      for (const [name, value] of Object.entries(traced.values)) values[name] = jsonValue(value);
      if (held === false) {
        skipped.push(edge.when);
        continue;
      }
      if (held !== true) {
        const needs = needsOf(scope, expr.refs);
        return { kind: 'stall', stall: unknownStall(node, needs, expr.error) };
      }
    }
    if (!c.nodes.has(edge.to)) {
      return {
        kind: 'stall',
        stall: {
          node: node.id,
          code: 'no_route',
          needs: [],
          message: `The route out of “${node.title}” leads to a node that does not exist (${edge.to}). This is a defect in the pathway.`,
        },
      };
    }
    const note =
      edge.when !== undefined
        ? `${edge.when} was true${describe(own, values)}`
        : skipped.length > 0
          ? `otherwise: ${skipped.join('; ')} ${skipped.length === 1 ? 'was' : 'were'} false${describe(Object.keys(values), values)}`
          : 'no condition: always continues';
    const entry: TraceEntry = {
      node: node.id,
      edge: edge.id,
      to: edge.to,
      condition: edge.when ?? null,
      values,
      note,
    };
    return { kind: 'take', edge, entry };
  }
  return {
    kind: 'stall',
    stall: {
      node: node.id,
      code: 'no_route',
      needs: [],
      message:
        edges.length === 0
          ? `“${node.title}” has no way on. This is a defect in the pathway.`
          : `None of the conditions out of “${node.title}” held and there is no “otherwise” route. This is a defect in the pathway.`,
    },
  };
}

function unknownStall(node: Node, needs: FieldRef[], error: string | undefined): StallState {
  // The clinician sees this message: a rule that cannot be read (or gives neither true nor false)
  // is named by where it stands, never by its text, which may run to thousands of characters.
  const message =
    error === undefined && needs.length > 0
      ? `The route out of “${node.title}” depends on ${needs.map((n) => `“${n.label}”`).join(', ')}, which ${needs.length === 1 ? 'is' : 'are'} not known, so it cannot be decided.`
      : `A rule on the route out of “${node.title}” cannot be read. This is a defect in the pathway.`;
  return { node: node.id, code: 'unknown_condition', needs, message };
}

/** The fields and context facts that make these names unknown, following variables. */
export function needsOf(scope: Scope, names: readonly string[]): FieldRef[] {
  const c = scope.compiled;
  const found = new Map<string, FieldRef>();
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    if (!isUnknown(scope.lookup(name))) return;
    if (name.startsWith('context.')) {
      const id = name.slice(8);
      found.set(name, { id, kind: 'context', label: c.context.get(id)?.label ?? id, reason: 'not_provided' });
      return;
    }
    const entry = c.fields.get(name);
    if (entry) {
      const reason = !scope.onRoute(entry.node.id)
        ? 'not_on_route'
        : !scope.visible(name)
          ? 'hidden'
          : 'unanswered';
      found.set(name, { id: name, kind: 'field', label: entry.field.label, nodeId: entry.node.id, reason });
      return;
    }
    const v = c.variables.get(name);
    if (!v) return;
    const texts = v.kind === 'expression' ? [v.expr] : v.items.map((i) => i.when);
    for (const text of texts) for (const ref of c.expr(text).refs) visit(ref);
  };
  for (const name of names) visit(name);
  return [...found.values()];
}

/** A scope value as JSON for the trace: unknown becomes `null`. */
export function jsonValue(value: unknown): unknown {
  if (isUnknown(value) || value === undefined) return null;
  return isJsonValue(value) ? value : String(value);
}

function describe(names: readonly string[], values: Record<string, unknown>): string {
  const unique = [...new Set(names)];
  if (unique.length === 0) return '';
  return ` (${unique.map((n) => `${n} = ${formatValue(values[n])}`).join(', ')})`;
}

/** A value in a trace note: strings quoted, lists bracketed, unknown spelt out. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'unknown';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
