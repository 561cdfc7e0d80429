import type { Pathway } from '../../core.js';

/**
 * One named edit of the pathway document. Commands are plain values: the
 * command stack applies them, records them for undo and redo, and lists their
 * labels as the audit of changes.
 */
export interface Command {
  /** A stable kebab-case name, e.g. `add-node`, `move-nodes`. */
  readonly name: string;
  /** What the edit did, in words for the clinical lead, e.g. `Add step "Symptoms"`. */
  readonly label: string;
  /** False for edits that change only presentation (layout), never the clinical content. */
  readonly clinical: boolean;
  /**
   * Edits with the same key that follow each other within a short time merge
   * into one undo step (typing in one text box, nudging one node).
   */
  readonly coalesceKey?: string;
  /** Returns the edited document; returns the same object when nothing changes. */
  apply(doc: Pathway): Pathway;
}

/** Builds a {@link Command}. */
export function command(
  name: string,
  label: string,
  apply: (doc: Pathway) => Pathway,
  options: { clinical?: boolean; coalesceKey?: string } = {},
): Command {
  return {
    name,
    label,
    apply,
    clinical: options.clinical ?? true,
    ...(options.coalesceKey === undefined ? {} : { coalesceKey: options.coalesceKey }),
  };
}

/** Several commands applied in order as one named edit: one undo step, one line in the audit. */
export function sequence(name: string, label: string, commands: readonly Command[]): Command {
  return command(name, label, (doc) => commands.reduce((current, next) => next.apply(current), doc), {
    clinical: commands.some((c) => c.clinical),
  });
}
