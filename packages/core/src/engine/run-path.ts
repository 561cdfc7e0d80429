/**
 * Non-interactive runs: drive a session with a full answer map, as
 * `careway run`, the scenario tests and the designer's preview do. On each
 * step every field present in the map is answered in field order (fields
 * absent keep their prefill), then `next()`; info pages are passed; the run
 * ends at the outcome's review (not confirmed), at a stall, at a step whose
 * answers are invalid, or where the caller asked it to stop. The snapshot of
 * where it ended can be restored as a session, or handed to the element.
 */
import { currentNode, scopeOf } from './advance.js';
import type { Pathway } from './doc.js';
import * as op from './operations.js';
import { buildResult } from './result.js';
import { clonePlain, contextOf, initialState, snapshotOf } from './session.js';
import type { SessionSnapshot } from './snapshot-types.js';
import { buildView } from './view.js';
import type { EngineState } from './state.js';
import type { FieldRef, Result, StallCode, TraceEntry, ViewIssue } from './types.js';

/** Options of {@link runPath}. */
export interface RunPathOptions {
  /** Answers by field id; ones never asked are ignored. */
  answers: Record<string, unknown>;
  context?: Record<string, unknown>;
  /** Fixes "today" (`YYYY-MM-DD`). */
  today?: string;
  /** The clock, for timestamps. */
  now?: () => Date;
  /** Stop on arriving at this node, before answering it (status `stopped`): "preview from here". */
  stopAt?: string;
  /**
   * Stop at the first page that shows questions none of which `answers` gives (status
   * `stopped`): where a clinician with these answers has got to.
   */
  stopWhenUnanswered?: boolean;
}

/** Where a non-interactive run ended. */
export interface RunPathResult {
  /**
   * `outcome`: an outcome was reached; `stalled`: routing could not decide; `invalid`: a step's
   * answers failed validation; `stopped`: the run reached `stopAt`, or a page with no answers
   * under `stopWhenUnanswered`.
   */
  status: 'outcome' | 'stalled' | 'invalid' | 'stopped';
  /** The outcome node id (status `outcome`). */
  outcome?: string;
  /** Node ids visited, decisions and outcome included. */
  route: string[];
  trace: TraceEntry[];
  /** The node where the run stopped (status `stalled`, `invalid` or `stopped`). */
  at?: string;
  /** Fields the route needed (status `stalled`). */
  needs?: FieldRef[];
  /** Why routing stalled (status `stalled`). */
  stall?: { code: StallCode; message: string };
  /** Validation issues (status `invalid`). */
  errors?: ViewIssue[];
  /** The result (status `outcome`). */
  result?: Result;
  /**
   * The session where the run ended, with every answer given on the way; for `invalid`, before
   * the refused move on, so that the page shows no errors yet.
   */
  snapshot: SessionSnapshot;
}

/**
 * Runs a pathway to its end with a full answer map. Never throws on a pathway
 * core has read (`safeParsePathway`), whatever the answers.
 *
 * @example
 * ```ts
 * const run = runPath(pathway, { answers: { wells_score_items: ['cancer'] }, today: '2026-11-24' });
 * if (run.status === 'outcome') console.log(run.outcome, run.result?.summaryText);
 * ```
 */
export function runPath(pathway: Pathway, options: RunPathOptions): RunPathResult {
  const ctx = contextOf(pathway, options.now);
  const c = ctx.compiled;
  let s: EngineState = initialState(ctx, {
    ...(options.context !== undefined ? { context: options.context } : {}),
    ...(options.today !== undefined ? { today: options.today } : {}),
  });
  const answers = typeof options.answers === 'object' && options.answers !== null ? options.answers : {};
  const has = (id: string) => Object.prototype.hasOwnProperty.call(answers, id);
  const ended = (extra: Omit<RunPathResult, 'route' | 'trace' | 'snapshot'>): RunPathResult => {
    const at = s;
    let snapshot: SessionSnapshot | undefined;
    // Worked out when read: scenario runs and the analysis never need it.
    return {
      ...extra,
      route: [...at.route],
      trace: clonePlain(at.trace),
      get snapshot() {
        return (snapshot ??= snapshotOf(ctx, at));
      },
    };
  };
  // Pages may legitimately be revisited; the same page visited this often means a loop.
  for (let budget = pathway.nodes.length * 2 + 2; budget > 0; budget--) {
    const node = currentNode(c, s);
    if (s.phase === 'review' || s.phase === 'complete') {
      const view = buildView(c, s);
      const result =
        view.kind === 'review' || view.kind === 'outcome'
          ? buildResult(c, s, view.outcome, scopeOf(c, s))
          : undefined;
      return ended({
        status: 'outcome',
        ...(node ? { outcome: node.id } : {}),
        ...(result ? { result } : {}),
      });
    }
    if (s.phase === 'stalled' || !node) {
      const stall = s.stall ?? {
        node: node?.id ?? pathway.start,
        code: 'no_route' as const,
        needs: [],
        message: 'No current node.',
      };
      return ended({
        status: 'stalled',
        at: stall.node,
        needs: clonePlain(stall.needs),
        stall: { code: stall.code, message: stall.message },
      });
    }
    if (node.id === options.stopAt) return ended({ status: 'stopped', at: node.id });
    if (node.kind === 'step' && options.stopWhenUnanswered) {
      const view = buildView(c, s);
      const asked = view.kind === 'step' ? view.fields.filter((f) => f.field.type !== 'display') : [];
      if (asked.length > 0 && !asked.some((f) => has(f.field.id)))
        return ended({ status: 'stopped', at: node.id });
    }
    if (node.kind === 'step') {
      for (const field of node.fields) {
        if (field.type !== 'display' && has(field.id)) s = op.answer(ctx, s, field.id, answers[field.id]);
      }
    }
    const before = s.route.length;
    const moved = op.next(ctx, s);
    if (moved.phase === 'page' && moved.route.length === before) {
      return ended({ status: 'invalid', at: node.id, errors: clonePlain(buildView(c, moved).errors) });
    }
    s = moved;
  }
  return ended({
    status: 'stalled',
    at: s.route[s.route.length - 1] ?? pathway.start,
    needs: [],
    stall: {
      code: 'cycle',
      message: 'The answers lead round the same pages again and again: the pathway has a loop.',
    },
  });
}
