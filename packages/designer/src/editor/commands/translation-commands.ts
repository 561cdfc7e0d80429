import type { Pathway } from '../../core.js';
import { command, type Command } from './command.js';

type Table = Readonly<Record<string, string>>;

/** The document with its Welsh table replaced; an empty table leaves no `translations` behind. */
function withWelsh(doc: Pathway, cy: Table): Pathway {
  const { cy: _old, ...others } = doc.translations ?? {};
  const translations = Object.keys(cy).length > 0 ? { ...others, cy: { ...cy } } : others;
  if (Object.keys(translations).length > 0) return { ...doc, translations };
  const { translations: _gone, ...rest } = doc;
  return rest;
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Sets the Welsh text of one text key (`translations.cy[key]`); an empty or
 * blank `welsh` removes the key. `where` names the text for the audit list,
 * e.g. `Question “Temperature” — label`. No change, no command in the history.
 *
 * @example
 * run(translateText('field.temperature.label', 'Tymheredd', 'Question “Temperature” — label'));
 */
export function translateText(key: string, welsh: string, where: string): Command {
  const clear = welsh.trim() === '';
  const label = clear ? `Remove the Welsh of ${lower(where)}` : `Translate ${lower(where)}`;
  return command(clear ? 'remove-translation' : 'translate-text', label, (doc) => {
    const cy: Table = doc.translations?.cy ?? {};
    const has = Object.hasOwn(cy, key);
    if (clear) {
      if (!has) return doc;
      const { [key]: _removed, ...rest } = cy;
      return withWelsh(doc, rest);
    }
    if (has && cy[key] === welsh) return doc;
    return withWelsh(doc, { ...cy, [key]: welsh });
  });
}

/** Removes Welsh texts by key (the stale ones: keys that translate nothing any more), in one command. */
export function removeTranslations(keys: readonly string[]): Command {
  const label =
    keys.length === 1
      ? `Remove the stale Welsh text “${keys[0]}”`
      : `Remove ${keys.length} stale Welsh texts`;
  return command('remove-translation', label, (doc) => {
    const cy: Table = doc.translations?.cy ?? {};
    const drop = new Set(keys.filter((k) => Object.hasOwn(cy, k)));
    if (drop.size === 0) return doc;
    return withWelsh(doc, Object.fromEntries(Object.entries(cy).filter(([k]) => !drop.has(k))));
  });
}
