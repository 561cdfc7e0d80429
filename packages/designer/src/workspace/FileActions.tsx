import { useRef, useState } from 'react';
import type { Pathway } from '../core.js';
import { downloadText } from '../files/download.js';
import { readPathwayFile, type ReadResult } from '../files/pathway-file.js';
import { freshId } from '../editor/document/ids.js';
import { ImportIssues } from './ImportIssues.js';

/**
 * Open a Careway JSON file from disk (validated by core; a refused file
 * changes nothing) and save the open pathway to disk.
 */
export function FileActions({
  doc,
  takenIds,
  onImport,
}: {
  doc: Pathway | undefined;
  takenIds: readonly string[];
  onImport: (pathway: Pathway) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<Extract<ReadResult, { ok: false }>>();
  const [clash, setClash] = useState<Pathway>();
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readPathwayFile(file);
    if (input.current) input.current.value = '';
    if (!result.ok) return setRefused(result);
    setRefused(undefined);
    if (takenIds.includes(result.pathway.id)) setClash(result.pathway);
    else onImport(result.pathway);
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Open a Careway pathway file"
        data-testid="open-file"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <button
        type="button"
        disabled={!doc}
        onClick={() => doc && downloadText(`${doc.id}.json`, `${JSON.stringify(doc, null, 2)}\n`)}
      >
        Save to file
      </button>
      {refused && (
        <div className="cw-workspace__message">
          <ImportIssues
            fileName={refused.fileName}
            issues={refused.issues}
            onClose={() => setRefused(undefined)}
          />
        </div>
      )}
      {clash && (
        <div className="cw-workspace__message cw-banner cw-banner--warning" role="alert">
          <p>
            Your workspace already has a pathway with the id <code>{clash.id}</code>. What should the file
            become?
          </p>
          <div className="cw-row">
            <button
              type="button"
              onClick={() => {
                onImport({
                  ...clash,
                  id: freshId(`${clash.id}-copy`, takenIds),
                  title: `${clash.title} (copy)`,
                });
                setClash(undefined);
              }}
            >
              Keep both (open the file as a copy)
            </button>
            <button type="button" onClick={() => setClash(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
