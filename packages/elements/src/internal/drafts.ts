/**
 * Drafts: a session's progress saved as the clinician goes, so that a reload
 * or a crash loses nothing. Storage is pluggable; a draft that cannot be used
 * is moved aside under its own key, never deleted.
 */

/**
 * Where drafts are kept. `localStorage` and `sessionStorage` fit as they are;
 * any other store (IndexedDB, the host's server) may return promises.
 */
export interface DraftStorage {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

/** The envelope a draft is stored in. */
export interface DraftEnvelope {
  format: 'careway-draft';
  formatVersion: 1;
  /** The engine's snapshot: `{ pathway: { id, version, fingerprint }, state, savedAt }`. */
  snapshot: DraftSnapshot;
  /**
   * What was typed into boxes on the current page but not yet handed to the
   * engine (the box has not lost focus), by field id then input key, so that
   * a crash mid-word loses nothing. Optional: older drafts have none.
   */
  typed?: TypedText;
}

/** Text typed but not yet answered: field id → input key (e.g. `dob.day`) → text. */
export type TypedText = Record<string, Record<string, string>>;

/** The parts of an engine snapshot the element reads before handing it back to core. */
export interface DraftSnapshot {
  pathway: { id: string; version: string; fingerprint: string };
  [key: string]: unknown;
}

/** Why a stored draft was not used; `draft_<reason>` is the code it is reported under. */
export type DraftRejection = 'corrupt' | 'outdated' | 'other_pathway';

/** What reading a draft found. */
export type DraftRead =
  | { kind: 'none' }
  | { kind: 'ok'; snapshot: DraftSnapshot; typed: TypedText; raw: string }
  | { kind: 'rejected'; reason: DraftRejection; raw: string; detail: string };

/** The storage key of a draft. */
export function draftStorageKey(draftKey: string): string {
  return `careway-draft:${draftKey}`;
}

/** The key a rejected draft is moved to; unique, so an earlier set-aside draft is never overwritten. */
export function setAsideKey(draftKey: string, now = new Date()): string {
  return `${draftStorageKey(draftKey)}:set-aside:${now.toISOString()}`;
}

/** `localStorage` when the page may use it (sandboxed frames and some privacy modes refuse), else nothing. */
export function defaultDraftStorage(): DraftStorage | undefined {
  try {
    const storage = globalThis.localStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps a snapshot, already serialised as JSON, for storage: the text of a
 * {@link DraftEnvelope}. Taking the snapshot as text lets the element
 * serialise it once per page and still save every keystroke's typed text.
 */
export function encodeDraft(snapshotJson: string, typed: TypedText = {}): string {
  const extra = Object.keys(typed).length > 0 ? `,"typed":${JSON.stringify(typed)}` : '';
  return `{"format":"careway-draft","formatVersion":1,"snapshot":${snapshotJson}${extra}}`;
}

// Typed text is a convenience on top of the snapshot: anything malformed in it is dropped, not fatal.
function typedOf(value: unknown): TypedText {
  const typed: TypedText = {};
  if (!isRecord(value)) return typed;
  for (const [fieldId, inputs] of Object.entries(value)) {
    if (!isRecord(inputs)) continue;
    const texts: Record<string, string> = {};
    for (const [key, text] of Object.entries(inputs)) if (typeof text === 'string') texts[key] = text;
    typed[fieldId] = texts;
  }
  return typed;
}

/**
 * Reads the envelope and checks only what the element needs to decide where
 * the draft belongs; whether its state still fits the pathway is core's call.
 */
export function decodeDraft(raw: string | null, pathwayId: string): DraftRead {
  if (raw === null) return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { kind: 'rejected', reason: 'corrupt', raw, detail: `not JSON (${String(error)})` };
  }
  if (!isEnvelope(parsed)) {
    return { kind: 'rejected', reason: 'corrupt', raw, detail: 'not a Careway draft envelope' };
  }
  if (parsed.snapshot.pathway.id !== pathwayId) {
    return {
      kind: 'rejected',
      reason: 'other_pathway',
      raw,
      detail: `saved for pathway "${parsed.snapshot.pathway.id}", not "${pathwayId}"`,
    };
  }
  return { kind: 'ok', snapshot: parsed.snapshot, typed: typedOf(parsed.typed), raw };
}

function isEnvelope(value: unknown): value is DraftEnvelope {
  if (!isRecord(value) || value['format'] !== 'careway-draft' || value['formatVersion'] !== 1) return false;
  const snapshot = value['snapshot'];
  if (!isRecord(snapshot)) return false;
  const pathway = snapshot['pathway'];
  return (
    isRecord(pathway) &&
    typeof pathway['id'] === 'string' &&
    typeof pathway['version'] === 'string' &&
    typeof pathway['fingerprint'] === 'string'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
