import { useId, type ReactNode } from 'react';
import type { Pathway } from '../core.js';
import { PathwayDesigner } from '../PathwayDesigner.js';
import { useWorkspace, type UseWorkspaceOptions } from '../storage/useWorkspace.js';
import { FileActions } from './FileActions.js';
import { newPathway } from './new-pathway.js';
import { SaveStatusText, StatusBanner } from './StatusBanner.js';

/** Props of {@link DesignerWorkspace}. */
export interface DesignerWorkspaceProps extends UseWorkspaceOptions {
  /** Shown above the workspace bar, e.g. the app's heading. */
  readonly header?: ReactNode;
  /** Where auto-layout loads ELK's worker from; as for `PathwayDesigner`. */
  readonly layoutWorkerUrl?: string | URL;
}

/**
 * The designer with a browser workspace: pick, create, open and save
 * pathways; every edit is autosaved in IndexedDB; conflicts with other tabs
 * and storage errors are reported with a choice, never by losing work.
 */
export function DesignerWorkspace({ header, layoutWorkerUrl, ...options }: DesignerWorkspaceProps) {
  const ws = useWorkspace(options);
  const pickId = useId();
  const ids = ws.entries.map((e) => e.id);
  const importPathway = (pathway: Pathway) => void ws.create(pathway);
  return (
    <div className="cw-workspace">
      {header}
      <div className="cw-workspace__bar" role="group" aria-label="Workspace">
        <label htmlFor={pickId}>Pathway</label>
        <select
          id={pickId}
          value={ws.doc?.id ?? ''}
          onChange={(e) => void ws.select(e.target.value)}
          disabled={ws.entries.length === 0}
        >
          {ws.entries.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title} ({entry.version})
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void ws.create(newPathway(ids))} disabled={!ws.workspace}>
          New pathway
        </button>
        <FileActions doc={ws.doc} takenIds={ids} onImport={importPathway} />
        <SaveStatusText status={ws.status} />
      </div>
      <StatusBanner status={ws.status} onResolve={(choice) => void ws.resolve(choice)} />
      <div className="cw-workspace__designer">
        {ws.doc ? (
          <PathwayDesigner
            value={ws.doc}
            onChange={ws.change}
            versions={ws.versions}
            onPublish={ws.publish}
            {...(layoutWorkerUrl === undefined ? {} : { layoutWorkerUrl })}
          />
        ) : (
          <p className="cw-hint">
            {ws.status.kind === 'loading' ? 'Opening…' : 'No pathway is open. Create one or open a file.'}
          </p>
        )}
      </div>
    </div>
  );
}
