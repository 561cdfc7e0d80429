import { useDoc } from '../state/context.js';
import { removeTranslations } from '../editor/commands/translation-commands.js';
import type { StaleTranslation } from '../editor/translations/table.js';

/**
 * The Welsh texts whose keys translate nothing any more (their question,
 * option or node was deleted), each with a Remove button. Core warns about
 * them as `unknown_translation_key`.
 */
export function StaleTranslations({ stale }: { stale: readonly StaleTranslation[] }) {
  const { run } = useDoc();
  if (stale.length === 0) return null;
  return (
    <section aria-labelledby="cw-stale-translations-heading" className="cw-translations__stale">
      <h3 id="cw-stale-translations-heading">Welsh texts that translate nothing ({stale.length})</h3>
      <p className="cw-hint">
        What they translated was renamed outside the designer or deleted. Remove them, or keep them while you
        put the item back.
      </p>
      <ul className="cw-problems">
        {stale.map((s) => (
          <li key={s.key}>
            <code>{s.key}</code>: <span lang="cy">{s.welsh}</span>{' '}
            <button type="button" onClick={() => run(removeTranslations([s.key]))}>
              Remove<span className="cw-visually-hidden"> {s.key}</span>
            </button>
          </li>
        ))}
      </ul>
      {stale.length > 1 && (
        <button type="button" onClick={() => run(removeTranslations(stale.map((s) => s.key)))}>
          Remove all {stale.length}
        </button>
      )}
    </section>
  );
}
