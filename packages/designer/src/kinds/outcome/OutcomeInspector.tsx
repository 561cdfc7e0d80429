import type { OutcomeNode } from '../../core.js';
import { fieldIds } from '../../editor/document/ids.js';
import { withOptional } from '../../editor/document/objects.js';
import { updateNode } from '../../editor/commands/node-commands.js';
import { useDoc } from '../../state/context.js';
import { CodingInput } from '../../ui/CodingInput.js';
import { Checkbox, Group, SelectInput, TextArea, TextInput } from '../../ui/controls.js';
import type { InspectorProps } from '../types.js';
import { dispositionLabels, urgencyLabels } from '../../editor/kinds/labels.js';

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** The inspector of an outcome: what it is, who acts, how urgently, and what the referral carries. */
export function OutcomeInspector({ node, doc }: InspectorProps<OutcomeNode>) {
  const { run } = useDoc();
  const set = (what: string, update: (n: OutcomeNode) => OutcomeNode) =>
    run(updateNode(node.id, what, (n) => (n.kind === 'outcome' ? update(n) : n)));
  return (
    <>
      <SelectInput
        label="Kind of outcome"
        value={node.disposition}
        options={options(dispositionLabels)}
        onChange={(disposition) => set('kind', (n) => ({ ...n, disposition }))}
      />
      <SelectInput
        label="Urgency"
        value={node.urgency}
        options={options(urgencyLabels)}
        onChange={(urgency) => set('urgency', (n) => ({ ...n, urgency }))}
      />
      <TextInput
        label="Timeframe"
        hint="e.g. within 2 weeks"
        value={node.timeframe}
        onChange={(timeframe) => set('timeframe', (n) => ({ ...n, timeframe }))}
      />
      <TextInput
        label="Who acts"
        hint="e.g. GP, Receiving clinician, Patient"
        value={node.actor}
        onChange={(actor) => set('actor', (n) => ({ ...n, actor }))}
      />
      <TextInput
        label="Receiving service"
        value={node.service?.name ?? ''}
        onChange={(name) =>
          set('service', (n) => withOptional(n, 'service', name ? { ...n.service, name } : undefined))
        }
      />
      {node.service && (
        <CodingInput
          legend="Service code"
          value={node.service.code}
          onChange={(code) =>
            set('service code', (n) => ({
              ...n,
              service: withOptional({ name: n.service?.name ?? '', ...n.service }, 'code', code),
            }))
          }
        />
      )}
      <TextArea
        label="What this outcome means"
        value={node.summary ?? ''}
        onChange={(v) => set('summary', (n) => withOptional(n, 'summary', v))}
      />
      <TextArea
        label="What happens next"
        value={node.nextSteps ?? ''}
        onChange={(v) => set('next steps', (n) => withOptional(n, 'nextSteps', v))}
      />
      <TextArea
        label="Safety netting advice"
        value={node.safetyNetting ?? ''}
        onChange={(v) => set('safety netting', (n) => withOptional(n, 'safetyNetting', v))}
      />
      <Group legend="The referral must carry">
        {[...fieldIds(doc)].map((id) => (
          <Checkbox
            key={id}
            label={id}
            checked={node.requires.includes(id)}
            onChange={(on) =>
              set('required data', (n) => ({
                ...n,
                requires: on ? [...n.requires, id] : n.requires.filter((r) => r !== id),
              }))
            }
          />
        ))}
      </Group>
      <CodingInput
        legend="Outcome code"
        value={node.code}
        onChange={(code) => set('code', (n) => withOptional(n, 'code', code))}
      />
    </>
  );
}
