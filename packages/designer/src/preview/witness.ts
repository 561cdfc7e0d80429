import type { AnswerValue, Pathway } from '../core.js';

/** A run of answers and the route it took. */
export interface KnownRun {
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly route: readonly string[];
}

/**
 * Answers that lead to `nodeId`, taken from a run known to pass through it
 * (the preview's own run, or a scenario's): only the answers given on the
 * pages before it, so that the preview stops there.
 */
export function answersReaching(
  doc: Pathway,
  nodeId: string,
  runs: readonly KnownRun[],
): Record<string, AnswerValue> | undefined {
  const run = runs.find((r) => r.route.includes(nodeId));
  if (!run) return undefined;
  const before = new Set(run.route.slice(0, run.route.indexOf(nodeId)));
  const fields = new Set(
    doc.nodes.flatMap((n) => (n.kind === 'step' && before.has(n.id) ? n.fields.map((f) => f.id) : [])),
  );
  return Object.fromEntries(Object.entries(run.answers).filter(([id]) => fields.has(id)));
}
