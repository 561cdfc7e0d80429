import type { ReactNode } from 'react';
import { hasOptions, redFlagNeedsWhen, type Field, type Urgency } from '../../core.js';
import { withOptional } from '../../editor/document/objects.js';
import { ConditionEditor } from '../../rules/ConditionEditor.js';
import { Checkbox, Group, SelectInput, TextInput } from '../../ui/controls.js';
import { urgencyLabels } from '../../editor/kinds/labels.js';

const urgencies = (Object.keys(urgencyLabels) as Urgency[]).map((value) => ({
  value,
  label: urgencyLabels[value],
}));

/** Marks a field as a red flag: the urgency a positive answer demands, when, and why. */
export function RedFlagEditor({
  field,
  onChange,
  sources,
}: {
  field: Field;
  onChange: (field: Field, what: string) => void;
  /** The control that links the red flag to its sources, shown while it is one. */
  sources?: ReactNode;
}) {
  const flag = field.redFlag;
  // core's rule: when a red flag can fire without a condition
  const needsWhen = redFlagNeedsWhen(field);
  const hint = !needsWhen
    ? field.type === 'boolean'
      ? 'Empty: a “yes” answer.'
      : 'Empty: an option marked as a red flag is chosen.'
    : hasOptions(field)
      ? 'Needed: no option is marked as a red flag. Mark one, or say when.'
      : undefined;
  return (
    <Group legend="Red flag">
      <Checkbox
        label="A positive answer is a red flag"
        checked={flag !== undefined}
        onChange={(on) =>
          onChange(withOptional(field, 'redFlag', on ? { urgency: 'urgent' } : undefined), 'red flag')
        }
      />
      {flag && (
        <>
          <SelectInput
            label="It demands at least this urgency"
            value={flag.urgency}
            options={urgencies}
            onChange={(urgency) => onChange({ ...field, redFlag: { ...flag, urgency } }, 'red flag urgency')}
          />
          <ConditionEditor
            label={needsWhen ? 'It is positive when' : 'It is positive when (optional)'}
            hint={hint}
            value={flag.when ?? ''}
            onChange={(when) =>
              onChange({ ...field, redFlag: withOptional(flag, 'when', when) }, 'red flag condition')
            }
          />
          <TextInput
            label="Reason"
            value={flag.reason ?? ''}
            onChange={(reason) =>
              onChange({ ...field, redFlag: withOptional(flag, 'reason', reason) }, 'red flag reason')
            }
          />
          {sources}
        </>
      )}
    </Group>
  );
}
