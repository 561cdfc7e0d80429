/**
 * The languages the element speaks beyond English, loaded on demand from
 * beside the element's module (`import.meta.url`), as a module of its own:
 * a page in English downloads none of them, and a page in Welsh downloads
 * the Welsh once, however many elements it has.
 */
import type { AnswerMessages, Pathway, ScoreResult } from './core.js';
import type { UiLang, UiStrings } from './i18n.js';

/** A language beyond English: the element's words, the answer checks' words and the pathway's translation. */
export interface LanguagePack {
  readonly strings: UiStrings;
  readonly messages: AnswerMessages;
  translate(pathway: Pathway): Pathway;
  /**
   * The engine's score results (worded from `source`, the pathway it ran) with the labels of their
   * items and bands taken from `shown`, the translation.
   */
  scores(source: Pathway, shown: Pathway, scores: ScoreResult[]): ScoreResult[];
}

let welsh: LanguagePack | undefined;
let loading: Promise<LanguagePack | undefined> | undefined;

/** The pack of a language once it has loaded; `undefined` for English (built in) and until then. */
export function loadedPack(lang: UiLang): LanguagePack | undefined {
  return lang === 'cy' ? welsh : undefined;
}

/**
 * Loads a language's pack, once for the page. Resolves `true` when the
 * element can speak it; `false` when it could not be loaded (a file left
 * out when the element was copied, a network failure), and a later call
 * tries again. Never rejects.
 */
export function loadLanguage(lang: UiLang): Promise<boolean> {
  if (lang !== 'cy' || welsh) return Promise.resolve(true);
  loading ??= import('./welsh.js').then(
    (module) => (welsh = module.welsh),
    () => {
      loading = undefined;
      return undefined;
    },
  );
  return loading.then(Boolean);
}
