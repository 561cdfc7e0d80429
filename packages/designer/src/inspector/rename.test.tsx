import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '../core.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { axeViolations, button, byLabel, click, renderDesigner, typeInto } from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The small pathway with a choice question, a variable and a context fact that conditions refer to. */
function withReferences(): Pathway {
  const doc = smallPathway();
  const step = doc.nodes[0];
  if (step?.kind !== 'step') throw new Error('no step');
  step.fields.push({
    id: 'colour',
    type: 'choice',
    label: 'Colour',
    options: [
      { value: 'red', label: 'Red' },
      { value: 'dark', label: 'Dark' },
    ],
  });
  doc.context.push({ id: 'sex', label: 'Sex', type: 'string' });
  doc.variables.push({ id: 'older', label: 'Older', kind: 'expression', expr: 'age >= 60' });
  doc.edges[1] = {
    id: 'e2',
    from: 'triage',
    to: 'refer',
    when: "bleeding or older or colour = 'red' or context.sex = 'male'",
  };
  return doc;
}

async function open(doc: Pathway) {
  const r = await renderDesigner(doc);
  cleanup = r.unmount;
  await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
  return { ...r, inspector: r.host.querySelector('.cw-right') as HTMLElement };
}

async function selectNode(host: HTMLElement, id: string) {
  await act(async () => host.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)?.click());
}

describe('renaming ids in the inspector', () => {
  it('renames a question and the conditions, answers and requirements that use it, as one undo step', async () => {
    const { host, inspector, latest } = await open(withReferences());
    await selectNode(host, 'symptoms');
    const bleeding = inspector.querySelectorAll('details')[0] as HTMLDetailsElement;
    bleeding.open = true;
    await typeInto(byLabel(bleeding, 'Field id'), 'age');
    expect(bleeding.textContent).toContain('“age” is already the id of a question or variable.');
    expect(button(bleeding, 'Rename field').disabled).toBe(true);
    await typeInto(byLabel(bleeding, 'Field id'), 'rectal_bleeding');
    await click(button(bleeding, 'Rename field'));
    expect(latest().edges[1]?.when).toBe(
      "rectal_bleeding or older or colour = 'red' or context.sex = 'male'",
    );
    expect(latest().scenarios[0]?.answers).toEqual({ rectal_bleeding: true, age: 50 });
    expect(latest().nodes[2]).toMatchObject({ requires: ['rectal_bleeding'] });
    for (const d of inspector.querySelectorAll('details')) d.open = true;
    expect(await axeViolations(inspector)).toEqual([]);
    await click(button(host, 'Undo'));
    expect(latest().edges[1]?.when).toBe("bleeding or older or colour = 'red' or context.sex = 'male'");
    expect(latest().scenarios[0]?.answers).toEqual({ bleeding: true, age: 50 });
  });

  it('renames an option value in the conditions that test it', async () => {
    const { host, inspector, latest } = await open(withReferences());
    await selectNode(host, 'symptoms');
    const colour = inspector.querySelectorAll('details')[2] as HTMLDetailsElement;
    colour.open = true;
    await typeInto(byLabel(colour, 'Option 1 value'), 'dark');
    expect(colour.textContent).toContain('Another option already has the value “dark”.');
    await typeInto(byLabel(colour, 'Option 1 value'), 'bright_red');
    await click(button(colour, 'Rename option 1 value'));
    expect(latest().edges[1]?.when).toContain("colour = 'bright_red'");
    const field = latest().nodes[0]?.kind === 'step' ? latest().nodes[0] : undefined;
    expect(field && 'fields' in field && field.fields[2]).toMatchObject({
      options: [{ value: 'bright_red' }, { value: 'dark' }],
    });
  });

  it('renames a context fact with its Rename button, not while typing', async () => {
    const { inspector, latest } = await open(withReferences());
    await typeInto(byLabel(inspector, 'Context 1 id'), 'sex_at_birth');
    expect(latest().context[0]?.id).toBe('sex');
    await click(button(inspector, 'Rename context 1 id'));
    expect(latest().context[0]?.id).toBe('sex_at_birth');
    expect(latest().edges[1]?.when).toContain("context.sex_at_birth = 'male'");
  });

  it('renames a variable with its Rename button, refusing a reserved word', async () => {
    const { host, latest } = await open(withReferences());
    await click(button(host.querySelector('.cw-bottom [role="tablist"]') as HTMLElement, 'Variables'));
    const panel = host.querySelector('.cw-bottom [role="tabpanel"]') as HTMLElement;
    await typeInto(byLabel(panel, 'Variable 1 id'), 'not');
    expect(panel.textContent).toContain('“not” is a reserved word');
    await typeInto(byLabel(panel, 'Variable 1 id'), 'is_older');
    await click(button(panel, 'Rename variable 1 id'));
    expect(latest().variables[0]?.id).toBe('is_older');
    expect(latest().edges[1]?.when).toContain('bleeding or is_older or');
  });
});
