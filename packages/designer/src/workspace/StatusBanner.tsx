import type { SaveStatus } from '../storage/useWorkspace.js';

/** Says whether the open pathway is saved in the browser, and what to do when it cannot be. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const text =
    status.kind === 'loading'
      ? 'Opening the workspace…'
      : status.kind === 'pending'
        ? 'Saving…'
        : status.kind === 'saved'
          ? status.at
            ? 'All changes saved in this browser'
            : 'Workspace ready'
          : status.kind === 'conflict'
            ? 'Not saved: changed in another tab'
            : 'Not saved';
  return (
    <p className={`cw-save-status cw-save-status--${status.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}

/** The conflict and storage error banners, with the choices they offer. */
export function StatusBanner({
  status,
  onResolve,
}: {
  status: SaveStatus;
  onResolve: (choice: 'theirs' | 'mine') => void;
}) {
  if (status.kind === 'conflict')
    return (
      <div className="cw-banner cw-banner--warning" role="alert">
        <p>
          <strong>{status.message}</strong> Autosave is paused until you choose which version to keep.
        </p>
        <div className="cw-row">
          <button type="button" onClick={() => onResolve('theirs')}>
            Use the other tab’s version
          </button>
          <button type="button" onClick={() => onResolve('mine')}>
            Keep this version (replace the other)
          </button>
        </div>
      </div>
    );
  if (status.kind === 'error')
    return (
      <div className="cw-banner cw-banner--error" role="alert">
        <p>
          <strong>Your latest changes are not saved in this browser.</strong> {status.message}
        </p>
      </div>
    );
  return null;
}
