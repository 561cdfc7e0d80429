import type { Pathway, PathwayNode } from '../../core.js';

/**
 * What the editor knows about one node kind, apart from how it looks: its
 * name and description in the clinical lead's words, whether routes may
 * leave it, a new node of it, and its accessible description. The React
 * views of a kind (its canvas node and inspector) are registered apart, in
 * `src/kinds/registry.ts`.
 */
export interface KindModel<N extends PathwayNode = PathwayNode> {
  readonly kind: N['kind'];
  /** Its name in the palette, e.g. "Step". */
  readonly label: string;
  /** One line for the palette, in the clinical lead's words. */
  readonly description: string;
  /** Whether edges may leave it (false for outcomes). */
  readonly hasExits: boolean;
  /** A new node of this kind with sensible defaults and a fresh id. */
  create(doc: Pathway): N;
  /** Its accessible name on the canvas and in the outline. */
  describe(node: N, doc: Pathway): string;
}
