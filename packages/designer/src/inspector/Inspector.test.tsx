import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { smallPathway } from '../editor/test-fixtures.js';
import { axeViolations, button, byLabel, click, renderDesigner, typeInto } from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function openAt(nodeId: string) {
  const r = await renderDesigner(smallPathway());
  cleanup = r.unmount;
  await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
  await act(async () => r.host.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`)?.click());
  const inspector = r.host.querySelector('.cw-right') as HTMLElement;
  return { ...r, inspector };
}

const step = (doc: ReturnType<typeof smallPathway>) => {
  const node = doc.nodes[0];
  if (node?.kind !== 'step') throw new Error('no step');
  return node;
};

describe('the inspector', () => {
  it('is accessible with a step and its questions open', async () => {
    const { inspector } = await openAt('symptoms');
    for (const d of inspector.querySelectorAll('details')) d.open = true;
    expect(await axeViolations(inspector)).toEqual([]);
  });

  it('edits a question: text, type, options with codes, range and required', async () => {
    const { inspector, latest } = await openAt('symptoms');
    const age = inspector.querySelectorAll('details')[1] as HTMLDetailsElement;
    age.open = true;
    await typeInto(byLabel(age, 'Question'), 'Age in years');
    await typeInto(byLabel(age, 'Minimum'), '18');
    await typeInto(byLabel(age, 'Unit shown'), 'yrs');
    await click(byLabel(age, 'An answer is required'));
    expect(step(latest()).fields[1]).toMatchObject({
      label: 'Age in years',
      min: 18,
      unit: { label: 'yrs' },
      required: false,
    });

    const select = byLabel<HTMLSelectElement>(age, 'Answer type');
    await act(async () => {
      select.value = 'choice';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const field = step(latest()).fields[1];
    expect(field).toMatchObject({ id: 'age', type: 'choice', label: 'Age in years' });
    const choice = inspector.querySelectorAll('details')[1] as HTMLDetailsElement;
    choice.open = true;
    await typeInto(byLabel(choice, 'Option 1 label'), 'Under 40');
    await typeInto(
      byLabel(choice.querySelectorAll('fieldset.cw-group--inline')[0] as HTMLElement, 'Code'),
      '424144002',
    );
    const next = step(latest()).fields[1];
    expect(next && 'options' in next && next.options[0]).toMatchObject({
      label: 'Under 40',
      code: { system: 'http://snomed.info/sct', code: '424144002' },
    });
    await click(button(choice, 'Add option'));
    expect((step(latest()).fields[1] as { options?: unknown[] } | undefined)?.options).toHaveLength(3);
  });

  it('marks a red flag, adds a validation rule with its message, and reorders questions', async () => {
    const { inspector, latest } = await openAt('symptoms');
    const age = inspector.querySelectorAll('details')[1] as HTMLDetailsElement;
    age.open = true;
    await click(byLabel(age, 'A positive answer is a red flag'));
    expect(step(latest()).fields[1]?.redFlag).toEqual({ urgency: 'urgent' });
    await click(button(age, 'Add validation rule'));
    await typeInto(byLabel(age, 'Rule 1 message'), 'Check the age.');
    expect(step(latest()).fields[1]?.validations).toEqual([{ when: '', message: 'Check the age.' }]);
    await click(button(age, 'Move question up'));
    expect(step(latest()).fields.map((f) => f.id)).toEqual(['age', 'bleeding']);
  });

  it('edits an outcome: kind, urgency, timeframe, service and required data', async () => {
    const { inspector, latest } = await openAt('manage');
    const urgency = byLabel<HTMLSelectElement>(inspector, 'Urgency');
    await act(async () => {
      urgency.value = 'same-day';
      urgency.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await typeInto(byLabel(inspector, 'Receiving service'), 'Same-day emergency care');
    await click(byLabel(inspector, 'age'));
    expect(latest().nodes[3]).toMatchObject({
      urgency: 'same-day',
      service: { name: 'Same-day emergency care' },
      requires: ['age'],
    });
  });

  it('edits the pathway itself when nothing is selected: approvals and sources', async () => {
    const r = await renderDesigner(smallPathway());
    cleanup = r.unmount;
    const inspector = r.host.querySelector('.cw-right') as HTMLElement;
    await click(button(inspector, 'Add approval'));
    await typeInto(byLabel(inspector, 'Approval 1 name'), 'Dr Jones');
    await click(button(inspector, 'Add source'));
    await typeInto(byLabel(inspector, 'Source 1 title'), 'NICE NG12');
    expect(r.latest().approvals[0]).toMatchObject({ name: 'Dr Jones', role: 'Clinical safety officer' });
    expect(r.latest().sources[0]).toMatchObject({ id: 'source-1', title: 'NICE NG12' });
  });

  it('renames a node id and its references, refusing a taken one', async () => {
    const { inspector, latest } = await openAt('refer');
    await typeInto(byLabel(inspector, 'Id'), 'manage');
    expect(inspector.textContent).toContain('Another node already has this id.');
    await typeInto(byLabel(inspector, 'Id'), 'refer-2ww');
    await click(button(inspector, 'Rename'));
    expect(latest().edges[1]?.to).toBe('refer-2ww');
  });
});
