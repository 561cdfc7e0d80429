/**
 * Everything one exploration shares: the pathway's indexes, the engine's
 * compiled form, the inputs and live sets, the candidates per input, and the
 * budget of evaluation steps.
 */
import { compile, type Compiled } from '../../engine/compiled.js';
import type { PathwayModel } from '../model.js';
import { contextCandidates, fieldCandidates } from './domains.js';
import { ExpressionCache, Inputs } from './inputs.js';
import { liveInputs, type LiveNames } from './live.js';
import { collectConstants, type Constants } from './thresholds.js';

/** The evaluation-step budget: spent by every evaluation and every state expanded. */
export interface Spend {
  used: number;
  readonly limit: number;
  exhausted: boolean;
}

/** Shared state of one exploration. */
export interface ExploreContext {
  readonly model: PathwayModel;
  readonly compiled: Compiled;
  readonly exprs: ExpressionCache;
  readonly inputs: Inputs;
  readonly constants: ReadonlyMap<string, Constants>;
  readonly live: ReadonlyMap<string, LiveNames>;
  readonly today: string;
  readonly spend: Spend;
  readonly candidateMemo: Map<string, unknown[]>;
}

/** Builds the context of one exploration of `model`. */
export function exploreContext(model: PathwayModel, today: string, limit: number): ExploreContext {
  const exprs = new ExpressionCache();
  const inputs = new Inputs(model, exprs);
  return {
    model,
    compiled: compile(model.pathway),
    exprs,
    inputs,
    constants: collectConstants(model, exprs, inputs),
    live: liveInputs(model, inputs),
    today,
    spend: { used: 0, limit, exhausted: false },
    candidateMemo: new Map(),
  };
}

/** Spends `n` steps; false (and marks the budget exhausted) when there are none left. */
export function spend(ctx: ExploreContext, n = 1): boolean {
  if (ctx.spend.used + n > ctx.spend.limit) {
    ctx.spend.exhausted = true;
    return false;
  }
  ctx.spend.used += n;
  return true;
}

/** The representative values of an input (field id or `context.<id>`), `undefined` meaning blank. */
export function candidates(ctx: ExploreContext, name: string): unknown[] {
  const hit = ctx.candidateMemo.get(name);
  if (hit) return hit;
  let values: unknown[] = [];
  if (name.startsWith('context.')) {
    const field = ctx.compiled.context.get(name.slice(8));
    values = field ? contextCandidates(field, ctx.constants.get(name), ctx.today) : [undefined];
  } else {
    const field = ctx.model.fields.get(name)?.field;
    if (field) values = fieldCandidates(field, ctx.constants.get(name), ctx.today);
  }
  ctx.candidateMemo.set(name, values);
  return values;
}
