import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '../core.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { axeViolations, button, byLabel, click, renderDesigner, typeInto } from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function openOutline(doc: Pathway = smallPathway()) {
  const r = await renderDesigner(doc);
  cleanup = r.unmount;
  await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(doc.nodes.length);
  await click(button(r.host.querySelector('.cw-left [role="tablist"]') as HTMLElement, 'Outline'));
  const outline = r.host.querySelector('.cw-outline') as HTMLElement;
  const item = (id: string) => outline.querySelector(`[data-node-id="${id}"]`) as HTMLElement;
  return { ...r, outline, item };
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the outline, as a way to author', () => {
  it('adds a node after another, connected, as one undoable edit, and focuses its title', async () => {
    const { host, outline, item, latest } = await openOutline();
    const form = outline.querySelector('.cw-outline__add') as HTMLElement;
    await choose(byLabel<HTMLSelectElement>(form, 'Kind'), 'outcome');
    await typeInto(byLabel(form, 'Title (optional)'), 'Redirect to urgent care');
    await choose(byLabel<HTMLSelectElement>(form, 'Comes after'), 'triage');
    await click(button(form, 'Add node'));
    const doc = latest();
    const added = doc.nodes.at(-1);
    expect(added).toMatchObject({ kind: 'outcome', title: 'Redirect to urgent care' });
    expect(doc.edges.at(-1)).toMatchObject({ from: 'triage', to: added?.id });
    expect(doc.layout?.nodes[added?.id ?? '']).toBeDefined();
    // On the canvas too, and selected.
    await expect
      .poll(() => host.querySelector(`.react-flow__node[data-id="${added?.id}"]`)?.className ?? '')
      .toContain('selected');
    expect(document.activeElement).toBe(item(added?.id ?? '').querySelector('[data-edit="title"]'));
    expect(byLabel(form, 'Title (optional)').value).toBe('');
    // One undo takes away the node and its connection together.
    await click(button(host, 'Undo'));
    expect(latest().nodes).toHaveLength(4);
    expect(latest().edges).toHaveLength(3);
  });

  it('adds, retypes and removes questions of a step', async () => {
    const { item, latest } = await openOutline();
    const symptoms = item('symptoms');
    await click(button(symptoms, 'Add a question to Symptoms'));
    const fields = () => {
      const node = latest().nodes[0];
      return node?.kind === 'step' ? node.fields : [];
    };
    expect(fields().map((f) => f.id)).toEqual(['bleeding', 'age', 'question_1']);
    const input = symptoms.querySelector('[data-field-id="question_1"] [data-edit="question"]');
    expect(document.activeElement).toBe(input);
    await typeInto(input as HTMLInputElement, 'Weight loss?');
    await choose(byLabel<HTMLSelectElement>(symptoms, 'Answer type of question_1'), 'integer');
    expect(fields()[2]).toMatchObject({ label: 'Weight loss?', type: 'integer' });
    await click(button(symptoms, 'Remove question age'));
    expect(fields().map((f) => f.id)).toEqual(['bleeding', 'question_1']);
    expect(document.activeElement).toBe(button(symptoms, 'Add a question to Symptoms'));
  });

  it('never removes the last question of a step', async () => {
    const doc = smallPathway();
    const step = doc.nodes[0];
    if (step?.kind === 'step') step.fields.splice(1);
    const { item } = await openOutline(doc);
    expect(button(item('symptoms'), 'Remove question bleeding').disabled).toBe(true);
  });

  it('connects nodes, offering only the routes the canvas allows, and removes routes', async () => {
    const { outline, item, latest } = await openOutline();
    const form = outline.querySelector('.cw-outline__add-route') as HTMLElement;
    const from = byLabel<HTMLSelectElement>(form, 'From');
    // Outcomes lead nowhere, so they are not offered as where a route starts.
    expect([...from.options].map((o) => o.textContent)).toEqual(['Symptoms', 'Triage']);
    const targets = () => [...byLabel<HTMLSelectElement>(form, 'To').options].map((o) => o.textContent);
    // Not itself, not the start, not what it already leads to.
    expect(targets()).toEqual(['Refer urgently', 'Manage in primary care']);
    await choose(from, 'triage');
    expect(form.querySelector('[role="status"]')?.textContent).toBe(
      '“Triage” already leads to every node a route may go to.',
    );
    expect(button(form, 'Add route').disabled).toBe(true);
    await choose(from, 'symptoms');
    await choose(byLabel<HTMLSelectElement>(form, 'To'), 'refer');
    await click(button(form, 'Add route'));
    expect(latest().edges.at(-1)).toMatchObject({ from: 'symptoms', to: 'refer' });
    expect(targets()).toEqual(['Manage in primary care']);
    const routeInput = item('symptoms').querySelector(
      '[data-edge-id]:last-of-type input',
    ) as HTMLInputElement;
    expect(document.activeElement).toBe(routeInput);
    await typeInto(routeInput, 'bleeding');
    expect(latest().edges.find((e) => e.from === 'symptoms' && e.to === 'refer')?.when).toBe('bleeding');
    await click(button(item('triage'), 'Remove the route from Triage to Manage in primary care'));
    expect(latest().edges.map((e) => e.id)).not.toContain('e3');
    expect(document.activeElement).toBe(byLabel(form, 'From'));
  });

  it('deletes a node with its connections and moves focus to the next node', async () => {
    const { outline, latest } = await openOutline();
    const order = () =>
      [...outline.querySelectorAll('[data-node-id]')].map((li) => li.getAttribute('data-node-id'));
    expect(order()).toEqual(['symptoms', 'triage', 'refer', 'manage']);
    await click(button(outline, 'Delete decision Triage'));
    expect(latest().nodes.map((n) => n.id)).toEqual(['symptoms', 'refer', 'manage']);
    expect(latest().edges).toEqual([]);
    const next = outline.querySelector(`[data-node-id="${order()[1]}"] .cw-outline__node`);
    expect(document.activeElement).toBe(next);
  });

  it('starts an empty pathway from the outline alone, and stays accessible', async () => {
    const doc = { ...smallPathway(), nodes: [], edges: [], scenarios: [], layout: { nodes: {} } };
    const { outline, latest } = await openOutline(doc);
    expect(outline.textContent).toContain('The pathway is empty');
    const form = outline.querySelector('.cw-outline__add') as HTMLElement;
    expect(form.querySelector('label[for]')?.textContent).toBe('Kind');
    expect([...form.querySelectorAll('label')].map((l) => l.textContent)).not.toContain('Comes after');
    await typeInto(byLabel(form, 'Title (optional)'), 'Symptoms');
    await click(button(form, 'Add node'));
    expect(latest().nodes).toMatchObject([{ kind: 'step', title: 'Symptoms' }]);
    expect(latest().start).toBe(latest().nodes[0]?.id);
    await choose(byLabel<HTMLSelectElement>(form, 'Kind'), 'outcome');
    await choose(byLabel<HTMLSelectElement>(form, 'Comes after'), latest().nodes[0]?.id ?? '');
    await click(button(form, 'Add node'));
    expect(latest().edges).toMatchObject([{ from: latest().nodes[0]?.id, to: latest().nodes[1]?.id }]);
    expect(await axeViolations(outline)).toEqual([]);
  });
});
