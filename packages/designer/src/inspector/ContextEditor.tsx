import type { ContextField, Pathway } from '../core.js';
import { freshId } from '../editor/document/ids.js';
import { withOptional } from '../editor/document/objects.js';
import { updatePathway } from '../editor/commands/pathway-commands.js';
import { OptionsEditor } from '../kinds/step/OptionsEditor.js';
import {
  renameContextProblem,
  renameLeftovers,
  renameOptionProblem,
} from '../editor/document/rename-checks.js';
import { renameContext, renameOptionValue } from '../editor/commands/rename-commands.js';
import { useDoc } from '../state/context.js';
import { Group, SelectInput, TextInput } from '../ui/controls.js';
import { IdRenamer } from '../ui/IdRenamer.js';
import { ListEditor } from '../ui/ListEditor.js';

const numeric = (type: ContextField['type']) => type === 'integer' || type === 'decimal';

/** A context fact retyped: options only for choices, a unit only for numbers. */
function retype(c: ContextField, type: ContextField['type']): ContextField {
  const choice = type === 'choice' || type === 'multi-choice';
  const withOptions = choice
    ? { ...c, type, options: c.options ?? [] }
    : withOptional({ ...c, type }, 'options', undefined);
  return numeric(type) ? withOptions : withOptional(withOptions, 'unit', undefined);
}

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
          <IdRenamer
            label={`Context ${i + 1} id`}
            hint={`Used as context.${c.id}`}
            id={c.id}
            what={`context ${i + 1} id`}
            problem={(to) => renameContextProblem(doc, c.id, to)}
            leftovers={renameLeftovers(doc, `context.${c.id}`)}
            onRename={(to) => run(renameContext(c.id, to))}
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
            onChange={(type) => put(retype(c, type), 'context type')}
          />
          {numeric(c.type) && (
            <Group legend={`Context ${i + 1} unit`} className="cw-group--inline">
              <TextInput
                label={`Context ${i + 1} unit shown`}
                value={c.unit?.label ?? ''}
                onChange={(label) =>
                  put(withOptional(c, 'unit', label ? { ...c.unit, label } : undefined), 'context unit')
                }
              />
              <TextInput
                label={`Context ${i + 1} UCUM unit code`}
                value={c.unit?.ucum ?? ''}
                onChange={(ucum) =>
                  c.unit && put({ ...c, unit: withOptional(c.unit, 'ucum', ucum) }, 'context unit code')
                }
              />
            </Group>
          )}
          {(c.type === 'choice' || c.type === 'multi-choice') && (
            <OptionsEditor
              options={c.options ?? []}
              onChange={(options, what) => put({ ...c, options }, `context ${what}`)}
              rename={{
                problem: (from, to) => renameOptionProblem(doc, { context: c.id }, from, to),
                run: (from, to) => run(renameOptionValue({ context: c.id }, from, to)),
              }}
            />
          )}
        </>
      )}
    />
  );
}
