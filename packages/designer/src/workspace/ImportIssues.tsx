import type { Issue } from '../core.js';
import { Refusal } from '../panels/Refusal.js';

/**
 * The list of reasons a file was refused, in core's words (each names the place it is about, or the
 * line and column of a JSON error) with its code.
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
  return (
    <Refusal
      id="cw-import-heading"
      heading={<>“{fileName}” was not opened</>}
      lead={(count) => (
        <>
          Nothing in your workspace was changed. Fix{' '}
          {count === 1 ? 'this problem' : `these ${count} problems`} in the file and open it again:
        </>
      )}
      issues={issues}
      limit={50}
      onClose={onClose}
    />
  );
}
