import type { ContextField, Pathway } from '../core.js';
import { freshId } from '../model/ids.js';
import { withOptional } from '../model/objects.js';
import { updatePathway } from '../model/pathway-commands.js';
import { OptionsEditor } from '../kinds/step/OptionsEditor.js';
import { useDoc } from '../state/context.js';
import { SelectInput, TextInput } from '../ui/controls.js';
import { ListEditor } from '../ui/ListEditor.js';

const types: { value: ContextField['type']; label: string }[] = [
  { value: 'boolean', label: 'Yes / no' },
  { value: 'integer', label: 'Whole number' },
  { value: 'decimal', label: 'Decimal number' },
  { value: 'string', label: 'Text' },
  { value: 'date', label: 'Date' },
  { value: 'choice', label: 'Single choice' },
  { value: 'multi-choice', label: 'Multiple choice' },
];

/** The facts the host may pass in (age, sex, known conditions), used as `context.<id>`. */
export function ContextEditor({ doc }: { doc: Pathway }) {
  const { run } = useDoc();
  return (
    <ListEditor<ContextField>
      legend="Context from the record"
      itemName="context fact"
      items={doc.context}
      name={(c) => `context fact ${c.id}`}
      create={() => ({
        id: freshId(
          'fact',
          doc.context.map((c) => c.id),
          '_',
        ),
        label: 'New fact',
        type: 'string',
      })}
      onChange={(context, what) => run(updatePathway(what, (d) => ({ ...d, context })))}
      render={(c, i, put) => (
        <>
          <TextInput
            label={`Context ${i + 1} id`}
            hint={`Used as context.${c.id}`}
            value={c.id}
            onChange={(id) => put({ ...c, id }, 'context id')}
          />
          <TextInput
            label={`Context ${i + 1} label`}
            value={c.label}
            onChange={(label) => put({ ...c, label }, 'context label')}
          />
          <SelectInput
            label={`Context ${i + 1} type`}
            value={c.type}
            options={types}
            onChange={(type) =>
              put(
                type === 'choice' || type === 'multi-choice'
                  ? { ...c, type, options: c.options ?? [] }
                  : withOptional({ ...c, type }, 'options', undefined),
                'context type',
              )
            }
          />
          {(c.type === 'choice' || c.type === 'multi-choice') && (
            <OptionsEditor
              options={c.options ?? []}
              onChange={(options, what) => put({ ...c, options }, `context ${what}`)}
            />
          )}
        </>
      )}
    />
  );
}
