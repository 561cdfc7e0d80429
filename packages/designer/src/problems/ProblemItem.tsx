import type { Issue } from '../core.js';
import { useSelection } from '../state/context.js';

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/**
 * One problem as a list item: its message (a link to its node or connection
 * when it is in one, which selects and frames it) and its code. Used by the
 * problems panel and by the reasons a publication was refused.
 */
export function ProblemItem({ problem, severity = true }: { problem: Issue; severity?: boolean }) {
  const { reveal, select } = useSelection();
  const { nodeId, edgeId } = problem;
  return (
    <li>
      {severity && (
        <span className={`cw-severity--${problem.severity}`}>{SEVERITY_WORDS[problem.severity]}: </span>
      )}
      {nodeId !== undefined || edgeId !== undefined ? (
        <button
          type="button"
          className="cw-link"
          onClick={() => {
            if (nodeId !== undefined) reveal(nodeId);
            if (edgeId !== undefined) select({ nodes: [], edges: [edgeId] });
          }}
        >
          {problem.message}
        </button>
      ) : (
        <span>{problem.message}</span>
      )}{' '}
      <code className="cw-hint">{problem.code}</code>
    </li>
  );
}
