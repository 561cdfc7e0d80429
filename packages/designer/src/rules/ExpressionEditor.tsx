import { useEffect, useId, useRef, useState } from 'react';
import {
  autocompletion,
  closeBrackets,
  completionKeymap,
  type CompletionContext,
} from '@codemirror/autocomplete';
import { defaultKeymap } from '@codemirror/commands';
import { linter, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderExt } from '@codemirror/view';
import { hasErrors, type ExprError } from '../core.js';
import type { ExpressionService } from '../editor/checks/expression-service.js';
import { useExpressionService } from './useExpressionService.js';

/** Props of {@link ExpressionEditor}. */
export interface ExpressionEditorProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string | undefined;
  /** `boolean` for conditions (the default), `any` for computed values and prefills. */
  readonly expects?: 'boolean' | 'any';
  readonly placeholder?: string;
}

function completionSource(service: { current: ExpressionService }) {
  return (context: CompletionContext) => {
    const word = context.matchBefore(/[A-Za-z_][A-Za-z0-9_.]*/);
    if (!word && !context.explicit) return null;
    return {
      from: word ? word.from : context.pos,
      options: service.current.completions().map((c) => ({
        label: c.label,
        type: c.type,
        ...(c.detail ? { detail: c.detail } : {}),
        ...(c.info ? { info: c.info } : {}),
      })),
      validFor: /^[A-Za-z0-9_.]*$/,
    };
  };
}

/**
 * A one-line editor for the expression language: autocompletion of fields,
 * variables, context and functions (Ctrl+Space), and errors from core's type
 * checker underlined as you type and listed below for screen readers.
 */
export function ExpressionEditor({
  label,
  value,
  onChange,
  hint,
  expects = 'boolean',
  placeholder,
}: ExpressionEditorProps) {
  const id = useId();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const service = useExpressionService();
  const serviceRef = useRef(service);
  const onChangeRef = useRef(onChange);
  const [problems, setProblems] = useState<readonly ExprError[]>(() => service.check(value, expects));
  useEffect(() => {
    serviceRef.current = service;
    onChangeRef.current = onChange;
  });
  useEffect(() => setProblems(value.trim() ? service.check(value, expects) : []), [service, value, expects]);

  useEffect(() => {
    if (!host.current) return undefined;
    const state = EditorState.create({
      doc: value,
      extensions: [
        EditorState.transactionFilter.of((tr) => (tr.newDoc.lines > 1 ? [] : tr)),
        keymap.of([...completionKeymap, ...defaultKeymap]),
        closeBrackets(),
        autocompletion({ override: [completionSource(serviceRef)], activateOnTyping: true, icons: false }),
        linter(
          (v): Diagnostic[] =>
            v.state.doc.toString().trim()
              ? serviceRef.current
                  .check(v.state.doc.toString(), expects)
                  .map(({ range, severity, message }) => ({
                    from: range.from,
                    to: Math.max(range.to, range.from + 1),
                    severity,
                    message,
                  }))
              : [],
          { delay: 200 },
        ),
        placeholderExt(
          placeholder ?? (expects === 'boolean' ? 'e.g. age >= 40 and bleeding' : 'e.g. context.age'),
        ),
        EditorView.contentAttributes.of({
          'aria-labelledby': `${id}-label`,
          'aria-describedby': `${id}-hint ${id}-problems`,
          'aria-multiline': 'false',
          'data-testid': 'expression-editor',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChangeRef.current(update.state.doc.toString());
        }),
        EditorView.lineWrapping,
      ],
    });
    const v = new EditorView({ state, parent: host.current });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // The editor is created once; later values are synced below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [expects, id]);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value)
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  return (
    <div className="cw-control cw-expression">
      <span id={`${id}-label`} className="cw-expression__label">
        {label}
      </span>
      <div
        ref={host}
        className={`cw-expression__editor${hasErrors(problems) ? ' cw-expression__editor--invalid' : ''}`}
      />
      <span id={`${id}-hint`} className="cw-hint">
        {hint ?? ''}
      </span>
      <ul id={`${id}-problems`} className="cw-expression__problems" aria-live="polite">
        {problems.map((p, i) => (
          <li key={i} className={`cw-severity--${p.severity}`}>
            {p.message}
            {p.range.to > p.range.from && (
              <span className="cw-hint">
                {' '}
                (characters {p.range.from + 1}–{p.range.to})
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
