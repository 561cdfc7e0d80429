import type { Field, Pathway } from '../../core.js';
import {
  changeFieldType,
  moveField,
  removeField,
  updateField,
} from '../../editor/commands/field-commands.js';
import { fieldTypeLabels } from '../../editor/kinds/labels.js';
import { withOptional } from '../../editor/document/objects.js';
import {
  renameLeftovers,
  renameNameProblem,
  renameOptionProblem,
} from '../../editor/document/rename-checks.js';
import { renameField, renameOptionValue } from '../../editor/commands/rename-commands.js';
import { setSources } from '../../editor/commands/source-commands.js';
import { ConditionEditor } from '../../rules/ConditionEditor.js';
import { ExpressionInput } from '../../rules/ExpressionInput.js';
import { useDoc } from '../../state/context.js';
import { CodingInput } from '../../ui/CodingInput.js';
import { Checkbox, SelectInput, TextArea, TextInput } from '../../ui/controls.js';
import { IdRenamer } from '../../ui/IdRenamer.js';
import { SourceLinks } from '../../traceability/SourceLinks.js';
import { FieldTypeEditor } from './FieldTypeEditor.js';
import { RedFlagEditor } from './RedFlagEditor.js';
import { ValidationsEditor } from './ValidationsEditor.js';

const types = (Object.keys(fieldTypeLabels) as Field['type'][]).map((value) => ({
  value,
  label: fieldTypeLabels[value],
}));

/** Edits every property of one field of a step. */
export function FieldEditor({
  nodeId,
  field,
  index,
  count,
  doc,
}: {
  nodeId: string;
  field: Field;
  index: number;
  count: number;
  doc: Pathway;
}) {
  const { run } = useDoc();
  const change = (next: Field, what: string) => run(updateField(nodeId, field.id, what, () => next));
  return (
    <details className="cw-field" open={count === 1}>
      <summary>
        {index + 1}. {field.label || '(no question text)'}{' '}
        <span className="cw-hint">— {fieldTypeLabels[field.type]}</span>
        {field.redFlag && <span className="cw-redflag__mark"> ⚑ red flag</span>}
      </summary>
      <TextInput
        label="Question"
        value={field.label}
        onChange={(label) => change({ ...field, label }, 'question')}
      />
      <IdRenamer
        label="Field id"
        hint="Used in conditions, e.g. age >= 40."
        id={field.id}
        what="field"
        problem={(to) => renameNameProblem(doc, 'field', field.id, to)}
        leftovers={renameLeftovers(doc, field.id)}
        onRename={(to) => run(renameField(field.id, to))}
      />
      <SelectInput
        label="Answer type"
        value={field.type}
        options={types}
        onChange={(type) => run(changeFieldType(nodeId, field.id, type))}
      />
      <Checkbox
        label="An answer is required"
        checked={field.required ?? true}
        onChange={(on) => change(withOptional(field, 'required', on ? undefined : false), 'required')}
      />
      <TextArea
        label="Help text"
        value={field.hint ?? ''}
        onChange={(hint) => change(withOptional(field, 'hint', hint), 'help text')}
      />
      <TextArea
        label="Why we ask"
        value={field.why ?? ''}
        onChange={(why) => change(withOptional(field, 'why', why), 'why we ask')}
      />
      <FieldTypeEditor
        field={field}
        onChange={change}
        renameOption={{
          problem: (from, to) => renameOptionProblem(doc, { field: field.id }, from, to),
          run: (from, to) => run(renameOptionValue({ field: field.id }, from, to)),
        }}
        optionSources={(option) => (
          <SourceLinks
            folded
            legend={`Sources backing option “${option.label}”`}
            refs={option.sources}
            sources={doc.sources}
            onChange={(refs) =>
              run(setSources({ kind: 'option', nodeId, fieldId: field.id, value: option.value }, refs))
            }
          />
        )}
      />
      <ConditionEditor
        label="Show this question only when"
        hint="Empty: always shown."
        value={field.showWhen ?? ''}
        onChange={(v) => change(withOptional(field, 'showWhen', v), 'show when')}
      />
      <ExpressionInput
        label="Prefill from the record"
        hint="e.g. context.age"
        value={field.prefill ?? ''}
        onChange={(v) => change(withOptional(field, 'prefill', v), 'prefill')}
      />
      <RedFlagEditor
        field={field}
        onChange={change}
        sources={
          <SourceLinks
            folded
            legend="Sources that make it a red flag"
            refs={field.redFlag?.sources}
            sources={doc.sources}
            onChange={(refs) => run(setSources({ kind: 'red-flag', nodeId, fieldId: field.id }, refs))}
          />
        }
      />
      <ValidationsEditor
        value={field.validations}
        onChange={(rules, what) => change(withOptional(field, 'validations', rules), what)}
      />
      <SourceLinks
        folded
        legend="Sources backing this question"
        refs={field.sources}
        sources={doc.sources}
        onChange={(refs) => run(setSources({ kind: 'field', nodeId, fieldId: field.id }, refs))}
      />
      <CodingInput
        legend="Question code"
        value={field.code}
        onChange={(code) => change(withOptional(field, 'code', code), 'code')}
      />
      <div className="cw-row">
        <button type="button" disabled={index === 0} onClick={() => run(moveField(nodeId, field.id, -1))}>
          Move question up
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          onClick={() => run(moveField(nodeId, field.id, 1))}
        >
          Move question down
        </button>
        <button
          type="button"
          className="cw-danger"
          disabled={count === 1}
          onClick={() => run(removeField(nodeId, field.id))}
        >
          Remove question
        </button>
      </div>
    </details>
  );
}
