import type { ReactNode } from 'react';
import type { Field, Option } from '../../core.js';
import { withOptional } from '../../editor/document/objects.js';
import { Checkbox, Group, NumberInput, TextArea, TextInput } from '../../ui/controls.js';
import { OptionsEditor, type OptionRename } from './OptionsEditor.js';

type Change = (field: Field, what: string) => void;

/** The properties that belong to one field type: options, unit and range, date rules, length, files. */
export function FieldTypeEditor({
  field,
  onChange,
  renameOption,
  optionSources,
}: {
  field: Field;
  onChange: Change;
  renameOption: OptionRename;
  /** The control that links an option to its sources. */
  optionSources?: (option: Option, index: number) => ReactNode;
}) {
  switch (field.type) {
    case 'boolean':
      return (
        <>
          <TextInput
            label='Label for "yes"'
            value={field.trueLabel ?? ''}
            onChange={(v) => onChange(withOptional(field, 'trueLabel', v), 'yes label')}
          />
          <TextInput
            label='Label for "no"'
            value={field.falseLabel ?? ''}
            onChange={(v) => onChange(withOptional(field, 'falseLabel', v), 'no label')}
          />
        </>
      );
    case 'choice':
      return (
        <OptionsEditor
          options={field.options}
          onChange={(options, what) => onChange({ ...field, options }, what)}
          rename={renameOption}
          optionSources={optionSources}
        />
      );
    case 'multi-choice':
      return (
        <OptionsEditor
          options={field.options}
          onChange={(options, what) => onChange({ ...field, options }, what)}
          rename={renameOption}
          optionSources={optionSources}
          exclusive={field.exclusive}
          onExclusiveChange={(values) =>
            onChange(
              withOptional(field, 'exclusive', values.length ? values : undefined),
              'exclusive options',
            )
          }
        />
      );
    case 'integer':
    case 'decimal':
      return (
        <Group legend="Unit and range" className="cw-group--inline">
          <TextInput
            label="Unit shown"
            value={field.unit?.label ?? ''}
            onChange={(label) =>
              onChange(withOptional(field, 'unit', label ? { ...field.unit, label } : undefined), 'unit')
            }
          />
          <TextInput
            label="UCUM unit code"
            value={field.unit?.ucum ?? ''}
            onChange={(ucum) =>
              onChange(
                withOptional(
                  field,
                  'unit',
                  field.unit
                    ? withOptional(field.unit, 'ucum', ucum)
                    : ucum
                      ? { label: ucum, ucum }
                      : undefined,
                ),
                'unit code',
              )
            }
          />
          <NumberInput
            label="Minimum"
            value={field.min}
            onChange={(v) => onChange(withOptional(field, 'min', v), 'minimum')}
          />
          <NumberInput
            label="Maximum"
            value={field.max}
            onChange={(v) => onChange(withOptional(field, 'max', v), 'maximum')}
          />
          <NumberInput
            label="Step"
            value={field.step}
            onChange={(v) => onChange(withOptional(field, 'step', v), 'step')}
          />
        </Group>
      );
    case 'date':
      return (
        <>
          <Checkbox
            label="This is a date of birth"
            checked={field.dateOfBirth ?? false}
            onChange={(on) => onChange(withOptional(field, 'dateOfBirth', on || undefined), 'date of birth')}
          />
          <Checkbox
            label="Not in the future"
            checked={field.notInFuture ?? false}
            onChange={(on) => onChange(withOptional(field, 'notInFuture', on || undefined), 'not in future')}
          />
        </>
      );
    case 'text':
    case 'long-text':
      return (
        <NumberInput
          label="Maximum length"
          integer
          value={field.maxLength}
          onChange={(v) => onChange(withOptional(field, 'maxLength', v), 'maximum length')}
        />
      );
    case 'attachment':
      return (
        <Group legend="Files" className="cw-group--inline">
          <TextInput
            label="Accepted types"
            hint="MIME types separated by commas, e.g. application/pdf, image/png"
            value={field.accept.join(', ')}
            onChange={(v) =>
              onChange(
                {
                  ...field,
                  accept: v
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean),
                },
                'accepted types',
              )
            }
          />
          <NumberInput
            label="Largest file (bytes)"
            integer
            value={field.maxBytes}
            onChange={(v) => onChange({ ...field, maxBytes: v ?? 0 }, 'largest file')}
          />
          <NumberInput
            label="Fewest files"
            integer
            value={field.minFiles}
            onChange={(v) => onChange(withOptional(field, 'minFiles', v), 'fewest files')}
          />
          <NumberInput
            label="Most files"
            integer
            value={field.maxFiles}
            onChange={(v) => onChange({ ...field, maxFiles: v ?? 1 }, 'most files')}
          />
        </Group>
      );
    case 'display':
      return (
        <TextArea
          label="Text shown"
          value={field.text}
          onChange={(text) => onChange({ ...field, text }, 'text')}
        />
      );
  }
}
