import { useCallback, useEffect, useRef, useState } from 'react';
import type { Pathway } from '../core.js';
import { openChannel } from './channel.js';
import type { PublishedVersion, StoredPathway } from './db.js';
import { tabId, Workspace, type WorkspaceEntry } from './workspace.js';

/** How the open pathway stands against the workspace. */
export type SaveStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'pending' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'conflict'; readonly message: string; readonly theirs: StoredPathway };

/** The delay between the last edit and the autosave. */
export const AUTOSAVE_MS = 400;

/** Options of {@link useWorkspace}. */
export interface UseWorkspaceOptions {
  /** Pathways put in the workspace on first start. */
  readonly seeds: readonly Pathway[];
  /** The database name (tests use their own). */
  readonly dbName?: string;
  /** Opens the workspace; tests may hand in their own. */
  readonly open?: (name?: string) => Promise<Pick<Workspace, keyof Workspace>>;
}

/**
 * The open pathway of a browser workspace, autosaved as it is edited, with
 * conflicts from other tabs detected (revisions + BroadcastChannel) and offered
 * as a choice, and storage errors reported without losing the open work.
 */
export function useWorkspace({ seeds, dbName, open = Workspace.open }: UseWorkspaceOptions) {
  const [workspace, setWorkspace] = useState<Pick<Workspace, keyof Workspace>>();
  const [entries, setEntries] = useState<WorkspaceEntry[]>([]);
  const [doc, setDoc] = useState<Pathway>();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'loading' });
  const [versions, setVersions] = useState<PublishedVersion[]>([]);
  const wsRef = useRef<Pick<Workspace, keyof Workspace> | undefined>(undefined);
  const revision = useRef(0);
  const saved = useRef<Pathway | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<Pathway | undefined>(undefined);
  const channel = useRef<ReturnType<typeof openChannel> | undefined>(undefined);
  const blocked = useRef(false);
  // One id per open designer, so that two designers (two tabs, or two in one page) tell each other's saves apart.
  const [me] = useState(() => `${tabId}-${Math.random().toString(36).slice(2, 8)}`);

  const refresh = useCallback(async (ws = workspace) => ws && setEntries(await ws.list()), [workspace]);

  // Storage can fail at any time (quota, a closing connection, a blocked upgrade): say so, never throw.
  const fail = useCallback(
    (what: string) => (e: unknown) =>
      setStatus({ kind: 'error', message: `${what}: ${e instanceof Error ? e.message : String(e)}` }),
    [],
  );

  const show = useCallback((stored: StoredPathway) => {
    if (latest.current?.id !== stored.id) setVersions([]);
    wsRef.current
      ?.versions(stored.id)
      .then(setVersions)
      .catch(() => setVersions([]));
    revision.current = stored.revision;
    saved.current = stored.doc;
    latest.current = stored.doc;
    blocked.current = false;
    setDoc(stored.doc);
    setStatus({ kind: 'saved', at: stored.updatedAt });
  }, []);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const ws = workspace;
    const next = latest.current;
    if (!ws || !next || next === saved.current || blocked.current) return;
    const result = await ws.save(next, revision.current, me);
    if (result.ok) {
      revision.current = result.stored.revision;
      saved.current = next;
      channel.current?.post({ type: 'saved', id: next.id, revision: result.stored.revision });
      if (latest.current === next) setStatus({ kind: 'saved', at: result.stored.updatedAt });
      refresh(ws).catch(fail('Saved, but the list of pathways could not be read'));
    } else if (result.reason === 'conflict') {
      blocked.current = true;
      setStatus({ kind: 'conflict', message: result.message, theirs: result.current });
    } else setStatus({ kind: 'error', message: result.message });
  }, [workspace, refresh, me, fail]);

  useEffect(() => {
    let live = true;
    let opened: Pick<Workspace, keyof Workspace> | undefined;
    void (async () => {
      const ws = await open(dbName);
      opened = ws;
      if (!live) return ws.close();
      await ws.seed(seeds);
      const list = await ws.list();
      wsRef.current = ws;
      setWorkspace(ws);
      setEntries(list);
      const last = await ws.lastOpened();
      const id = list.some((e) => e.id === last) ? last : list[0]?.id;
      const first = id ? await ws.load(id) : undefined;
      if (first) show(first);
      else setStatus({ kind: 'saved', at: '' });
    })().catch(fail('The workspace in this browser could not be opened'));
    return () => {
      live = false;
      opened?.close();
    };
  }, [open, dbName, seeds, show, fail]);

  useEffect(() => {
    if (!workspace) return undefined;
    const ch = openChannel(dbName ?? 'default', me, (message) => {
      refresh().catch(fail('The list of pathways could not be read'));
      const current = latest.current;
      if (
        message.type !== 'saved' ||
        !current ||
        message.id !== current.id ||
        message.revision <= revision.current
      )
        return;
      workspace.load(message.id).then((theirs) => {
        if (!theirs) return;
        if (latest.current === saved.current) show(theirs);
        else {
          blocked.current = true;
          setStatus({
            kind: 'conflict',
            message: `"${theirs.doc.title}" was changed in another tab while you were editing it here.`,
            theirs,
          });
        }
      }, fail('A change made in another tab could not be read'));
    });
    channel.current = ch;
    const onHide = () => void flush().catch(fail('The last edits could not be saved'));
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      ch.close();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [workspace, dbName, refresh, show, flush, me, fail]);

  /** Takes an edit of the open pathway and schedules the autosave. */
  const change = useCallback(
    (next: Pathway) => {
      latest.current = next;
      setDoc(next);
      if (blocked.current) return;
      setStatus({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(
        () => void flush().catch(fail('The last edits could not be saved')),
        AUTOSAVE_MS,
      );
    },
    [flush, fail],
  );

  /** Opens another pathway of the workspace (saving the open one first). */
  const select = useCallback(
    async (id: string) => {
      await flush();
      const stored = await workspace?.load(id);
      if (stored) show(stored);
      workspace?.setLastOpened(id).catch(() => undefined); // only a convenience for the next start
    },
    [workspace, flush, show],
  );

  /** Adds a new pathway to the workspace and opens it. */
  const create = useCallback(
    async (fresh: Pathway) => {
      await flush();
      if (!workspace) return { ok: false as const, message: 'The workspace is not open yet.' };
      const result = await workspace.save(fresh, 0, me);
      if (!result.ok) return result;
      channel.current?.post({ type: 'saved', id: fresh.id, revision: result.stored.revision });
      await refresh(workspace);
      show(result.stored);
      workspace.setLastOpened(fresh.id).catch(() => undefined); // only a convenience for the next start
      return result;
    },
    [workspace, flush, refresh, show, me],
  );

  /** Resolves a conflict: take the other tab's version, or keep this one (overwriting theirs). */
  const resolve = useCallback(
    async (choice: 'theirs' | 'mine') => {
      if (status.kind !== 'conflict') return;
      if (choice === 'theirs') return show(status.theirs);
      blocked.current = false;
      revision.current = status.theirs.revision;
      saved.current = undefined;
      await flush();
    },
    [status, show, flush],
  );

  /** Keeps a published version of the open pathway. */
  const publish = useCallback(
    async (version: PublishedVersion) => {
      if (!workspace) return false;
      const added = await workspace.addVersion(version);
      setVersions(await workspace.versions(version.pathwayId));
      return added;
    },
    [workspace],
  );

  return {
    workspace,
    entries,
    doc,
    status,
    versions,
    change,
    select,
    create,
    resolve,
    flush,
    refresh,
    publish,
  };
}
