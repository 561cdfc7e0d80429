import { useMemo, useState } from 'react';
import type { Selection } from '../editor/selection.js';
import { useDoc, useSelection } from '../state/context.js';
import { Checkbox } from '../ui/controls.js';
import { translateText } from '../editor/commands/translation-commands.js';
import { StaleTranslations } from './StaleTranslations.js';
import { translationTable, type TranslationRow } from '../editor/translations/table.js';
import { WelshBox } from './WelshBox.js';
import './translations.css';

const inSelection = (row: TranslationRow, selection: Selection): boolean =>
  (row.nodeId !== undefined && selection.nodes.includes(row.nodeId)) ||
  (row.edgeId !== undefined && selection.edges.includes(row.edgeId));

/**
 * The Welsh translations (`translations.cy`): every text core's `textKeys`
 * lists, in English beside an editable Welsh box, and the Welsh texts left
 * over from deleted items. Each finished edit is one command ("Translate …");
 * emptying a box removes its Welsh text. With something selected on the
 * canvas, the list can be narrowed to its texts.
 */
export function TranslationsPanel() {
  const { doc, run } = useDoc();
  const { selection, reveal, select } = useSelection();
  const table = useMemo(() => translationTable(doc), [doc]);
  const [untranslatedOnly, setUntranslatedOnly] = useState(false);
  // Texts translated while the filter is on stay listed, so the box being typed in does not vanish.
  const [keep, setKeep] = useState<ReadonlySet<string>>(new Set());
  const [selectedOnly, setSelectedOnly] = useState(true);
  const hasSelection = selection.nodes.length + selection.edges.length > 0;
  const rows = table.rows.filter(
    (r) =>
      (!untranslatedOnly || r.welsh === undefined || keep.has(r.key)) &&
      (!hasSelection || !selectedOnly || inSelection(r, selection)),
  );
  const commit = (row: TranslationRow, welsh: string) => {
    if (untranslatedOnly) setKeep((k) => new Set(k).add(row.key));
    run(translateText(row.key, welsh, row.where));
  };
  const show = (row: TranslationRow) => {
    if (row.nodeId) reveal(row.nodeId);
    else if (row.edgeId) select({ nodes: [], edges: [row.edgeId] });
  };
  return (
    <section aria-labelledby="cw-translations-heading" className="cw-translations">
      <h2 id="cw-translations-heading">Welsh translations</h2>
      <p className="cw-hint" role="status">
        {table.translated} of {table.rows.length} translated
        {table.stale.length === 1 && '; 1 Welsh text translates nothing'}
        {table.stale.length > 1 && `; ${table.stale.length} Welsh texts translate nothing`}.
      </p>
      <p className="cw-hint">
        A Welsh text is saved when you leave its box (or press Enter; Ctrl+Enter in a long text). Empty a box
        to remove its Welsh text. Texts without Welsh are shown in English.
      </p>
      <div className="cw-row">
        <Checkbox
          label="Show only untranslated"
          checked={untranslatedOnly}
          onChange={(on) => {
            setUntranslatedOnly(on);
            setKeep(new Set());
          }}
        />
        {hasSelection && (
          <Checkbox
            label="Only the texts of what is selected on the canvas"
            checked={selectedOnly}
            onChange={setSelectedOnly}
          />
        )}
      </div>
      {rows.length === 0 ? (
        <p className="cw-hint">
          {untranslatedOnly ? 'Every text listed here is translated.' : 'No texts to translate here.'}
        </p>
      ) : (
        <table className="cw-table cw-translations__table">
          <caption className="cw-visually-hidden">Texts of the pathway in English and in Welsh</caption>
          <thead>
            <tr>
              <th scope="col">Text</th>
              <th scope="col">English</th>
              <th scope="col">Welsh</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.nodeId || row.edgeId ? (
                    <button type="button" className="cw-link" onClick={() => show(row)}>
                      {row.where}
                    </button>
                  ) : (
                    row.where
                  )}
                  <code className="cw-translations__key">{row.key}</code>
                </th>
                <td className="cw-translations__english" lang="en">
                  {row.text}
                </td>
                <td>
                  <WelshBox
                    label={`Welsh: ${row.where}`}
                    value={row.welsh}
                    multiline={row.rich}
                    onCommit={(welsh) => commit(row, welsh)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <StaleTranslations stale={table.stale} />
    </section>
  );
}
