/**
 * The view of a state: what a runtime shows now. Built on demand from the
 * state alone, so a restored session shows exactly what it showed.
 */
import { engineIssue } from './messages/index.js';
import { isPage, type Compiled } from './compiled.js';
import { currentNode, previousPage, scopeOf } from './advance.js';
import type { Field, Node } from './doc.js';
import { buildResult, reviewItems } from './result.js';
import type { FieldView, Nav, Progress, View, ViewIssue } from './types.js';
import { valueOf, type EngineState as SessionState } from './state.js';
import { isRequired } from './validate.js';
import { sameValue } from './values.js';

/** An issue for a defect in Careway itself, caught before it reaches the host. */
export function internalError(error: unknown): ViewIssue {
  const detail = error instanceof Error ? error.message : String(error);
  return engineIssue('internal_error', undefined, { detail });
}

/** {@link buildView}, turning a defect into a stalled view instead of an exception. */
export function safeView(c: Compiled, s: SessionState): View {
  try {
    return buildView(c, s);
  } catch (error) {
    const node = currentNode(c, s) ?? (c.nodes.get(c.pathway.start) as Node);
    const issue = internalError(error);
    return {
      kind: 'stalled',
      node,
      code: 'no_route',
      needs: [],
      message: issue.message,
      errors: [issue],
      nav: { canGoBack: false, canContinue: false },
    };
  }
}

/** Builds the view of a state. */
export function buildView(c: Compiled, s: SessionState): View {
  const node = currentNode(c, s);
  const errors = [...s.notices];
  const nav = navOf(c, s);
  if (s.phase === 'stalled' || !node) {
    const stall = s.stall;
    return {
      kind: 'stalled',
      node: node ?? (c.nodes.get(c.pathway.start) as NonNullable<typeof node>),
      code: stall?.code ?? 'no_route',
      needs: stall?.needs ?? [],
      message: stall?.message ?? 'The session has no current node.',
      errors,
      nav,
    };
  }
  if (node.kind === 'outcome') {
    const scope = scopeOf(c, s);
    if (s.phase === 'complete') {
      return { kind: 'outcome', outcome: node, result: buildResult(c, s, node, scope), errors, nav };
    }
    return {
      kind: 'review',
      outcome: node,
      items: reviewItems(c, s, scope),
      errors,
      nav,
      progress: progressOf(c, s),
    };
  }
  if (node.kind === 'step') {
    const scope = scopeOf(c, s);
    const fields = node.fields.filter((f) => scope.visible(f.id)).map((f) => fieldView(c, f, s));
    const shown = new Set(fields.map((f) => f.field.id));
    for (const e of s.errors) if (e.fieldId === undefined || shown.has(e.fieldId)) errors.push(e);
    return { kind: 'step', node, fields, errors, nav, progress: progressOf(c, s) };
  }
  if (node.kind === 'info') return { kind: 'info', node, errors, nav, progress: progressOf(c, s) };
  // A decision is never current after a move; a malformed state might leave one.
  return {
    kind: 'stalled',
    node,
    code: 'no_route',
    needs: [],
    message: `“${node.title}” is a decision, not a page.`,
    errors,
    nav,
  };
}

function fieldView(c: Compiled, field: Field, s: SessionState): FieldView {
  const value = valueOf(c, s.answers, field.id);
  const view: FieldView = {
    field,
    value,
    required: isRequired(field),
    errors: s.errors.filter((e) => e.fieldId === field.id),
  };
  const record = valueOf(c, s.prefill, field.id);
  if (record !== undefined)
    view.prefill = { from: 'record', value: record, changed: !sameValue(record, value) };
  if (value !== undefined && s.offered.includes(field.id)) view.remembered = value;
  return view;
}

function navOf(c: Compiled, s: SessionState): Nav {
  switch (s.phase) {
    case 'complete':
      return { canGoBack: false, canContinue: false };
    case 'review':
      return { canGoBack: previousPage(c, s.route, s.route.length) >= 0, canContinue: true };
    case 'stalled':
      return { canGoBack: previousPage(c, s.route, s.route.length) >= 0, canContinue: false };
    default:
      return { canGoBack: previousPage(c, s.route, s.route.length - 1) >= 0, canContinue: true };
  }
}

/** Pages passed so far, and the pages still to see along the shortest route to an outcome. */
export function progressOf(c: Compiled, s: SessionState): Progress {
  const last = s.route.length - 1;
  let done = 0;
  for (let i = 0; i < last; i++) if (isPage(c.nodes.get(s.route[i] ?? ''))) done++;
  const current = c.nodes.get(s.route[last] ?? '');
  if (s.phase !== 'page' || !current) return { done: done + (isPage(current) ? 1 : 0), remaining: 0 };
  return { done, remaining: c.pagesToOutcome.get(current.id) ?? 1 };
}
