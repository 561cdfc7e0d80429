import type { Issue } from '../core.js';
import { ProblemItem } from './ProblemItem.js';

/**
 * The problems of the pathway as it is now, in the order core gives them
 * (errors first). Choosing one selects and frames its node (or connection)
 * so it can be fixed in the inspector.
 */
export function ProblemsPanel({ problems }: { problems: readonly Issue[] }) {
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
      {problems.length > 0 && (
        <ul className="cw-problems">
          {problems.map((p, i) => (
            <ProblemItem key={`${p.code}-${p.path.join('.')}-${i}`} problem={p} />
          ))}
        </ul>
      )}
    </section>
  );
}
