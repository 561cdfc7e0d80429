/**
 * The "Your own storage" sample of docs/embedding/README.md: drafts kept in
 * the host's own store. `db` stands in for that store (an IndexedDB wrapper
 * such as idb has this shape); here it is a Map behind promises.
 */
import type { CarewayPathway } from '@careway/elements';

const stores = new Map<string, Map<string, string>>();
function store(name: string): Map<string, string> {
  let found = stores.get(name);
  if (!found) stores.set(name, (found = new Map()));
  return found;
}

/** A stand-in for an IndexedDB wrapper: `get`, `put`, `delete` and `getAllKeys` by store and key. */
export const db = {
  get: async (name: string, key: string) => store(name).get(key) ?? null,
  put: async (name: string, value: string, key: string) => void store(name).set(key, value),
  delete: async (name: string, key: string) => void store(name).delete(key),
  getAllKeys: async (name: string) => [...store(name).keys()],
};

/** Keeps `el`'s drafts in `db`. */
export function keepDraftsInDb(el: CarewayPathway): void {
  el.draftStorage = {
    getItem: (key) => db.get('drafts', key),
    setItem: (key, value) => db.put('drafts', value, key),
    removeItem: (key) => db.delete('drafts', key),
    keys: () => db.getAllKeys('drafts'),
  };
}
