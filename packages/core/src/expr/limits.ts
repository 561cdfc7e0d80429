/**
 * Limits that keep hostile or runaway expressions from hurting the page that
 * runs them. They are part of the language: an expression beyond them is
 * refused everywhere (designer, runtime, CLI), never half-handled.
 */

/** The longest expression text accepted, in characters (UTF-16 code units). */
export const MAX_EXPRESSION_LENGTH = 10_000;

/**
 * The deepest syntax tree accepted. Each bracket, function call, list, `not`,
 * unary minus and binary operator adds a level; a run of `and`s (or of `or`s)
 * is one level however long it is.
 */
export const MAX_DEPTH = 64;

/**
 * The most nodes a syntax tree may have. Text within
 * {@link MAX_EXPRESSION_LENGTH} cannot produce more; a tree built by hand
 * (possibly sharing or cycling through nodes) is walked no further than this.
 */
export const MAX_NODES = MAX_EXPRESSION_LENGTH;

/** Thrown inside a walker when a tree exceeds {@link MAX_NODES}; always caught by the walker's entry point. */
export class TreeTooLarge {
  readonly reason = 'tree_too_large';
}

/** A countdown of nodes a walker may still visit; throws {@link TreeTooLarge} when it runs out. */
export function nodeBudget(): () => void {
  let left = MAX_NODES;
  return () => {
    left -= 1;
    if (left < 0) throw new TreeTooLarge();
  };
}
