/**
 * The drafts machinery, a module of its own loaded on demand (see drafts.ts):
 * a draft is sealed with AES-GCM (WebCrypto) under a key that is never stored
 * beside it, bound to the patient it was made for by a fingerprint of the
 * context kept inside the ciphertext, and given an expiry kept outside it so
 * that expired drafts are purged without being read. Whether a snapshot
 * still fits the pathway is core's call (`safeRestoreSession`).
 */
import {
  safeRestoreSession,
  sha256Base64,
  type Pathway,
  type Session,
  type SnapshotErrorCode,
} from './core.js';
import {
  DRAFT_PREFIX,
  draftStorageKey,
  type DraftOptions,
  type DraftRejection,
  type DraftSecret,
  type DraftStorage,
  type TypedText,
} from './drafts.js';
import { describeThrown, problem, type CarewayErrorDetail } from './errors.js';

/** How long a draft is kept after it was last saved, by default: a working day. */
export const DEFAULT_TTL_MINUTES = 12 * 60;
/** The longest a host may keep drafts: a week. */
export const MAX_TTL_MINUTES = 7 * 24 * 60;
/** Where the per-tab key lives when the host gives no secret. */
export const TAB_KEY = 'careway-draft-tab-key';
const MINUTE = 60_000;
const SET_ASIDE = ':set-aside:';

/** The stored envelope: only the expiry is in clear. */
interface Envelope {
  format: 'careway-draft';
  formatVersion: 2;
  /** Milliseconds since 1970 after which the draft is never restored, and is purged. */
  expires: number;
  iv: string;
  data: string;
}

/** What is encrypted: the patient's fingerprint, the engine's snapshot, the text typed but not yet answered. */
interface Payload {
  patient: string;
  snapshot: { pathway: { id: string }; [key: string]: unknown };
  typed?: TypedText;
}

