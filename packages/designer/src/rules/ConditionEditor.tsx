import { useId, useState } from 'react';
import { ExpressionEditor } from './ExpressionEditor.js';
import { RuleBuilder } from './RuleBuilder.js';

/** Props of {@link ConditionEditor}. */
export interface ConditionEditorProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string | undefined;
}

/**
 * Edits a condition two ways kept in step: the rule builder (pick a question,
 * a test and an answer) and the text form, with autocompletion and errors
 * from core's type checker.
 */
export function ConditionEditor(props: ConditionEditorProps) {
  const [builder, setBuilder] = useState(false);
  const id = useId();
  return (
    <div className="cw-condition">
      <ExpressionEditor {...props} expects="boolean" />
      <button
        type="button"
        className="cw-link"
        aria-expanded={builder}
        aria-controls={id}
        onClick={() => setBuilder((b) => !b)}
      >
        {builder ? 'Hide the rule builder' : 'Use the rule builder'}
        <span className="cw-visually-hidden"> for {props.label}</span>
      </button>
      <div id={id} hidden={!builder}>
        {builder && <RuleBuilder label={props.label} value={props.value} onChange={props.onChange} />}
      </div>
    </div>
  );
}
