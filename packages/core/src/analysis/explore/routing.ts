/**
 * Findings where the engine cannot route: a condition it cannot decide
 * (a field never asked, left blank, hidden, or a context fact not given, or
 * a calculation with no answer although everything is given),
 * and a node where no edge holds for some answers (not exhaustive), each with
 * the route and a counter-example.
 */
import type { Node } from '../../engine/doc.js';
import type { StallState } from '../../engine/types.js';
import { isUnknown } from '../../engine/expressions.js';
import type { AnalysisCode } from '../codes.js';
import { finding } from '../finding.js';
import { nodeName } from '../model.js';
import type { ExploreContext } from './context.js';
import { answersText, counterExample, routeText } from './describe.js';
import { recordOnce, type Exploration } from './record.js';
import { scopeOf, type State } from './state.js';

const REASON: Record<string, { code: AnalysisCode; words: string; fix: string }> = {
  not_on_route: {
    code: 'field_not_asked',
    words: 'is never asked on this route',
    fix: 'Ask it on every route before this point, or change the condition.',
  },
  hidden: {
    code: 'field_not_asked',
    words: 'is hidden on this route (its showWhen does not hold)',
    fix: 'Show it on every route that reaches this condition, or change the condition.',
  },
  unanswered: {
    code: 'optional_field_in_condition',
    words: 'is optional and may be left blank',
    fix: 'Make the question required, or handle the blank answer with answered(…).',
  },
  not_provided: {
    code: 'context_not_provided',
    words: 'comes from the host and may not be provided',
    fix: 'Ask it as a question (prefilled from the record) or make sure every host passes it.',
  },
};

/** The edge whose condition the engine stalled on: the first one that is not false. */
function stalledEdge(
  ctx: ExploreContext,
  state: State,
  node: Node,
): { id: string; when: string; index: number } | undefined {
  const scope = scopeOf(state, ctx.today);
  for (const edge of ctx.compiled.out.get(node.id) ?? []) {
    if (edge.when === undefined) return undefined;
    const value = scope.evaluate(edge.when);
    if (value === false) continue;
    if (isUnknown(value))
      return { id: edge.id, when: edge.when, index: ctx.model.pathway.edges.indexOf(edge) };
    return undefined;
  }
  return undefined;
}

/** Records why the engine stalled at `node` in `state`. */
export function recordStall(
  ctx: ExploreContext,
  record: Exploration,
  seen: Set<string>,
  state: State,
  node: Node,
  stall: StallState,
): void {
  const example = counterExample(ctx, state);
  const route = [...state.route];
  if (stall.code === 'no_route') {
    const edges = ctx.compiled.out.get(node.id) ?? [];
    if (edges.length === 0 || edges.some((e) => !ctx.model.nodes.has(e.to))) return; // dead ends and unknown nodes are structure findings
    const reads = [...new Set(edges.flatMap((e) => (e.when !== undefined ? ctx.inputs.ofText(e.when) : [])))];
    recordOnce(
      record,
      seen,
      finding(
        'not_exhaustive',
        ctx.model.nodePath.get(node.id) ?? [],
        `No route out of ${nodeName(node, node.id)} holds when ${answersText(example, reads)}, and there is no “otherwise” edge, so the engine would stop there (route: ${routeText(ctx, route)}). Add an edge without a condition as the last edge, or widen the conditions.`,
        { nodeId: node.id, route, counterExample: example },
      ),
    );
    return;
  }
  if (stall.code !== 'unknown_condition') return;
  const edge = stalledEdge(ctx, state, node);
  const path = edge ? ['edges', edge.index, 'when'] : (ctx.model.nodePath.get(node.id) ?? []);
  if (stall.needs.length === 0) {
    const reads = edge ? ctx.inputs.ofText(edge.when) : [];
    recordOnce(
      record,
      seen,
      finding(
        'route_stalls',
        path,
        `The condition “${edge?.when ?? '?'}” out of ${nodeName(node, node.id)} cannot be worked out when ${answersText(example, reads)}, although every answer it reads is given (a division by zero, or a date calculation with no answer, such as the age of a date in the future): on the route ${routeText(ctx, route)} the engine would stop and tell the clinician the pathway has a defect. Guard the calculation (e.g. if(weight_kg > 0, …, …)), or narrow the questions' ranges so that it always has an answer.`,
        { nodeId: node.id, edgeId: edge?.id, route, counterExample: example },
      ),
    );
    return;
  }
  for (const need of stall.needs) {
    const why = REASON[need.reason] ?? (REASON['not_on_route'] as (typeof REASON)[string]);
    const name = need.kind === 'context' ? `context.${need.id}` : need.id;
    recordOnce(
      record,
      seen,
      finding(
        why.code,
        path,
        `The condition “${edge?.when ?? '?'}” out of ${nodeName(node, node.id)} reads ${name} (“${need.label}”), which ${why.words}: on the route ${routeText(ctx, route)} the engine would stall here. ${why.fix}`,
        { nodeId: node.id, edgeId: edge?.id, fieldId: name, route, counterExample: example },
      ),
    );
  }
}
