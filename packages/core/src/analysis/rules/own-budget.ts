/**
 * A budget of its own for a check that evaluates conditions after the
 * exploration: it shares the exploration's indexes and compiled pathway (so
 * that the states and edges it meets are the same objects) but spends its
 * own evaluation steps, so that it never uses up the budget the route rules
 * after it rely on, and never changes what `budget` reports.
 */
import type { ExploreContext } from '../explore/context.js';

/** `ctx` with a fresh spend of the same limit. */
export function withOwnBudget(ctx: ExploreContext): ExploreContext {
  return { ...ctx, spend: { used: 0, limit: ctx.spend.limit, exhausted: false } };
}
