/**
 * Sessions: a thin stateful wrapper over the pure operations. The whole state
 * is plain JSON (`session.state` is a fresh copy on every read); every
 * operation returns the new view and never throws.
 */
import { arrive, currentNode, scopeOf, type EngineContext } from './advance.js';
import { compile } from './compiled.js';
import type { Pathway } from './doc.js';
import * as op from './operations.js';
import { buildResult } from './result.js';
import type { Result, SessionOptions, SessionState, View, ViewIssue } from './types.js';
import { fromPublic, tableOf, toPublic, type EngineState } from './state.js';
import { parseIsoDate } from './values.js';
import { clonePlain } from './clone.js';
import { cleanContext } from './context.js';

export { clonePlain };
import { internalError, safeView } from './view.js';
import { engineIssue } from './messages/index.js';
import type { MigrationReport, SessionSnapshot } from './snapshot-types.js';

/**
 * A running pathway. Obtain one from {@link createSession} or
 * {@link restoreSession}.
 */
export interface Session {
  /** The pathway the session runs (treat as read-only). */
  readonly pathway: Pathway;
  /** A fresh plain copy of the whole state. */
  readonly state: SessionState;
  /** When restored across a pathway change: what was kept and dropped. */
  readonly migration: MigrationReport | undefined;
  /** The current view. */
  view(): View;
  /** Sets an answer on the current step (`undefined`/`null` clears it). A wrong type is refused in the view. */
  answer(fieldId: string, value: unknown): View;
  /** Removes an answer on the current step. */
  clear(fieldId: string): View;
  /** Validates and routes on; at review, confirms. */
  next(): View;
  /** Returns to the previous page. */
  back(): View;
  /** Jumps back to an earlier page on the route. */
  goTo(nodeId: string): View;
  /** Jumps back to the step that asks a field. */
  change(fieldId: string): View;
  /** Back to the start; answers are offered back, not applied. */
  restart(): View;
  /** The result at review or once complete, else `undefined`. */
  result(): Result | undefined;
  /** A JSON snapshot to save and later {@link restoreSession}. */
  snapshot(): SessionSnapshot;
}

/**
 * Starts a session at the pathway's `start`.
 *
 * The pathway must already be valid (`parsePathway`/`safeParsePathway`):
 * the engine does not re-validate documents.
 *
 * @example
 * ```ts
 * const session = createSession(pathway, { context: { age: 67 }, today: '2026-11-24' });
 * session.answer('rectal_bleeding', true);
 * const view = session.next();
 * ```
 */
export function createSession(pathway: Pathway, options: SessionOptions = {}): Session {
  const ctx = contextOf(pathway, options.now);
  return sessionOf(ctx, initialState(ctx, options), undefined);
}

/** The engine context of a pathway and clock. */
export function contextOf(pathway: Pathway, now?: () => Date): EngineContext {
  return { compiled: compile(pathway), now: now ?? (() => new Date()) };
}

/** The state of a new session (already arrived at `start`), optionally with earlier answers to offer back. */
export function initialState(
  ctx: EngineContext,
  options: SessionOptions,
  answers: SessionState['answers'] = {},
): EngineState {
  const notices: ViewIssue[] = [];
  const context = cleanContext(ctx.compiled.context, options.context ?? {}, notices);
  const fixed = typeof options.today === 'string' && parseIsoDate(options.today) !== undefined;
  if (options.today !== undefined && !fixed) {
    notices.push(engineIssue('invalid_today', undefined, { today: String(options.today) }));
  }
  const now = ctx.now();
  const start = ctx.compiled.pathway.start;
  const s: EngineState = {
    v: 1,
    phase: 'page',
    route: [start],
    trace: [],
    answers: tableOf(ctx.compiled, answers),
    offered: [],
    prefill: [],
    errors: [],
    notices: [],
    context,
    today: fixed ? (options.today as string) : op.localDate(now),
    todayFixed: fixed,
    startedAt: now.toISOString(),
  };
  if (!ctx.compiled.nodes.has(start)) {
    const message = `The pathway's start node “${start}” does not exist. This is a defect in the pathway.`;
    return { ...s, phase: 'stalled', stall: { node: start, code: 'no_route', needs: [], message }, notices };
  }
  return { ...arrive(ctx, s), notices };
}

/** Wraps a public state (trusted: created or checked by the engine) as a session. */
export function restoredSession(ctx: EngineContext, state: SessionState): Session {
  const issues = { errors: state.errors.map(asIssue), notices: state.notices.map(asIssue) };
  return sessionOf(ctx, fromPublic(ctx.compiled, { ...state, ...issues }), undefined);
}

/** A saved issue as an issue: drafts saved before issues carried a severity and a path had neither. */
function asIssue(saved: Omit<ViewIssue, 'severity' | 'path'> & Partial<ViewIssue>): ViewIssue {
  return { ...saved, severity: saved.severity ?? 'error', path: saved.path ?? [] };
}

/** Wraps a state (trusted: created or checked by the engine) as a session. */
export function sessionOf(
  ctx: EngineContext,
  initial: EngineState,
  migration: MigrationReport | undefined,
): Session {
  const c = ctx.compiled;
  let state = initial;
  let viewed: { state: EngineState; view: View } | undefined;
  const view = (): View => {
    if (viewed?.state !== state) viewed = { state, view: safeView(c, state) };
    return viewed.view;
  };
  // The last line of defence of "never throws": a defect keeps the state as it was and says so.
  const run = (step: () => EngineState): View => {
    try {
      state = step();
    } catch (error) {
      state = { ...state, notices: [internalError(error)] };
    }
    return view();
  };
  return {
    pathway: c.pathway,
    get state() {
      return clonePlain(toPublic(c, state));
    },
    migration,
    view,
    answer: (fieldId, value) => run(() => op.answer(ctx, state, fieldId, value)),
    clear: (fieldId) => run(() => op.answer(ctx, state, fieldId, undefined)),
    next: () => run(() => op.next(ctx, state)),
    back: () => run(() => op.back(ctx, state)),
    goTo: (nodeId) => run(() => op.goTo(ctx, state, nodeId)),
    change: (fieldId) => run(() => op.change(ctx, state, fieldId)),
    restart: () => run(() => op.restart(ctx, state)),
    result() {
      const node = currentNode(c, state);
      if (node?.kind !== 'outcome' || (state.phase !== 'review' && state.phase !== 'complete'))
        return undefined;
      return buildResult(c, state, node, scopeOf(c, state));
    },
    snapshot: () => snapshotOf(ctx, state),
  };
}

/** The JSON snapshot of a state, as {@link Session.snapshot} and `runPath` give it. */
export function snapshotOf(ctx: EngineContext, state: EngineState): SessionSnapshot {
  const c = ctx.compiled;
  return {
    format: 'careway-session',
    version: 1,
    pathway: { id: c.pathway.id, version: c.pathway.version, fingerprint: c.fingerprint() },
    state: clonePlain(toPublic(c, state)),
    savedAt: ctx.now().toISOString(),
  };
}
