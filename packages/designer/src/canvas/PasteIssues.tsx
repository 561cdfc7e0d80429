import type { Issue } from '../core.js';
import { Refusal } from '../panels/Refusal.js';

/**
 * Why a paste was refused, in core's words (each names the node or connection it is about) with its
 * code, over the top of the canvas.
 */
export function PasteIssues({ issues, onClose }: { issues: readonly Issue[]; onClose: () => void }) {
  return (
    <Refusal
      id="cw-paste-heading"
      className="cw-paste-issues"
      heading="The copied nodes were not pasted"
      lead={(count) => (
        <>
          What was on the clipboard is not a valid part of a pathway, so nothing in this pathway was changed.{' '}
          {count === 1 ? 'The problem:' : `The ${count} problems:`}
        </>
      )}
      issues={issues}
      limit={10}
      onClose={onClose}
    />
  );
}
