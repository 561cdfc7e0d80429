/**
 * The clinical diff between two versions of a pathway: what was added,
 * removed or changed among its nodes, edges, variables, sources, context
 * facts and scenarios, and which top-level clinical properties changed.
 * Only clinical content counts (see `clinicalContent`), so moving boxes,
 * translating or signing off changes nothing here.
 */
import { canonicalPathway } from '../schema/canonical.js';
import { clinicalContent, fingerprint } from '../schema/fingerprint.js';
import type { Pathway } from '../schema/pathway.js';

/** The collections of a pathway whose elements are compared by id. */
export const DIFFED_COLLECTIONS = ['nodes', 'edges', 'variables', 'sources', 'context', 'scenarios'] as const;

/** One collection's changes, as ids in document order. */
export interface CollectionDiff {
  readonly collection: (typeof DIFFED_COLLECTIONS)[number];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/** The clinical diff of two versions. */
export interface ClinicalDiff {
  readonly before: { readonly version: string; readonly fingerprint: string };
  readonly after: { readonly version: string; readonly fingerprint: string };
  /** Top-level clinical properties (title, description, start…) whose value changed. */
  readonly properties: readonly string[];
  readonly collections: readonly CollectionDiff[];
}

type Canonical = Record<string, unknown>;

const canonicalClinical = (pathway: Pathway): Canonical =>
  canonicalPathway(clinicalContent(pathway) as Pathway) as unknown as Canonical;

function byId(items: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(items)) return out;
  for (const item of items as { id?: unknown }[]) {
    if (typeof item.id === 'string') out.set(item.id, JSON.stringify(item));
  }
  return out;
}

/**
 * Compares the clinical content of `previous` and `current` element by
 * element (canonical JSON of each, matched by id).
 *
 * @example
 * const diff = clinicalDiff(published, draft);
 * diff.collections.find((c) => c.collection === 'nodes')?.changed; // ['triage', …]
 */
export function clinicalDiff(previous: Pathway, current: Pathway): ClinicalDiff {
  const a = canonicalClinical(previous);
  const b = canonicalClinical(current);
  const collections = DIFFED_COLLECTIONS.map((collection) => {
    const before = byId(a[collection]);
    const after = byId(b[collection]);
    return {
      collection,
      added: [...after.keys()].filter((id) => !before.has(id)),
      removed: [...before.keys()].filter((id) => !after.has(id)),
      changed: [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id)),
    };
  });
  const skip = new Set<string>(DIFFED_COLLECTIONS);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !skip.has(k));
  const properties = keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return {
    before: { version: previous.version, fingerprint: fingerprint(previous) },
    after: { version: current.version, fingerprint: fingerprint(current) },
    properties,
    collections,
  };
}
