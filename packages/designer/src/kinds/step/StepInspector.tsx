import type { StepNode } from '../../core.js';
import { addField } from '../../editor/commands/field-commands.js';
import { freshFieldId } from '../../editor/document/ids.js';
import { withOptional } from '../../editor/document/objects.js';
import { updateNode } from '../../editor/commands/node-commands.js';
import { useDoc } from '../../state/context.js';
import { Group, TextArea } from '../../ui/controls.js';
import type { InspectorProps } from '../types.js';
import { FieldEditor } from './FieldEditor.js';

/** The inspector of a step: its description and its questions. */
export function StepInspector({ node, doc }: InspectorProps<StepNode>) {
  const { run } = useDoc();
  return (
    <>
      <TextArea
        label="Description"
        value={node.description ?? ''}
        onChange={(v) =>
          run(updateNode(node.id, 'description', (n) => withOptional(n as StepNode, 'description', v)))
        }
      />
      <Group legend={`Questions (${node.fields.length})`}>
        {node.fields.map((field, i) => (
          <FieldEditor
            key={field.id}
            nodeId={node.id}
            field={field}
            index={i}
            count={node.fields.length}
            doc={doc}
          />
        ))}
        <button
          type="button"
          onClick={() =>
            run(addField(node.id, { id: freshFieldId(doc), type: 'boolean', label: 'New question' }))
          }
        >
          Add question
        </button>
      </Group>
    </>
  );
}
