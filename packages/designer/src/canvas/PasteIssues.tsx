import { useEffect, useRef } from 'react';
import { andMore, shortlist, type Issue } from '../core.js';

/** How many reasons are listed before `… and N more`. */
const SHOWN_ISSUES = 10;

/**
 * Why a paste was refused, in core's words (each names the node or connection it is about) with its
 * code, over the top of the canvas; it takes focus so that it is read out at once.
 */
export function PasteIssues({ issues, onClose }: { issues: readonly Issue[]; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [issues]);
  const { shown, more } = shortlist(issues, SHOWN_ISSUES);
  return (
    <div
      className="cw-banner cw-banner--error cw-paste-issues"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="cw-paste-heading"
    >
      <h2 id="cw-paste-heading">The copied nodes were not pasted</h2>
      <p>
        What was on the clipboard is not a valid part of a pathway, so nothing in this pathway was changed.{' '}
        {issues.length === 1 ? 'The problem:' : `The ${issues.length} problems:`}
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
