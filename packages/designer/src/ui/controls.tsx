import { useEffect, useId, useState, type ReactNode } from 'react';

interface Labelled {
  readonly label: string;
  readonly hint?: string | undefined;
  /** An error to show under the control (and announce through aria-describedby). */
  readonly error?: string | undefined;
}

function Described({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} className="cw-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="cw-error-text" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A labelled one-line text box; every change is handed on at once (commands coalesce). */
export function TextInput(
  props: Labelled & { value: string; onChange: (value: string) => void; required?: boolean },
) {
  const id = useId();
  return (
    <div className="cw-control">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={props.value}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

/** A labelled multi-line text box. */
export function TextArea(
  props: Labelled & { value: string; onChange: (value: string) => void; rows?: number },
) {
  const id = useId();
  return (
    <div className="cw-control">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={props.rows ?? 3}
        value={props.value}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

/**
 * A labelled number box. It keeps what is being typed ("1.", "-") as text and
 * hands on a number (or `undefined` when emptied) once it reads as one.
 */
export function NumberInput(
  props: Labelled & {
    value: number | undefined;
    onChange: (value: number | undefined) => void;
    integer?: boolean;
  },
) {
  const id = useId();
  const shown = props.value === undefined ? '' : String(props.value);
  const [draft, setDraft] = useState(shown);
  useEffect(() => {
    setDraft((d) => (Number(d) === props.value || (d === '' && props.value === undefined) ? d : shown));
  }, [props.value, shown]);
  return (
    <div className="cw-control cw-control--number">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode={props.integer ? 'numeric' : 'decimal'}
        value={draft}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          if (text.trim() === '') props.onChange(undefined);
          else if (/^-?\d+(\.\d+)?$/.test(text.trim())) props.onChange(Number(text));
        }}
      />
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

/** A labelled drop-down list. */
export function SelectInput<T extends string>(
  props: Labelled & {
    value: T;
    options: readonly { value: T; label: string }[];
    onChange: (value: T) => void;
  },
) {
  const id = useId();
  return (
    <div className="cw-control">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.target.value as T)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

/** A labelled checkbox. */
export function Checkbox(props: Labelled & { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="cw-control cw-control--check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

/** A titled group of controls (a fieldset with a legend). */
export function Group({
  legend,
  children,
  className,
}: {
  legend: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={`cw-group${className ? ` ${className}` : ''}`}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
