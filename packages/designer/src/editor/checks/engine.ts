import { runPath, type AnswerValue, type Pathway } from '../../core.js';
import type { RunTrace } from './types.js';

/**
 * Runs answers through the real engine (core's `runPath`, as `careway run`
 * does) and reports the route, the page it stopped on and the outcome, or
 * what the engine still needs. Never throws.
 */
export function traceAnswers(
  doc: Pathway,
  answers: Readonly<Record<string, AnswerValue>>,
  context: Readonly<Record<string, unknown>> = {},
): RunTrace {
  try {
    const run = runPath(doc as never, { answers: { ...answers }, context: { ...context } });
    const current = run.outcome ?? run.at ?? run.route.at(-1);
    return {
      route: run.route,
      ...(current ? { current } : {}),
      ...(run.status === 'outcome' && run.outcome ? { outcome: run.outcome } : {}),
      ...(run.needs?.length ? { needs: run.needs.map((n) => n.label || n.id) } : {}),
      edges: run.trace.flatMap((t) => (t.edge ? [t.edge] : [])),
    };
  } catch {
    return { route: [] };
  }
}
