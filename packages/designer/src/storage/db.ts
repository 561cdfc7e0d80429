import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Pathway } from '../core.js';

/** A pathway kept in the workspace, with the revision that detects edits from another tab. */
export interface StoredPathway {
  readonly id: string;
  readonly doc: Pathway;
  /** Increases by one on every save; a save expecting an older revision is a conflict. */
  readonly revision: number;
  /** ISO time of the last save. */
  readonly updatedAt: string;
  /** The tab that saved it last. */
  readonly savedBy: string;
}

/** A published version: the canonical artefact and its integrity string. */
export interface PublishedVersion {
  readonly pathwayId: string;
  readonly version: string;
  /** `<id>@<version>.json` */
  readonly fileName: string;
  /** The canonical JSON text, byte for byte what `careway publish` writes. */
  readonly json: string;
  /** `sha256-<base64>` of `json`. */
  readonly integrity: string;
  readonly publishedAt: string;
}

/** The IndexedDB schema of the designer workspace. */
export interface WorkspaceSchema extends DBSchema {
  pathways: { key: string; value: StoredPathway };
  versions: { key: [string, string]; value: PublishedVersion; indexes: { byPathway: string } };
  meta: { key: string; value: unknown };
}

/** The default database name. */
export const DEFAULT_DB = 'careway-designer';

/** Opens (creating or upgrading) the workspace database. */
export function openWorkspaceDb(name = DEFAULT_DB): Promise<IDBPDatabase<WorkspaceSchema>> {
  return openDB<WorkspaceSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('pathways', { keyPath: 'id' });
      const versions = db.createObjectStore('versions', { keyPath: ['pathwayId', 'version'] });
      versions.createIndex('byPathway', 'pathwayId');
      db.createObjectStore('meta');
    },
  });
}
