/**
 * What the engine uses from the schema and markup modules, in one place.
 */
import type { Pathway } from './doc.js';
import { fingerprint } from '../schema/index.js';
import { markupToPlainText } from '../markup/index.js';

/** The pathway's content fingerprint (the schema module's `fingerprint`). */
export function pathwayFingerprint(pathway: Pathway): string {
  return fingerprint(pathway);
}

/** RichText as plain text (the markup module's `markupToPlainText`). */
export function plainText(text: string): string {
  return markupToPlainText(text);
}
