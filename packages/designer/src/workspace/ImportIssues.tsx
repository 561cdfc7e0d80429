import { useEffect, useRef } from 'react';
import { andMore, shortlist, type Issue } from '../core.js';

/** How many reasons are listed before `… and N more`. */
const SHOWN_ISSUES = 50;

/**
 * The list of reasons a file was refused, in core's words (each names the
 * place it is about, or the line and column of a JSON error) with its code;
 * it takes focus so that it is read out at once.
 */
export function ImportIssues({
  fileName,
  issues,
  onClose,
}: {
  fileName: string;
  issues: readonly Issue[];
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const { shown, more } = shortlist(issues, SHOWN_ISSUES);
  return (
    <div
      className="cw-banner cw-banner--error"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="cw-import-heading"
    >
      <h2 id="cw-import-heading">“{fileName}” was not opened</h2>
      <p>
        Nothing in your workspace was changed. Fix{' '}
        {issues.length === 1 ? 'this problem' : `these ${issues.length} problems`} in the file and open it
        again:
      </p>
      <ul>
        {shown.map((issue, i) => (
          <li key={i}>
            {issue.message} <code className="cw-hint">{issue.code}</code>
          </li>
        ))}
      </ul>
      {more > 0 && <p>{andMore(more)}</p>}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
