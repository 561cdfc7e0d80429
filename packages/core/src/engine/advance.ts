/**
 * Moving forward through the graph: arriving at a node (a page is shown, a
 * decision routes at once, an outcome opens the review) and routing on from
 * the current node, at most `hopLimit` decisions per move.
 */
import type { Compiled } from './compiled.js';
import { isPage } from './compiled.js';
import type { Node } from './doc.js';
import { isUnknown } from './expressions.js';
import { chooseEdge } from './route.js';
import { createScope, type Scope } from './scope.js';
import type { EngineState as SessionState } from './state.js';
import { valueOf, withValue } from './state.js';
import { hasAnswerShape } from './values.js';

/** What the transitions need besides the state. */
export interface EngineContext {
  readonly compiled: Compiled;
  readonly now: () => Date;
}

/** The node the state is at (the last on the route). */
export function currentNode(c: Compiled, s: SessionState): Node | undefined {
  const id = s.route[s.route.length - 1];
  return id === undefined ? undefined : c.nodes.get(id);
}

/** The scope of a state. */
export function scopeOf(c: Compiled, s: SessionState): Scope {
  return createScope(c, s);
}

/**
 * Routes on from the current node (a page whose answers were accepted, or a
 * decision just arrived at) until the next page, an outcome or a stall.
 */
export function routeOn(ctx: EngineContext, start: SessionState): SessionState {
  const c = ctx.compiled;
  // Decisions hold no fields, so one scope serves every hop of this move.
  const scope = scopeOf(c, start);
  let s = start;
  for (let hops = 0; ; hops++) {
    const node = currentNode(c, s);
    if (!node) return s;
    if (hops > c.hopLimit) {
      const stall = {
        node: node.id,
        code: 'cycle' as const,
        needs: [],
        message: `Stopped after ${c.hopLimit} decisions without reaching a page or an outcome: the decisions of this pathway form a loop. This is a defect in the pathway.`,
      };
      return { ...s, phase: 'stalled', stall };
    }
    const choice = chooseEdge(scope, node);
    if (choice.kind === 'stall') return { ...s, phase: 'stalled', stall: choice.stall };
    s = { ...s, route: [...s.route, choice.edge.to], trace: [...s.trace, choice.entry] };
    const target = c.nodes.get(choice.edge.to);
    if (target?.kind !== 'decision') return arrive(ctx, s);
  }
}

/** Arrives at the current node: shows a page, routes through a decision, reviews an outcome. */
export function arrive(ctx: EngineContext, s: SessionState): SessionState {
  const node = currentNode(ctx.compiled, s);
  const base: SessionState = { ...s, errors: [], offered: [] };
  delete base.stall;
  if (!node) return base;
  if (node.kind === 'decision') return routeOn(ctx, { ...base, phase: 'page' });
  if (node.kind === 'outcome') {
    const reviewed: SessionState = { ...base, phase: 'review' };
    delete reviewed.returnTo;
    return reviewed;
  }
  return enterPage(ctx, { ...base, phase: 'page' });
}

/**
 * Shows a page. On a step, earlier answers to its fields are offered back
 * (flagged until confirmed) and fields with `prefill` take the record's value
 * when it is known and they have no answer.
 */
function enterPage(ctx: EngineContext, s: SessionState): SessionState {
  const node = currentNode(ctx.compiled, s);
  if (node?.kind !== 'step') return s;
  const offered: string[] = [];
  const c = ctx.compiled;
  for (const field of node.fields) if (valueOf(c, s.answers, field.id) !== undefined) offered.push(field.id);
  const withPrefill = node.fields.filter((f) => f.prefill !== undefined);
  if (withPrefill.length === 0) return { ...s, offered };
  let answers = s.answers;
  let prefill = s.prefill;
  const scope = scopeOf(c, s);
  for (const field of withPrefill) {
    const value = scope.evaluate(field.prefill as string);
    if (isUnknown(value) || !hasAnswerShape(field, value)) {
      prefill = withValue(c, prefill, field.id, undefined);
      continue;
    }
    prefill = withValue(c, prefill, field.id, value);
    if (valueOf(c, answers, field.id) === undefined) answers = withValue(c, answers, field.id, value);
  }
  return { ...s, answers, prefill, offered };
}

/** Index of the last page on the route strictly before `before`, or -1. */
export function previousPage(c: Compiled, route: readonly string[], before: number): number {
  for (let i = before - 1; i >= 0; i--) if (isPage(c.nodes.get(route[i] ?? ''))) return i;
  return -1;
}

/** Cuts the route (and trace) back so that `index` is the current node, on a page. */
export function truncateTo(s: SessionState, index: number): SessionState {
  const next: SessionState = {
    ...s,
    phase: 'page',
    route: s.route.slice(0, index + 1),
    trace: s.trace.slice(0, index),
    errors: [],
    offered: [],
  };
  delete next.stall;
  delete next.completedAt;
  return next;
}
