import { useId, useState, type KeyboardEvent } from 'react';

/** Props of {@link WelshBox}. */
export interface WelshBoxProps {
  /** The accessible name, e.g. `Welsh: Question “Temperature” — label`. */
  readonly label: string;
  /** The Welsh text the document holds (`undefined`: not translated). */
  readonly value: string | undefined;
  /** A multi-line box (for texts in the safe markup subset). */
  readonly multiline: boolean;
  /**
   * Called once per finished edit (leaving the box; Enter in a one-line box,
   * Ctrl+Enter in a multi-line one), never per keystroke.
   */
  readonly onCommit: (welsh: string) => void;
}

/**
 * A Welsh text box that keeps what is being typed to itself and hands it on
 * when the edit is done, so that each edit is one command in the history.
 * Escape (or Ctrl+Z) while typing puts back the text the document holds.
 */
export function WelshBox({ label, value, multiline, onCommit }: WelshBoxProps) {
  const id = useId();
  // `undefined` while not editing: the box then follows the document (undo, redo).
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const commit = () => {
    if (draft === undefined) return;
    setDraft(undefined);
    if (draft !== (value ?? '')) onCommit(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const undoTyping = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
    if ((event.key === 'Escape' || undoTyping) && draft !== undefined) {
      // Takes back the typing not yet handed on, before any command is undone.
      event.preventDefault();
      event.stopPropagation();
      setDraft(undefined);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    id,
    value: draft ?? value ?? '',
    lang: 'cy',
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
  };
  return (
    <>
      <label htmlFor={id} className="cw-visually-hidden">
        {label}
      </label>
      {multiline ? <textarea {...common} rows={3} /> : <input {...common} type="text" />}
    </>
  );
}
