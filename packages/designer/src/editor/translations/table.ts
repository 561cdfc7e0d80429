import { textKeys, type Pathway } from '../../core.js';
import { textPlace, type TextPlace } from './where.js';

/** One translatable text with its Welsh text, if it has one. */
export interface TranslationRow extends TextPlace {
  /** Core's text key, e.g. `field.temperature.label`. */
  readonly key: string;
  /** The English text, as the document holds it. */
  readonly text: string;
  /** True when the text may use the safe markup subset (it gets a multi-line box). */
  readonly rich: boolean;
  readonly welsh: string | undefined;
}

/** A Welsh text whose key translates nothing in the pathway (its item was renamed away or deleted). */
export interface StaleTranslation {
  readonly key: string;
  readonly welsh: string;
}

/** Every text of the pathway with its Welsh, the stale Welsh texts, and how many texts are translated. */
export interface TranslationTable {
  readonly rows: readonly TranslationRow[];
  readonly stale: readonly StaleTranslation[];
  readonly translated: number;
}

/**
 * The Welsh translation table of a pathway, from core's `textKeys` (so the
 * designer lists exactly the keys core translates and checks).
 */
export function translationTable(doc: Pathway): TranslationTable {
  const cy: Readonly<Record<string, string>> = doc.translations?.cy ?? {};
  const welshOf = (key: string) => (Object.hasOwn(cy, key) ? cy[key] : undefined);
  const rows = textKeys(doc).map((entry): TranslationRow => ({
    key: entry.key,
    text: entry.text,
    rich: entry.rich,
    welsh: welshOf(entry.key),
    ...textPlace(doc, entry.path),
  }));
  const known = new Set(rows.map((r) => r.key));
  const stale = Object.entries(cy)
    .filter(([key]) => !known.has(key))
    .map(([key, welsh]) => ({ key, welsh }));
  return { rows, stale, translated: rows.filter((r) => r.welsh !== undefined).length };
}
