import type { DraftStorage } from '@careway/elements';

/** An in-memory draft store for the preview element (never the browser's storage). */
export function memoryDraftStorage(): DraftStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
