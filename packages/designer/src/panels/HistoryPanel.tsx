import { useHistory } from '../state/context.js';

const time = (at: number) =>
  new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The audit of edits in this session: every command by name, newest first, with undo and redo. */
export function HistoryPanel() {
  const { history, undo, redo } = useHistory();
  return (
    <section aria-labelledby="cw-history-heading">
      <h2 id="cw-history-heading">History of changes</h2>
      <div className="cw-row">
        <button type="button" onClick={undo} disabled={history.past.length === 0}>
          Undo
        </button>
        <button type="button" onClick={redo} disabled={history.future.length === 0}>
          Redo
        </button>
      </div>
      {history.past.length === 0 && history.future.length === 0 ? (
        <p className="cw-hint">No changes yet in this session.</p>
      ) : (
        <ol className="cw-history" reversed>
          {history.future
            .slice()
            .reverse()
            .map((entry, i) => (
              <li key={`f${i}`} className="cw-history__undone">
                <span className="cw-visually-hidden">Undone: </span>
                {entry.label}
              </li>
            ))}
          {history.past
            .slice()
            .reverse()
            .map((entry, i) => (
              <li key={`p${i}`}>
                <time dateTime={new Date(entry.at).toISOString()}>{time(entry.at)}</time> {entry.label}
                {!entry.clinical && <span className="cw-tag">layout</span>}
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
