import { useEffect, useRef } from 'react';
import type { DocumentIssue } from '../core.js';
import { issuePath } from '../files/pathway-file.js';

/** The list of reasons a file was refused; it takes focus so that it is read out at once. */
export function ImportIssues({
  fileName,
  issues,
  onClose,
}: {
  fileName: string;
  issues: readonly DocumentIssue[];
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
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
        Nothing in your workspace was changed. Fix these{' '}
        {issues.length === 1 ? 'problem' : `${issues.length} problems`} in the file and open it again:
      </p>
      <ul>
        {issues.slice(0, 50).map((issue, i) => (
          <li key={i}>
            <strong>{issuePath(issue.path)}</strong>: {issue.message}{' '}
            <code className="cw-hint">{issue.code}</code>
          </li>
        ))}
      </ul>
      {issues.length > 50 && <p>…and {issues.length - 50} more.</p>}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
