import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Pathway } from '../core.js';
import {
  DEFAULT_DB,
  openWorkspaceDb,
  type PublishedVersion,
  type StoredPathway,
  type WorkspaceSchema,
} from './db.js';

/** The outcome of a save: saved, refused because another tab saved first, or the browser refused to store it. */
export type SaveResult =
  | { readonly ok: true; readonly stored: StoredPathway }
  | {
      readonly ok: false;
      readonly reason: 'conflict';
      readonly current: StoredPathway;
      readonly message: string;
    }
  | { readonly ok: false; readonly reason: 'quota' | 'failed'; readonly message: string };

/** One line of the workspace list. */
export interface WorkspaceEntry {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly updatedAt: string;
}

const QUOTA_MESSAGE =
  'The browser has no room left to store this pathway. Your work is still open here and nothing saved earlier was lost: ' +
  'save it to a file now, then free some space (delete old pathways or site data) and edit again to retry.';

/** Whether an error is the browser refusing to store more (quota exceeded). */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** A unique id for this page, used to tell our own saves from another tab's. */
export const tabId = `tab-${Math.random().toString(36).slice(2, 10)}`;

/**
 * The designer's workspace: pathways and their published versions kept in the
 * browser's IndexedDB. Saves carry the revision they expect, so that two tabs
 * editing one pathway never overwrite each other silently.
 */
export class Workspace {
  private constructor(private readonly db: IDBPDatabase<WorkspaceSchema>) {}

  /** Opens the workspace (one database per name; tests use their own names). */
  static async open(name = DEFAULT_DB): Promise<Workspace> {
    return new Workspace(await openWorkspaceDb(name));
  }

  /** Closes the database connection. */
  close(): void {
    this.db.close();
  }

  /** Puts the example pathways in an empty, never-seeded workspace; true when it did. */
  async seed(examples: readonly Pathway[]): Promise<boolean> {
    const tx = this.db.transaction(['pathways', 'meta'], 'readwrite');
    const seeded = await tx.objectStore('meta').get('seeded');
    if (seeded) {
      await tx.done;
      return false;
    }
    const now = new Date().toISOString();
    for (const doc of examples) {
      if (!(await tx.objectStore('pathways').get(doc.id)))
        await tx
          .objectStore('pathways')
          .put({ id: doc.id, doc, revision: 1, updatedAt: now, savedBy: tabId });
    }
    await tx.objectStore('meta').put(now, 'seeded');
    await tx.done;
    return true;
  }

  /** Every pathway in the workspace, by title. */
  async list(): Promise<WorkspaceEntry[]> {
    const all = await this.db.getAll('pathways');
    return all
      .map((s) => ({ id: s.id, title: s.doc.title, version: s.doc.version, updatedAt: s.updatedAt }))
      .sort((a, b) => a.title.localeCompare(b.title));
  }

  /** One stored pathway. */
  load(id: string): Promise<StoredPathway | undefined> {
    return this.db.get('pathways', id);
  }

  /**
   * Saves `doc` if the stored revision is still `expected` (0 for a new
   * pathway); otherwise reports a conflict with what is stored now.
   */
  async save(doc: Pathway, expected: number, by: string = tabId): Promise<SaveResult> {
    let tx: IDBPTransaction<WorkspaceSchema, ['pathways'], 'readwrite'> | undefined;
    try {
      tx = this.db.transaction('pathways', 'readwrite');
      const current = await tx.store.get(doc.id);
      if ((current?.revision ?? 0) !== expected && current) {
        await tx.done;
        return {
          ok: false,
          reason: 'conflict',
          current,
          message: `"${current.doc.title}" was changed in another tab or window since this one loaded it.`,
        };
      }
      const stored: StoredPathway = {
        id: doc.id,
        doc,
        revision: (current?.revision ?? 0) + 1,
        updatedAt: new Date().toISOString(),
        savedBy: by,
      };
      await tx.store.put(stored);
      await tx.done;
      return { ok: true, stored };
    } catch (error) {
      if (isQuotaError(error) || isQuotaError(tx?.error))
        return { ok: false, reason: 'quota', message: QUOTA_MESSAGE };
      return {
        ok: false,
        reason: 'failed',
        message: `The pathway could not be saved in this browser: ${String(error)}`,
      };
    }
  }

  /** Remembers the pathway open last, to reopen it next time. */
  async setLastOpened(id: string): Promise<void> {
    await this.db.put('meta', id, 'lastOpened');
  }

  /** The pathway open last, if any. */
  async lastOpened(): Promise<string | undefined> {
    const id = await this.db.get('meta', 'lastOpened');
    return typeof id === 'string' ? id : undefined;
  }

  /** Removes a pathway from the workspace (its published versions are kept). */
  remove(id: string): Promise<void> {
    return this.db.delete('pathways', id);
  }

  /** The published versions of a pathway, oldest first. */
  async versions(pathwayId: string): Promise<PublishedVersion[]> {
    const all = await this.db.getAllFromIndex('versions', 'byPathway', pathwayId);
    return all.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  }

  /** Keeps a published version; an existing version is never replaced. */
  async addVersion(version: PublishedVersion): Promise<boolean> {
    const tx = this.db.transaction('versions', 'readwrite');
    if (await tx.store.get([version.pathwayId, version.version])) {
      await tx.done;
      return false;
    }
    await tx.store.put(version);
    await tx.done;
    return true;
  }
}
