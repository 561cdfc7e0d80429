import type { Field, Urgency } from '../../core.js';
import { withOptional } from '../../model/objects.js';
import { ConditionEditor } from '../../rules/ConditionEditor.js';
import { Checkbox, Group, SelectInput, TextInput } from '../../ui/controls.js';
import { urgencyLabels } from '../outcome/labels.js';

const urgencies = (Object.keys(urgencyLabels) as Urgency[]).map((value) => ({
  value,
  label: urgencyLabels[value],
}));

/** Marks a field as a red flag: the urgency a positive answer demands, when, and why. */
export function RedFlagEditor({
  field,
  onChange,
}: {
  field: Field;
  onChange: (field: Field, what: string) => void;
}) {
  const flag = field.redFlag;
  const needsWhen = !['boolean', 'choice', 'multi-choice'].includes(field.type);
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
            hint={needsWhen ? undefined : 'Empty: yes / a red-flag option chosen.'}
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
        </>
      )}
    </Group>
  );
}
