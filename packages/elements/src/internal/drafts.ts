/**
 * Drafts: what every page needs to know of them (the types, the storage key)
 * and the door to the machinery itself (draft-store.ts: reading, writing,
 * encryption, expiry, purge), which loads on demand, only for an element
 * with `draft-key` or a purge, so that a page without drafts never downloads it.
 */

import type * as DraftStore from './draft-store.js';

/**
 * Where drafts are kept. `localStorage` and `sessionStorage` fit as they are;
 * any other store (IndexedDB, the host's server) may return promises. A
 * store that can list its keys (`length` and `key(i)` as Web Storage has, or
 * `keys()`) lets Careway purge expired drafts and set-aside copies on load
 * and purge every draft on log-out; one that cannot is purged key by key only.
 */
export interface DraftStorage {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
  /** Every key in the store (optional). */
  keys?(): Iterable<string> | Promise<Iterable<string>>;
  /** With {@link DraftStorage.key}, as Web Storage lists its keys (optional). */
  readonly length?: number;
  key?(index: number): string | null;
}

/**
 * The secret drafts are encrypted with: a `CryptoKey` for AES-GCM, or key
 * material (at least 16 bytes of it, e.g. a random value the EPR hands out
 * per log-in session) from which an AES-GCM key is derived.
 */
export type DraftSecret = CryptoKey | string | ArrayBuffer | ArrayBufferView;

/** Whom and how a draft is sealed for: its key, the patient context, the secret, what was typed, its lifetime. */
export interface DraftOptions {
  draftKey: string;
  context?: unknown;
  secret: DraftSecret;
  typed?: TypedText;
  /** Minutes until it expires (default a working day, 12 hours). */
  ttlMinutes?: number;
}

/** Text typed but not yet answered: field id → input key (e.g. `dob.day`) → text. */
export type TypedText = Record<string, Record<string, string>>;

/** Why a stored draft was set aside; `draft_<reason>` is the code it is reported under. */
export type DraftRejection = 'corrupt' | 'outdated' | 'other_pathway';

/** The prefix of every key Careway stores drafts (and set-aside copies) under. */
export const DRAFT_PREFIX = 'careway-draft:';

/** The storage key of a draft. */
export function draftStorageKey(draftKey: string): string {
  return `${DRAFT_PREFIX}${draftKey}`;
}

/** The drafts machinery, loaded once for the page (with the expression check: see on-demand.ts). */
export function loadDrafts(): Promise<typeof DraftStore> {
  return import('./on-demand.js');
}

/**
 * Seals a session snapshot (already serialised as JSON) as a stored draft
 * for the patient `context`, encrypted with `secret`: what an element with
 * the same `draft-key`, `context` and `draftSecret` restores. For hosts that
 * start an element at a given point (the designer's preview).
 *
 * @example
 * ```ts
 * storage.setItem(draftStorageKey('enc-1'), await encodeDraft(JSON.stringify(snapshot), { draftKey: 'enc-1', context, secret }));
 * ```
 */
export async function encodeDraft(snapshotJson: string, options: DraftOptions): Promise<string> {
  return (await loadDrafts()).encodeDraft(snapshotJson, options);
}
