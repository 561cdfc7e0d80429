import { createSession, type AnswerValue, type Pathway } from '../core.js';

interface PageView {
  kind: string;
  node?: { id: string };
  fields?: { field: { id: string } }[];
}

/**
 * A session snapshot of `doc` with `answers` given page by page through
 * core's engine, stopping at `stopAt` (or where the answers run out). The
 * preview hands it to `<careway-pathway>` as a draft, so that editing the
 * pathway keeps the preview where it was, and "Preview from here" opens it at
 * a chosen node. `undefined` when the engine cannot start.
 */
export function replaySnapshot(
  doc: Pathway,
  answers: Readonly<Record<string, AnswerValue>>,
  context: Readonly<Record<string, unknown>>,
  stopAt?: string,
): unknown {
  try {
    const session = createSession(doc as never, { context: { ...context } });
    for (let guard = 0; guard < doc.nodes.length + 2; guard += 1) {
      const view = session.view() as unknown as PageView;
      if (view.kind !== 'step' && view.kind !== 'info') break;
      const here = view.node?.id;
      if (stopAt !== undefined && here === stopAt) break;
      if (view.kind === 'step') {
        const fields = view.fields ?? [];
        if (!fields.some((f) => answers[f.field.id] !== undefined)) break;
        for (const f of fields) {
          const value = answers[f.field.id];
          if (value !== undefined) session.answer(f.field.id, value);
        }
      }
      const next = session.next() as unknown as PageView;
      if (next.node?.id === here && next.kind === view.kind) break;
    }
    return session.snapshot();
  } catch {
    return undefined;
  }
}

/** An in-memory draft store for the preview element (never the browser's storage). */
export function memoryDraftStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** Wraps a snapshot in the element's draft envelope. */
export function draftEnvelope(snapshot: unknown): string {
  return JSON.stringify({ format: 'careway-draft', formatVersion: 1, snapshot });
}
