/**
 * The published artefact of a pathway: what `careway publish` writes and the
 * designer's publish produces, byte for byte, and the integrity string that
 * `<careway-pathway integrity="…">` checks before it runs anything.
 */
import { canonicalJson } from '../schema/canonical.js';
import type { Pathway } from '../schema/pathway.js';
import { integrity } from '../schema/sha256.js';

/** A published pathway file. */
export interface PublishedArtefact {
  /** `<id>@<version>.json`: published files are immutable, so the version is in the name. */
  readonly fileName: string;
  /** The canonical JSON text (see `canonicalJson`: keys in a fixed order, two-space indentation, a final newline). */
  readonly json: string;
  /** `sha256-<base64>` of the UTF-8 bytes of {@link PublishedArtefact.json}. */
  readonly integrity: string;
}

/**
 * Builds the artefact of a pathway as it stands. It neither checks nor
 * changes the pathway: analyse and test it first, and bump its version.
 *
 * @example
 * const { fileName, json, integrity } = publishedArtefact(pathway);
 * // <careway-pathway src="/pathways/${fileName}" integrity="${integrity}">
 */
export function publishedArtefact(pathway: Pathway): PublishedArtefact {
  const json = canonicalJson(pathway);
  return { fileName: `${pathway.id}@${pathway.version}.json`, json, integrity: integrity(json) };
}