const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The context as canonical JSON: object keys sorted at every depth, so that key order never matters. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .filter((k) => value[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The patient's fingerprint: SHA-256 of the canonical context (none counts as `{}`). Never the data itself. */
export function patientFingerprint(context: unknown): string {
  return sha256Base64(encoder.encode(canonical(context ?? {})));
}

/** The draft lifetime in minutes for a `draft-ttl` value; nonsense is reported and the default used. */
export function ttlMinutes(given: unknown, warnings: CarewayErrorDetail[]): number {
  if (given === undefined || given === null || given === '') return DEFAULT_TTL_MINUTES;
  const minutes = Number(given);
  if (Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_TTL_MINUTES) return minutes;
  warnings.push(
    problem(
      'invalid_draft_ttl',
      `draft-ttl must be a number of minutes from above 0 to ${MAX_TTL_MINUTES} (a week); got ${describeThrown(given)}. Drafts expire after the default ${DEFAULT_TTL_MINUTES} minutes.`,
      'warning',
    ),
  );
  return DEFAULT_TTL_MINUTES;
}

let tabKey: Promise<CryptoKey | undefined> | undefined;

/**
 * The AES-GCM key drafts are sealed with: the host's secret, or without one
 * the tab's own key (random, kept in `sessionStorage`, so that it survives a
 * reload of the tab but not the tab's closing). `undefined` when WebCrypto is
 * not available (not a secure context) or the tab cannot keep a key.
 */
export async function cryptoKeyOf(secret: DraftSecret | undefined): Promise<CryptoKey | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  if (secret instanceof CryptoKey) {
    if (secret.algorithm.name !== 'AES-GCM') throw new Error('draftSecret must be an AES-GCM key');
    return secret;
  }
  if (secret !== undefined) {
    // Copied, so that the digest reads bytes of its own whatever buffer the host passed.
    const material = new Uint8Array(
      typeof secret === 'string'
        ? encoder.encode(secret)
        : secret instanceof ArrayBuffer
          ? new Uint8Array(secret)
          : new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength),
    );
    if (material.byteLength < 16) throw new Error('draftSecret must hold at least 16 bytes');
    const digest = await subtle.digest('SHA-256', material);
    return subtle.importKey('raw', digest, 'AES-GCM', false, ['encrypt', 'decrypt']);
  }
  return (tabKey ??= (async () => {
    let raw = sessionStorage.getItem(TAB_KEY);
    if (!raw) {
      raw = toBase64(crypto.getRandomValues(new Uint8Array(32)));
      sessionStorage.setItem(TAB_KEY, raw);
    }
    return subtle.importKey('raw', fromBase64(raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
  })().catch(() => {
    tabKey = undefined;
    return undefined;
  }));
}

/** The key drafts are sealed with, for tests and hosts that seal drafts themselves; rejects without WebCrypto. */
export async function keyOf(secret: DraftSecret | undefined): Promise<CryptoKey> {
  const key = await cryptoKeyOf(secret);
  if (!key) throw new Error('WebCrypto is not available: drafts need a secure context');
  return key;
}

// The storage key and the expiry are bound into the ciphertext: a draft moved to another key, or given a
// longer life, no longer opens.
function additional(storageKey: string, expires: number): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${storageKey}\n${expires}`);
}

/** Seals a payload (JSON text) as the envelope stored under `storageKey`, to expire at `expires`. */
export async function seal(
  key: CryptoKey,
  storageKey: string,
  payload: string,
  expires: number,
): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additional(storageKey, expires) },
    key,
    encoder.encode(payload),
  );
  const envelope: Envelope = {
    format: 'careway-draft',
    formatVersion: 2,
    expires,
    iv: toBase64(iv),
    data: toBase64(new Uint8Array(data)),
  };
  return JSON.stringify(envelope);
}

function payloadJson(fingerprint: string, snapshotJson: string, typed: TypedText): string {
  const extra = Object.keys(typed).length > 0 ? `,"typed":${JSON.stringify(typed)}` : '';
  return `{"patient":${JSON.stringify(fingerprint)},"snapshot":${snapshotJson}${extra}}`;
}

/** See drafts.ts's `encodeDraft`. */
export async function encodeDraft(snapshotJson: string, options: DraftOptions): Promise<string> {
  const key = await keyOf(options.secret);
  const expires = Date.now() + (options.ttlMinutes ?? DEFAULT_TTL_MINUTES) * MINUTE;
  const payload = payloadJson(patientFingerprint(options.context), snapshotJson, options.typed ?? {});
  return seal(key, draftStorageKey(options.draftKey), payload, expires);
}

/** Saves and clears one session's draft: its key, patient and lifetime fixed when the session began. */
export class DraftWriter {
  constructor(
    private readonly storage: DraftStorage,
    private readonly storageKey: string,
    private readonly key: CryptoKey,
    private readonly fingerprint: string,
    private readonly ttl: number,
  ) {}

  /** Seals and stores the snapshot and typed text; the expiry runs from now. */
  async save(snapshotJson: string, typed: TypedText): Promise<void> {
    const sealed = await seal(
      this.key,
      this.storageKey,
      payloadJson(this.fingerprint, snapshotJson, typed),
      Date.now() + this.ttl * MINUTE,
    );
    await this.storage.setItem(this.storageKey, sealed);
  }

  /** Removes the draft. */
  async clear(): Promise<void> {
    await this.storage.removeItem(this.storageKey);
  }
}

/** What opening the draft at the start of a session found. */
export interface Opened {
  /** Saves this session's draft; none when drafts are off for it (no WebCrypto, another patient's draft). */
  writer?: DraftWriter;
  /** The session the draft resumes. */
  session?: Session;
  /** What happened to a stored draft, if there was one: the clinician is told of these. */
  outcome?: 'restored' | DraftRejection;
  /** Text typed on the restored page but not yet answered when the draft was saved. */
  typed?: TypedText;
}

/** What a session start passes in. */
export interface OpenOptions {
  storage: DraftStorage | undefined;
  draftKey: string;
  secret: DraftSecret | undefined;
  ttl: unknown;
  context: unknown;
  pathway: Pathway;
  warnings: CarewayErrorDetail[];
}

/** Why core refused a draft's snapshot, as the element words it. */
const REJECTIONS: Record<SnapshotErrorCode, DraftRejection> = {
  snapshot_invalid: 'corrupt',
  snapshot_pathway_mismatch: 'other_pathway',
  snapshot_version_mismatch: 'outdated',
  snapshot_fingerprint_mismatch: 'outdated',
};

/** `localStorage` when the page may use it (sandboxed frames and some privacy modes refuse), else nothing. */
export function defaultDraftStorage(): DraftStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function warn(warnings: CarewayErrorDetail[], code: Parameters<typeof problem>[0], message: string): void {
  warnings.push(problem(code, message, 'warning'));
}

/**
 * Opens the draft kept under `draftKey` at the start of a session: purges
 * what has expired, then restores the draft when it opens with this page's
 * key, belongs to this patient and fits the pathway. Another patient's draft,
 * or one that does not open, is left untouched until it expires and this
 * session saves nothing; one that opens but cannot be resumed is set aside.
 */
export async function openDraft(options: OpenOptions): Promise<Opened> {
  const { draftKey, pathway, warnings } = options;
  const storage = options.storage ?? defaultDraftStorage();
  if (!storage) return {};
  const ttl = ttlMinutes(options.ttl, warnings);
  let key: CryptoKey | undefined;
  try {
    key = await cryptoKeyOf(options.secret);
  } catch (error) {
    warn(warnings, 'draft_unavailable', `Drafts are off: ${describeThrown(error)}.`);
    return {};
  }
  if (!key) {
    warn(
      warnings,
      'draft_unavailable',
      'Drafts are off: they are stored only encrypted, and WebCrypto is not available here (a page served over plain HTTP is not a secure context) or the tab cannot keep a key.',
    );
    return {};
  }
  const storageKey = draftStorageKey(draftKey);
  const fingerprint = patientFingerprint(options.context);
  const writer = new DraftWriter(storage, storageKey, key, fingerprint, ttl);
  const now = Date.now();
  await purgeExpired(storage, now, ttl);
  let raw: string | null;
  try {
    raw = await storage.getItem(storageKey);
  } catch (error) {
    warn(
      warnings,
      'draft_storage_failed',
      `Reading the draft "${storageKey}" failed: ${describeThrown(error)}`,
    );
    return { writer };
  }
  if (raw === null) return { writer };
  const envelope = envelopeOf(raw);
  if (envelope === 'clear') {
    // A draft from before drafts were encrypted holds a patient's data in clear: it goes at once.
    await forget(storage, storageKey, warnings);
    warn(
      warnings,
      'draft_outdated',
      `The saved draft "${storageKey}" was stored unencrypted by an earlier Careway; it was deleted.`,
    );
    return { writer };
  }
  if (!envelope)
    return setAside(storage, storageKey, raw, 'corrupt', 'not a Careway draft envelope', warnings, writer);
  if (envelope.expires <= now) {
    await forget(storage, storageKey, warnings);
    return { writer };
  }
  let payload: unknown;
  try {
    payload = await unseal(key, storageKey, envelope);
  } catch {
    warn(
      warnings,
      'draft_unreadable',
      `The saved draft "${storageKey}" does not open with this page's draft key (it was saved under another log-in, secret or tab, or altered). It was not restored and is left until it expires; this session's progress is not saved.`,
    );
    return {};
  }
  if (!isPayload(payload))
    return setAside(storage, storageKey, raw, 'corrupt', 'not a Careway draft', warnings, writer);
  if (payload.patient !== fingerprint) {
    warn(
      warnings,
      'draft_other_patient',
      `The saved draft "${storageKey}" was made for a different patient context, so it was not restored and is left untouched until it expires; this session's progress is not saved. Give each encounter its own draft-key.`,
    );
    return {};
  }
  if (payload.snapshot.pathway.id !== pathway.id)
    return setAside(
      storage,
      storageKey,
      raw,
      'other_pathway',
      `saved for pathway "${payload.snapshot.pathway.id}", not "${pathway.id}"`,
      warnings,
      writer,
    );
  const restored = safeRestoreSession(pathway, payload.snapshot);
  if (!restored.ok) {
    const { code, message } = restored.error;
    return setAside(storage, storageKey, raw, REJECTIONS[code], message, warnings, writer);
  }
  return { writer, session: restored.session, outcome: 'restored', typed: typedOf(payload.typed) };
}

