import { useEffect, useRef, type ReactNode } from 'react';
import { andMore, shortlist, type Issue } from '../core.js';

/**
 * Why something the author asked for was refused (a file not opened, a paste not made): a heading,
 * a lead saying what was left as it was, core's reasons in its words with their codes (the first
 * `limit`, then "… and N more"), and Close. It takes focus when shown, so that it is read out at once.
 */
export function Refusal({
  id,
  heading,
  lead,
  issues,
  limit,
  className,
  onClose,
}: {
  /** The heading's id, which names the alert. */
  id: string;
  heading: ReactNode;
  /** Given how many reasons there are. */
  lead: (count: number) => ReactNode;
  issues: readonly Issue[];
  /** How many reasons are listed before "… and N more". */
  limit: number;
  className?: string;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [issues]);
  const { shown, more } = shortlist(issues, limit);
  return (
    <div
      className={`cw-banner cw-banner--error${className ? ` ${className}` : ''}`}
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby={id}
    >
      <h2 id={id}>{heading}</h2>
      <p>{lead(issues.length)}</p>
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
