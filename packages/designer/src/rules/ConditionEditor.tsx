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
 * Edits a condition two ways at once, kept in step: the text form, with
 * autocompletion and errors from core's type checker, and beside it the rule
 * builder (pick a question, a test and an answer; group rules with and/or).
 * The two sit side by side where there is room and one above the other in a
 * narrow panel.
 */
export function ConditionEditor(props: ConditionEditorProps) {
  return (
    <div className="cw-condition">
      <div className="cw-condition__text">
        <ExpressionEditor {...props} expects="boolean" />
      </div>
      <div className="cw-condition__rules">
        <RuleBuilder label={props.label} value={props.value} onChange={props.onChange} />
      </div>
    </div>
  );
}
