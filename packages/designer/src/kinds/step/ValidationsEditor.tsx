import type { Validation } from '../../core.js';
import { withOptional } from '../../editor/document/objects.js';
import { ConditionEditor } from '../../rules/ConditionEditor.js';
import { Group, TextInput } from '../../ui/controls.js';

/** Edits the validation rules of a field: a condition that must hold, and the message when it does not. */
export function ValidationsEditor({
  value,
  onChange,
}: {
  value: readonly Validation[] | undefined;
  onChange: (rules: Validation[] | undefined, what: string) => void;
}) {
  const rules = value ?? [];
  const set = (i: number, rule: Validation, what: string) =>
    onChange(
      rules.map((r, j) => (j === i ? rule : r)),
      what,
    );
  return (
    <Group legend="Validation rules">
      {rules.length === 0 && <p className="cw-hint">No rules beyond the field type and range.</p>}
      <ol className="cw-list">
        {rules.map((rule, i) => (
          <li key={i} className="cw-list__item">
            <ConditionEditor
              label={`Rule ${i + 1}: the answer is valid when`}
              value={rule.when}
              onChange={(when) => set(i, { ...rule, when }, `rule ${i + 1}`)}
            />
            <TextInput
              label={`Rule ${i + 1} message`}
              value={rule.message}
              onChange={(message) => set(i, { ...rule, message }, `rule ${i + 1} message`)}
            />
            <TextInput
              label={`Rule ${i + 1} code (optional)`}
              value={rule.code ?? ''}
              onChange={(code) => set(i, withOptional(rule, 'code', code), `rule ${i + 1} code`)}
            />
            <button
              type="button"
              className="cw-danger"
              onClick={() =>
                onChange(rules.length > 1 ? rules.filter((_, j) => j !== i) : undefined, 'rules')
              }
            >
              Remove rule {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => onChange([...rules, { when: '', message: 'Check this answer.' }], 'rules')}
      >
        Add validation rule
      </button>
    </Group>
  );
}
