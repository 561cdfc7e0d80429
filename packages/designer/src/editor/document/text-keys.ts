import type { Pathway } from '../../core.js';

/**
 * Renames the Welsh translation keys that start with one of `prefixes`
 * (e.g. `field.age.`) to the matching new prefix, so that a renamed id keeps
 * its translations (core's `textKeys` builds the keys from the ids).
 */
export function renameTextKeys(doc: Pathway, prefixes: readonly (readonly [string, string])[]): Pathway {
  const table = doc.translations?.cy;
  if (!table) return doc;
  let changed = false;
  const next = Object.fromEntries(
    Object.entries(table).map(([key, text]) => {
      const hit = prefixes.find(([from]) => key.startsWith(from));
      if (!hit) return [key, text];
      changed = true;
      return [hit[1] + key.slice(hit[0].length), text];
    }),
  );
  return changed ? { ...doc, translations: { ...doc.translations, cy: next } } : doc;
}
