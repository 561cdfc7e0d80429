/**
 * Older pathway documents, brought up to the current schema one version at
 * a time. Each migration is a pure function over plain JSON from version N
 * to N+1; the registry must form an unbroken chain ending at
 * `CURRENT_SCHEMA_VERSION`.
 */
import { issue, type Issue } from '../issues/issue.js';
import { CURRENT_SCHEMA_VERSION } from './pathway.js';
import type { JsonObject, JsonValue } from './sanitize.js';

/** One step up the chain of schema versions. */
export interface Migration {
  from: number;
  to: number;
  /** What changed, for changelogs and `careway migrate --explain`. */
  description: string;
  /** Returns a new document at version `to`; never changes its input. */
  migrate(document: JsonObject): JsonObject;
}

const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Copies `object` with property `from` renamed `to`, keeping the key order; leaves it alone when `to` is already there. */
function rename(object: JsonObject, from: string, to: string): JsonObject {
  if (!(from in object) || to in object) return object;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(object)) out[key === from ? to : key] = value;
  return out;
}

function mapArray(value: JsonValue | undefined, fn: (item: JsonObject) => JsonObject): JsonValue | undefined {
  return Array.isArray(value) ? value.map((item) => (isObject(item) ? fn(item) : item)) : value;
}

/** The pre-release draft format (no `schemaVersion`, or 0) to schemaVersion 1. */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  description:
    'Nodes name their kind in "kind" (was "type"); edges hold their condition in "when" (was "condition").',
  migrate(document) {
    const out: JsonObject = { schemaVersion: 1 };
    for (const [key, value] of Object.entries(document)) {
      if (key === 'schemaVersion') continue;
      if (key === 'nodes') out[key] = mapArray(value, (node) => rename(node, 'type', 'kind')) ?? null;
      else if (key === 'edges')
        out[key] = mapArray(value, (edge) => rename(edge, 'condition', 'when')) ?? null;
      else out[key] = value;
    }
    return out;
  },
};

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/** The schema versions this Careway reads; all but the last are migrated on parse. */
export const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [0, ...MIGRATIONS.map((m) => m.to)];

/** The result of `migrateDocument`. */
export type MigrateResult =
  { ok: true; document: JsonObject; from: number; to: number } | { ok: false; issues: Issue[] };

/**
 * The schema version a document declares: a missing `schemaVersion` means
 * the pre-release draft format, version 0.
 */
export function declaredSchemaVersion(document: JsonObject): JsonValue {
  return 'schemaVersion' in document ? (document.schemaVersion ?? null) : 0;
}

/**
 * Brings a document up to `CURRENT_SCHEMA_VERSION`, or says why it cannot.
 *
 * @example
 * migrateDocument({ nodes: [{ id: 'a', type: 'info' }] })
 * // → { ok: true, from: 0, to: 1, document: { schemaVersion: 1, nodes: [{ id: 'a', kind: 'info' }] } }
 */
export function migrateDocument(
  document: JsonObject,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrateResult {
  const version = declaredSchemaVersion(document);
  const newest =
    migrations.length > 0
      ? (migrations[migrations.length - 1]?.to ?? CURRENT_SCHEMA_VERSION)
      : CURRENT_SCHEMA_VERSION;
  const supported = `This Careway reads schemaVersion 0 (the pre-release draft format) to ${newest}`;
  if (typeof version !== 'number') {
    return {
      ok: false,
      issues: [
        issue(
          'invalid_type',
          ['schemaVersion'],
          `"schemaVersion" must be a whole number such as ${newest} (found ${JSON.stringify(version)}).`,
        ),
      ],
    };
  }
  if (!Number.isInteger(version) || version < 0 || version > newest) {
    const advice =
      version > newest ? '; upgrade @careway/core (or the Careway designer) to open this document.' : '.';
    return {
      ok: false,
      issues: [
        issue(
          'unsupported_schema_version',
          ['schemaVersion'],
          `The document has schemaVersion ${version}. ${supported}${advice}`,
        ),
      ],
    };
  }
  let current = document;
  let at = version;
  while (at < newest) {
    const step = migrations.find((m) => m.from === at);
    if (step === undefined) {
      return {
        ok: false,
        issues: [
          issue(
            'unsupported_schema_version',
            ['schemaVersion'],
            `No migration from schemaVersion ${at}. ${supported}.`,
          ),
        ],
      };
    }
    current = step.migrate(current);
    at = step.to;
  }
  return { ok: true, document: current, from: version, to: at };
}
