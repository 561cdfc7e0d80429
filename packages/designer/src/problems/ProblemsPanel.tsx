import { useSelection } from '../state/context.js';
import type { Problem } from '../editor/checks/problem.js';

const order = { error: 0, warning: 1, info: 2 } as const;

/**
 * The problems of the pathway as it is now, errors first. Choosing one
 * selects and frames its node (or connection) so it can be fixed in the inspector.
 */
export function ProblemsPanel({ problems }: { problems: readonly Problem[] }) {
  const { reveal, select } = useSelection();
  const sorted = [...problems].sort((a, b) => order[a.severity] - order[b.severity]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  return (
    <section aria-labelledby="cw-problems-heading">
      <h2 id="cw-problems-heading">Problems</h2>
      <p role="status" className="cw-hint">
        {problems.length === 0
          ? 'No problems found.'
          : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`}
      </p>
      {sorted.length > 0 && (
        <ul className="cw-problems">
          {sorted.map((p, i) => (
            <li key={`${p.code}-${p.path.join('.')}-${i}`}>
              <span className={`cw-severity--${p.severity}`}>
                {p.severity === 'error' ? 'Error' : p.severity === 'warning' ? 'Warning' : 'Note'}:{' '}
              </span>
              {p.nodeId || p.edgeId ? (
                <button
                  type="button"
                  className="cw-link"
                  onClick={() => {
                    if (p.nodeId) reveal(p.nodeId);
                    if (p.edgeId) select({ nodes: [], edges: [p.edgeId] });
                  }}
                >
                  {p.message}
                </button>
              ) : (
                <span>{p.message}</span>
              )}{' '}
              <code className="cw-hint">{p.code}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
