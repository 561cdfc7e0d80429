import type { Comparison } from '../editor/diff/comparison.js';

/** The clinical changes between two versions, in words, with the canvas colour key when comparing with now. */
export function DiffList({ comparison, onClose }: { comparison: Comparison; onClose: () => void }) {
  const { from, to, diff } = comparison;
  return (
    <section aria-labelledby="cw-diff-heading" className="cw-diff">
      <h2 id="cw-diff-heading">
        {to === undefined ? `Changes since version ${from}` : `Changes from version ${from} to version ${to}`}
      </h2>
      {to === undefined ? (
        <p className="cw-hint">
          On the canvas: <span className="cw-key cw-key--added">added</span>{' '}
          <span className="cw-key cw-key--changed">changed</span>{' '}
          <span className="cw-key cw-key--removed">removed</span>. Moving boxes is not a clinical change.
        </p>
      ) : (
        <p className="cw-hint">
          The canvas shows the pathway as it is now; compare a version with now to see the changes on it.
        </p>
      )}
      {diff.changes.length === 0 ? (
        <p>{diff.layoutOnly ? 'Only the layout changed: no clinical change.' : 'No clinical changes.'}</p>
      ) : (
        <ul aria-label="Clinical changes">
          {diff.changes.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      )}
      {diff.otherChanges.length > 0 && (
        <>
          <h3>Other changes (not clinical content)</h3>
          <ul>
            {diff.otherChanges.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onClose}>
        Stop comparing
      </button>
    </section>
  );
}
