/**
 * The session operations as pure functions from state to state. None of
 * them throws: a refused operation leaves the state as it was and reports a
 * notice with a stable code.
 */
import { isPage } from './compiled.js';
import {
  arrive,
  currentNode,
  previousPage,
  routeOn,
  scopeOf,
  truncateTo,
  type EngineContext,
} from './advance.js';
import { engineIssue } from './messages/index.js';
import { validateStep } from './validate.js';
import { acceptAnswer } from './values.js';
import type { ViewIssue } from './types.js';
import { withValue, type EngineState as SessionState } from './state.js';

/** Formats a date as `YYYY-MM-DD` in local time. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Starts an operation: clears the last notices and moves an unfixed "today" with the clock. */
function begin(ctx: EngineContext, s: SessionState): SessionState {
  const today = s.todayFixed ? s.today : localDate(ctx.now());
  return { ...s, notices: [], today };
}

function refuse(s: SessionState, notice: ViewIssue): SessionState {
  return { ...s, notices: [notice] };
}

const completeNotice: ViewIssue = engineIssue('session_complete', undefined);

/** Sets (or, with `undefined`/`null`, clears) an answer on the current step. */
export function answer(
  ctx: EngineContext,
  state: SessionState,
  fieldId: string,
  value: unknown,
): SessionState {
  const c = ctx.compiled;
  let s = begin(ctx, state);
  if (s.phase === 'complete') return refuse(s, completeNotice);
  const entry = typeof fieldId === 'string' ? c.fields.get(fieldId) : undefined;
  if (!entry) {
    return refuse(s, engineIssue('unknown_field', undefined, { id: String(fieldId) }));
  }
  if (s.phase === 'stalled') {
    // Answering a field of the page where routing stalled returns to that page.
    const page = previousPage(c, s.route, s.route.length);
    if (page >= 0 && s.route[page] === entry.node.id) s = truncateTo(s, page);
  }
  if (s.phase !== 'page' || currentNode(c, s)?.id !== entry.node.id) {
    return refuse(
      s,
      engineIssue('not_on_current_step', entry.field, { page: entry.node.title }, { nodeId: entry.node.id }),
    );
  }
  const accepted = acceptAnswer(entry.field, value);
  const errors = s.errors.filter((e) => e.fieldId !== fieldId);
  const offered = s.offered.filter((id) => id !== fieldId);
  if (accepted.kind === 'refuse') {
    if (accepted.issue.code === 'not_answerable') return refuse(s, accepted.issue);
    return {
      ...s,
      answers: withValue(c, s.answers, fieldId, undefined),
      offered,
      errors: [...errors, accepted.issue],
    };
  }
  const next = accepted.kind === 'set' ? accepted.value : undefined;
  return { ...s, answers: withValue(c, s.answers, fieldId, next), offered, errors };
}

/**
 * Validates the current page and routes on; on review, confirms. While an
 * answer is being changed from review, pages already answered on the
 * reviewed route are passed through again and the review is shown once more
 * (a page that is new or incomplete stops the way there).
 */
export function next(ctx: EngineContext, state: SessionState): SessionState {
  const c = ctx.compiled;
  let s = begin(ctx, state);
  if (s.phase === 'complete') return refuse(s, completeNotice);
  if (s.phase === 'review') {
    const done: SessionState = { ...s, phase: 'complete', completedAt: ctx.now().toISOString() };
    delete done.returnTo;
    return done;
  }
  if (s.phase === 'stalled') {
    const page = previousPage(c, s.route, s.route.length);
    if (page < 0) return arrive(ctx, truncateTo(s, 0));
    s = truncateTo(s, page);
  }
  const passed = passPage(ctx, s);
  if (passed.phase !== 'page' || passed.route.length === s.route.length) return passed;
  return s.returnTo ? fastForward(ctx, passed, s.returnTo) : passed;
}

/** Validates the current page; if it is valid, routes on from it. */
function passPage(ctx: EngineContext, s: SessionState): SessionState {
  const c = ctx.compiled;
  const node = currentNode(c, s);
  if (!node) return s;
  if (node.kind === 'step') {
    const refused = s.errors.filter((e) => e.code === 'invalid_type' || e.code === 'answer_too_large');
    const issues = validateStep(node, scopeOf(c, s), refused);
    if (issues.length > 0) return { ...s, errors: issues };
  }
  return routeOn(ctx, { ...s, errors: [], offered: [] });
}

function fastForward(ctx: EngineContext, start: SessionState, reviewed: readonly string[]): SessionState {
  const seen = new Set(reviewed);
  let s = start;
  for (let guard = reviewed.length + 1; guard > 0 && s.phase === 'page'; guard--) {
    const node = currentNode(ctx.compiled, s);
    if (!node || !seen.has(node.id)) break;
    const passed = passPage(ctx, s);
    if (passed.phase === 'page' && passed.route.length === s.route.length) return s;
    s = passed;
  }
  return s;
}

/** Returns to the previous page; from review or a stall, to the last page. */
export function back(ctx: EngineContext, state: SessionState): SessionState {
  const c = ctx.compiled;
  const s = begin(ctx, state);
  if (s.phase === 'complete') return refuse(s, completeNotice);
  const from = s.phase === 'page' ? s.route.length - 1 : s.route.length;
  const page = previousPage(c, s.route, from);
  if (page < 0) return refuse(s, engineIssue('no_previous_page', undefined));
  return truncateTo(s, page);
}

/** Goes back to an earlier page on the route (from review, remembering to return there). */
export function goTo(ctx: EngineContext, state: SessionState, nodeId: string): SessionState {
  const c = ctx.compiled;
  const s = begin(ctx, state);
  if (s.phase === 'complete') return refuse(s, completeNotice);
  const node = typeof nodeId === 'string' ? c.nodes.get(nodeId) : undefined;
  if (!node) return refuse(s, engineIssue('unknown_node', undefined, { id: String(nodeId) }));
  const index = isPage(node) ? s.route.lastIndexOf(node.id) : -1;
  if (index < 0) {
    return refuse(s, engineIssue('not_on_route', undefined, { page: node.title }, { nodeId: node.id }));
  }
  if (s.phase === 'page' && index === s.route.length - 1) return s;
  const moved = truncateTo(s, index);
  return s.phase === 'review' ? { ...moved, returnTo: [...s.route] } : moved;
}

/** Goes back to the step that asks a field. */
export function change(ctx: EngineContext, state: SessionState, fieldId: string): SessionState {
  const entry = typeof fieldId === 'string' ? ctx.compiled.fields.get(fieldId) : undefined;
  if (!entry) {
    return refuse(begin(ctx, state), engineIssue('unknown_field', undefined, { id: String(fieldId) }));
  }
  return goTo(ctx, state, entry.node.id);
}

/** Back to the start; every answer is kept aside and offered back when its step is shown again. */
export function restart(ctx: EngineContext, state: SessionState): SessionState {
  const s = begin(ctx, state);
  const fresh: SessionState = {
    ...s,
    phase: 'page',
    route: [ctx.compiled.pathway.start],
    trace: [],
    errors: [],
    offered: [],
  };
  delete fresh.stall;
  delete fresh.returnTo;
  delete fresh.completedAt;
  return arrive(ctx, fresh);
}
