import { useEffect, useState } from 'react';
import { TextInput } from './controls.js';

/** Props of {@link IdRenamer}. */
export interface IdRenamerProps {
  readonly label: string;
  readonly hint?: string | undefined;
  /** The id as the document holds it. */
  readonly id: string;
  /** Why the typed id cannot be used (taken, invalid, reserved), or `undefined` when it can. */
  readonly problem: (to: string) => string | undefined;
  /** Runs the rename command. */
  readonly onRename: (to: string) => void;
  /** What is renamed, for the button's screen-reader text, e.g. "option 2 value". */
  readonly what?: string | undefined;
  /** The expressions that mention the id but do not read, which the rename cannot reach (in words). */
  readonly leftovers?: readonly string[] | undefined;
}

/**
 * An id that other parts of the pathway refer to: typed freely, applied
 * with "Rename" as one command that updates every reference, refused with
 * the reason while the typed id cannot be used.
 */
export function IdRenamer({ label, hint, id, problem, onRename, what, leftovers = [] }: IdRenamerProps) {
  const [draft, setDraft] = useState(id);
  useEffect(() => setDraft(id), [id]);
  const error = draft === id ? undefined : problem(draft);
  const warn =
    draft !== id && error === undefined && leftovers.length > 0
      ? `Not renamed in ${leftovers.join('; ')}: it does not read yet. Fix it by hand.`
      : undefined;
  return (
    <div className="cw-row cw-row--end">
      <TextInput
        label={label}
        value={draft}
        onChange={setDraft}
        error={error}
        hint={[hint, warn].filter(Boolean).join(' ') || undefined}
      />
      <button type="button" disabled={draft === id || error !== undefined} onClick={() => onRename(draft)}>
        Rename{what && <span className="cw-visually-hidden"> {what}</span>}
      </button>
    </div>
  );
}