/** Opens a sealed draft stored under `storageKey`: its payload, parsed. Rejects when the key does not open it. */
export async function unseal(
  key: CryptoKey,
  storageKey: string,
  sealed: string | Envelope,
): Promise<unknown> {
  const envelope = typeof sealed === 'string' ? envelopeOf(sealed) : sealed;
  if (!envelope || envelope === 'clear') throw new Error('not a sealed Careway draft');
  const plain = await crypto.subtle.decrypt(
    {
      name: 'AES-GCM',
      iv: fromBase64(envelope.iv),
      additionalData: additional(storageKey, envelope.expires),
    },
    key,
    fromBase64(envelope.data),
  );
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}

function envelopeOf(raw: string): Envelope | 'clear' | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed['format'] !== 'careway-draft') return undefined;
  if (parsed['formatVersion'] === 1) return 'clear';
  const { formatVersion, expires, iv, data } = parsed;
  return formatVersion === 2 &&
    typeof expires === 'number' &&
    typeof iv === 'string' &&
    typeof data === 'string'
    ? (parsed as unknown as Envelope)
    : undefined;
}

function isPayload(value: unknown): value is Payload {
  if (!isRecord(value) || typeof value['patient'] !== 'string') return false;
  const snapshot = value['snapshot'];
  return isRecord(snapshot) && isRecord(snapshot['pathway']) && typeof snapshot['pathway']['id'] === 'string';
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

async function forget(
  storage: DraftStorage,
  storageKey: string,
  warnings: CarewayErrorDetail[],
): Promise<void> {
  try {
    await storage.removeItem(storageKey);
  } catch (error) {
    warn(
      warnings,
      'draft_storage_failed',
      `Removing the draft "${storageKey}" failed: ${describeThrown(error)}`,
    );
  }
}

/**
 * Moves a draft that cannot be resumed to a key of its own (still sealed as it was), so that support
 * staff can look into it; it is purged on load once a draft lifetime has passed since it was set aside.
 */
async function setAside(
  storage: DraftStorage,
  storageKey: string,
  raw: string,
  reason: DraftRejection,
  detail: string,
  warnings: CarewayErrorDetail[],
  writer: DraftWriter,
): Promise<Opened> {
  const aside = `${storageKey}${SET_ASIDE}${new Date().toISOString()}`;
  try {
    await storage.setItem(aside, raw);
    // Only once the copy is safely written is the original key freed.
    await storage.removeItem(storageKey);
    warnings.push(
      problem(
        `draft_${reason}`,
        `The saved draft could not be resumed (${detail}). It was kept under "${aside}" until it expires.`,
        'warning',
        { setAsideKey: aside },
      ),
    );
  } catch (error) {
    warnings.push(
      problem(
        'draft_storage_failed',
        `The saved draft could not be resumed (${detail}) and could not be set aside: ${describeThrown(error)}. It was left where it was.`,
        'warning',
      ),
    );
  }
  return { writer, outcome: reason };
}

/** Every key of a store that can list them; `undefined` for one that cannot. */
export async function keysOf(storage: DraftStorage): Promise<string[] | undefined> {
  if (typeof storage.keys === 'function') return [...(await storage.keys())];
  if (typeof storage.length === 'number' && typeof storage.key === 'function') {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  }
  return undefined;
}

/**
 * Removes every draft whose expiry has passed, and every set-aside copy set
 * aside more than `ttl` minutes ago. Needs a store that lists its keys; with
 * any other, each draft is checked when its own key is opened. Best effort:
 * a store that fails is left as it is.
 */
export async function purgeExpired(storage: DraftStorage, now: number, ttl: number): Promise<void> {
  try {
    const keys = await keysOf(storage);
    for (const key of keys ?? []) {
      if (!key.startsWith(DRAFT_PREFIX)) continue;
      const at = key.indexOf(SET_ASIDE);
      if (at >= 0) {
        const since = Date.parse(key.slice(at + SET_ASIDE.length));
        if (!(since + ttl * MINUTE > now)) await storage.removeItem(key);
        continue;
      }
      const raw = await storage.getItem(key);
      const envelope = raw === null ? undefined : envelopeOf(raw);
      if (envelope === 'clear' || (envelope && envelope.expires <= now)) await storage.removeItem(key);
    }
  } catch {
    // Purging on load is housekeeping: the draft this session opens is checked on its own.
  }
}

/** Removes the draft under `draftKey` and, where the store lists its keys, its set-aside copies. */
export async function purgeDraft(given: DraftStorage | undefined, draftKey: string): Promise<void> {
  const storage = given ?? defaultDraftStorage();
  if (!storage) return;
  const storageKey = draftStorageKey(draftKey);
  await storage.removeItem(storageKey);
  for (const key of (await keysOf(storage)) ?? [])
    if (key.startsWith(`${storageKey}${SET_ASIDE}`)) await storage.removeItem(key);
}

/**
 * Removes every Careway draft and set-aside copy from the store (default
 * `localStorage`), and the tab's own draft key, so that nothing left behind can
 * be read. `complete` is false when the store cannot list its keys: then
 * only the tab's key is gone (drafts sealed with it can no longer be opened)
 * and the host must clear the store itself, or discard the secret it supplied.
 */
export async function purgeDrafts(given?: DraftStorage): Promise<{ removed: number; complete: boolean }> {
  tabKey = undefined;
  try {
    sessionStorage.removeItem(TAB_KEY);
  } catch {
    // A page that cannot use sessionStorage never kept a tab key there.
  }
  const storage = given ?? defaultDraftStorage();
  if (!storage) return { removed: 0, complete: true };
  const keys = await keysOf(storage);
  if (!keys) return { removed: 0, complete: false };
  let removed = 0;
  for (const key of keys)
    if (key.startsWith(DRAFT_PREFIX)) {
      await storage.removeItem(key);
      removed++;
    }
  return { removed, complete: true };
}
