import type { PathwayDiff } from './diff.js';

/** The clinical changes since a published version, in words, with the canvas colour key. */
export function DiffList({
  version,
  diff,
  onClose,
}: {
  version: string;
  diff: PathwayDiff;
  onClose: () => void;
}) {
  return (
    <section aria-labelledby="cw-diff-heading" className="cw-diff">
      <h2 id="cw-diff-heading">Changes since version {version}</h2>
      <p className="cw-hint">
        On the canvas: <span className="cw-key cw-key--added">added</span>{' '}
        <span className="cw-key cw-key--changed">changed</span>{' '}
        <span className="cw-key cw-key--removed">removed</span>. Moving boxes is not a clinical change.
      </p>
      {diff.changes.length === 0 ? (
        <p>{diff.layoutOnly ? 'Only the layout changed: no clinical change.' : 'No changes.'}</p>
      ) : (
        <ul>
          {diff.changes.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        Stop comparing
      </button>
    </section>
  );
}
