import { routeTo, type AnswerValue, type Pathway } from '../../core.js';

/** A run of answers (and context) and the route it took. */
export interface KnownRun {
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly context?: Readonly<Record<string, unknown>>;
  readonly route: readonly string[];
}

/** Answers and context to start the preview with so that it stops at a node. */
export interface PreviewStart {
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly context: Readonly<Record<string, unknown>>;
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
  return startFromRuns(doc, nodeId, runs)?.answers;
}

function startFromRuns(
  doc: Pathway,
  nodeId: string,
  runs: readonly KnownRun[],
): { answers: Record<string, AnswerValue>; context: Readonly<Record<string, unknown>> } | undefined {
  const run = runs.find((r) => r.route.includes(nodeId));
  if (!run) return undefined;
  const before = new Set(run.route.slice(0, run.route.indexOf(nodeId)));
  const fields = new Set(
    doc.nodes.flatMap((n) => (n.kind === 'step' && before.has(n.id) ? n.fields.map((f) => f.id) : [])),
  );
  return {
    answers: Object.fromEntries(Object.entries(run.answers).filter(([id]) => fields.has(id))),
    context: run.context ?? {},
  };
}

/**
 * How to start the preview at `nodeId`: from a run known to pass through it
 * when there is one, otherwise from answers core's exploration finds
 * (`routeTo`, the analysis's own search of the answer space). When neither
 * reaches the node, the reason in words for the author: no answers at all
 * reach it, or none were found within the search's budget.
 */
export function previewStart(
  doc: Pathway,
  nodeId: string,
  runs: readonly KnownRun[],
): PreviewStart | { readonly refusal: string } {
  if (nodeId === doc.start) return { answers: {}, context: {} };
  const known = startFromRuns(doc, nodeId, runs);
  if (known) return known;
  const title = doc.nodes.find((n) => n.id === nodeId)?.title ?? nodeId;
  let search;
  try {
    search = routeTo(doc, nodeId);
  } catch {
    return { refusal: `The preview cannot start at “${title}”: the pathway cannot be run as it is.` };
  }
  if (search.witness) return { answers: search.witness.answers, context: search.witness.context };
  return {
    refusal: search.complete
      ? `No answers reach “${title}” from the start, so the preview cannot start there. Check the conditions of the routes into it (see the problems panel).`
      : `Careway could not find answers that reach “${title}” within its search budget. Run the preview to it by hand, or save a scenario that reaches it.`,
  };
}
