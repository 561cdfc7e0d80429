import type { AnswerValue } from '../../core.js';

/** What the live preview has done so far: the answers given and where they led. */
export interface PreviewRun {
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly context: Readonly<Record<string, unknown>>;
  /** Node ids visited, in order (the route so far). */
  readonly route: readonly string[];
  /** The node on screen now, if any. */
  readonly current?: string;
  /** The outcome reached, if any. */
  readonly outcome?: string;
}

/** An empty run. */
export const emptyRun: PreviewRun = { answers: {}, context: {}, route: [] };

/** Canvas classes for the preview: the current node and the route taken (nodes and the edges between them). */
export function routeClasses(run: PreviewRun, edges: readonly { id: string; from: string; to: string }[]) {
  const nodes = new Map<string, string>();
  const edgeClasses = new Map<string, string>();
  run.route.forEach((id, i) => {
    nodes.set(id, id === run.current ? 'cw-current cw-visited' : 'cw-visited');
    const next = run.route[i + 1];
    if (next) {
      const edge = edges.find((e) => e.from === id && e.to === next);
      if (edge) edgeClasses.set(edge.id, 'cw-visited');
    }
  });
  if (run.current && !nodes.has(run.current)) nodes.set(run.current, 'cw-current');
  return { nodes, edges: edgeClasses };
}
