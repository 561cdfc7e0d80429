import type { DraftStorage } from '@careway/elements';

/** A draft store that can also hold a draft still being sealed: read, it waits for it. */
export interface PreviewDraftStorage extends DraftStorage {
  /** Keeps `value` under `key` once it resolves; an element reading the key meanwhile waits for it. */
  setPending(key: string, value: Promise<string>): void;
}

/** An in-memory draft store for the preview element (never the browser's storage). */
export function memoryDraftStorage(): PreviewDraftStorage {
  const items = new Map<string, string | Promise<string>>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    keys: () => items.keys(),
    setPending: (key, value) => void items.set(key, value),
  };
}
