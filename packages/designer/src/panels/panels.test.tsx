import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, integrityOf, type Pathway } from '../core.js';
import { PathwayDesigner } from '../PathwayDesigner.js';
import type { PublishedVersion } from '../storage/db.js';
import { smallPathway, withSchemaWarnings } from '../editor/test-fixtures.js';
import { axeViolations, button, byLabel, click, render, renderDesigner, typeInto } from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function openPanel(doc: Pathway, tab: string | RegExp) {
  const r = await renderDesigner(doc);
  cleanup = r.unmount;
  await click(button(r.host.querySelector('.cw-bottom [role="tablist"]') as HTMLElement, tab));
  const panel = r.host.querySelector('.cw-bottom [role="tabpanel"]') as HTMLElement;
  return { ...r, panel };
}

describe('the problems panel', () => {
  it('lists core’s problems, badges the node, and selects it when chosen', async () => {
    const doc = smallPathway();
    const edge = doc.edges[1];
    if (!edge) throw new Error('the small pathway has a second edge');
    doc.edges[1] = { ...edge, when: 'bleding' };
    const { host, panel } = await openPanel(doc, /^Problems/);
    await expect.poll(() => panel.textContent ?? '').toContain('bleding');
    expect(await axeViolations(panel)).toEqual([]);
    await expect
      .poll(() => host.querySelector('.react-flow__node[data-id="triage"] .cw-badge--error'))
      .not.toBeNull();
    const item = [...panel.querySelectorAll('.cw-problems li')].find((li) =>
      li.textContent?.includes('bleding'),
    );
    await click(item?.querySelector('button'));
    await expect
      .poll(() => host.querySelector('.cw-right h2')?.textContent)
      .toBe('Connection: Triage → Refer urgently');
  });

  it('lists the schema’s warnings on a valid pathway too: a stale sign-off and a left-over translation', async () => {
    const { host, panel } = await openPanel(withSchemaWarnings(), /^Problems/);
    const items = () => [...panel.querySelectorAll('.cw-problems li')].map((li) => li.textContent ?? '');
    await expect.poll(() => items().length).toBeGreaterThanOrEqual(2);
    expect(items().find((t) => t.includes('Dr A Example'))).toContain(
      'was given to different clinical content: the pathway has changed since',
    );
    expect(items().find((t) => t.includes('node.gone.title'))).toContain(
      'translates nothing in this pathway',
    );
    // Warnings, not errors: the tab counts no errors, and nothing blocks.
    expect(
      button(host.querySelector('.cw-bottom [role="tablist"]') as HTMLElement, /^Problems/).textContent,
    ).toBe('Problems (0)');
    expect(await axeViolations(panel)).toEqual([]);
  });
});

describe('the scenarios panel', () => {
  it('runs every scenario through the engine, shows pass or fail and what is not covered', async () => {
    const doc = smallPathway();
    doc.scenarios.push({
      id: 's2',
      name: 'Wrong',
      answers: { bleeding: false, age: 30 },
      expect: { outcome: 'refer' },
    });
    const { host, panel } = await openPanel(doc, 'Scenarios');
    await click(button(panel, 'Run all scenarios'));
    expect(panel.querySelector('[role="status"]')?.textContent).toMatch(/^1 passed, 1 failed\./);
    expect(panel.textContent).toContain('Fail: expected outcome “refer” but reached “manage”');
    expect(await axeViolations(panel)).toEqual([]);
    await click(byLabel(panel, 'Show what no scenario covers'));
    await expect
      .poll(() => host.querySelector('.react-flow__node[data-id="manage"]')?.className ?? '')
      .not.toContain('cw-uncovered');
    await expect.poll(() => host.querySelectorAll('.cw-uncovered').length).toBe(0);
  });

  it('outlines the outcomes and routes no scenario covers', async () => {
    const { host, panel } = await openPanel(smallPathway(), 'Scenarios');
    await click(byLabel(panel, 'Show what no scenario covers'));
    await expect
      .poll(() => host.querySelector('.react-flow__node[data-id="manage"]')?.className ?? '')
      .toContain('cw-uncovered');
    expect(host.querySelector('.react-flow__edge[data-id="e3"]')?.getAttribute('class')).toContain(
      'cw-uncovered',
    );
    expect(host.querySelector('.react-flow__node[data-id="refer"]')?.className).not.toContain('cw-uncovered');
  });
});

describe('the variables panel', () => {
  it('edits a score and shows which items count for the preview’s answers', async () => {
    const { panel, latest } = await openPanel(smallPathway(), 'Variables');
    await click(button(panel, 'Add variable'));
    await click(button(panel, 'Add item'));
    expect(latest().variables[0]).toMatchObject({ kind: 'score', items: [{ label: 'New item', points: 1 }] });
    await typeInto(byLabel(panel, 'Item 1 label'), 'Bleeding');
    expect(latest().variables[0]).toMatchObject({ items: [{ label: 'Bleeding', points: 1 }] });
    expect(panel.textContent).toContain('Value in the preview: not known yet');
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('follows the preview: each item counts, or not, as the clinician answers, and the band with the total', async () => {
    const doc = smallPathway();
    doc.variables.push({
      id: 'risk',
      label: 'Risk score',
      kind: 'score',
      items: [
        { label: 'Rectal bleeding', when: 'bleeding', points: 2 },
        { label: 'Aged 60 or over', when: 'age >= 60', points: 1 },
      ],
      bands: [
        { label: 'Lower risk', max: 1 },
        { label: 'Higher risk', min: 2 },
      ],
    });
    const { host, panel } = await openPanel(doc, 'Variables');
    const live = () => panel.querySelector('.cw-live-value')?.textContent ?? '';
    expect(live()).toBe('Value in the preview: not known yetItems: 1 not known yet; 2 not known yet');

    await click(button(host.querySelector('.cw-right [role="tablist"]') as HTMLElement, 'Preview'));
    const element = () => host.querySelector('careway-pathway')?.shadowRoot;
    await expect.poll(() => element()?.querySelectorAll('input').length ?? 0).toBeGreaterThan(0);
    const yes = [...(element()?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])].find(
      (r) => r.value === 'true' || r.labels?.[0]?.textContent?.trim() === 'Yes',
    );
    await act(async () => yes?.click());
    await expect.poll(live).toBe('Value in the preview: not known yetItems: 1 counts; 2 not known yet');

    const age = element()?.querySelector<HTMLInputElement>(
      'input[inputmode="numeric"], input[type="number"]',
    );
    await act(async () => {
      if (!age) throw new Error('no age box in the preview');
      age.value = '45';
      age.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      age.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
    await expect.poll(live).toBe('Value in the preview: 2 (Higher risk)Items: 1 counts; 2 does not count');
  });
});

describe('the friction panel', () => {
  /** The small pathway with a question nothing uses, and an examination page only on the way to "manage". */
  function withFriction(): Pathway {
    const doc = smallPathway();
    const symptoms = doc.nodes[0];
    if (symptoms?.kind !== 'step') throw new Error('the small pathway starts with a step');
    symptoms.fields.push({ id: 'notes', type: 'text', label: 'Anything else?', required: false });
    doc.nodes.push({
      kind: 'step',
      id: 'examination',
      title: 'Examination',
      fields: [
        { id: 'mass', type: 'boolean', label: 'Abdominal mass?' },
        { id: 'weight', type: 'decimal', label: 'Weight', unit: { label: 'kg' }, required: false },
      ],
    });
    doc.edges = [
      { id: 'e1', from: 'symptoms', to: 'triage' },
      { id: 'e2', from: 'triage', to: 'refer', when: 'bleeding or age >= 60' },
      { id: 'e3', from: 'triage', to: 'examination' },
      { id: 'e4', from: 'examination', to: 'refer', when: 'mass' },
      { id: 'e5', from: 'examination', to: 'manage' },
    ];
    doc.layout = { nodes: { ...doc.layout?.nodes, examination: { x: 300, y: 400 } } };
    return doc;
  }

  it('shows core’s figures per outcome: fewest and most questions, routes, and the questions nothing uses', async () => {
    const { host, panel } = await openPanel(withFriction(), 'Friction');
    await expect.poll(() => panel.querySelectorAll('tbody tr').length).toBe(2);
    const rows = [...panel.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['Refer urgently', '3', '5', '2'],
      ['Manage in primary care', '5', '5', '1'],
    ]);
    const unused = [...panel.querySelectorAll('ul li')].map((li) => li.textContent);
    expect(unused).toEqual(['notes in “Symptoms”', 'weight in “Examination”']);
    expect(await axeViolations(panel)).toEqual([]);
    // Choosing an unused question selects its step.
    await click(button(panel, 'weight in “Examination”'));
    await expect.poll(() => host.querySelector('.cw-right h2')?.textContent).toBe('Step: Examination');
  });
});

describe('the publish panel', () => {
  const approved: Pathway = {
    ...smallPathway(),
    status: 'active',
    approvals: [{ role: 'Clinical safety officer', name: 'Dr A', date: '2026-11-24', statement: 'Safe.' }],
  };
  function Host({ initial, onPublish }: { initial: Pathway; onPublish: (v: PublishedVersion) => void }) {
    const [doc, setDoc] = useState<Pathway>(initial);
    const [versions, setVersions] = useState<PublishedVersion[]>([]);
    return (
      <PathwayDesigner
        value={doc}
        onChange={setDoc}
        versions={versions}
        onPublish={(v) => {
          onPublish(v);
          setVersions((all) => [...all, v]);
        }}
      />
    );
  }

  it('refuses without approvals, and lists what to do', async () => {
    let published: PublishedVersion | undefined;
    const r = await render(<Host initial={smallPathway()} onPublish={(v) => (published = v)} />);
    cleanup = r.unmount;
    await click(
      button(r.host.querySelector('.cw-bottom [role="tablist"]') as HTMLElement, 'Publish and versions'),
    );
    const panel = r.host.querySelector('.cw-bottom [role="tabpanel"]') as HTMLElement;
    await click(button(panel, /^Publish version/));
    expect(published).toBeUndefined();
    expect(panel.querySelector('[role="alert"]')?.textContent).toContain('Add at least one approval');
  });

  it('bumps the version and produces the canonical file and integrity of careway publish', async () => {
    let published: PublishedVersion | undefined;
    const r = await render(<Host initial={approved} onPublish={(v) => (published = v)} />);
    cleanup = r.unmount;
    await click(
      button(r.host.querySelector('.cw-bottom [role="tablist"]') as HTMLElement, 'Publish and versions'),
    );
    const panel = r.host.querySelector('.cw-bottom [role="tabpanel"]') as HTMLElement;
    await click(byLabel(panel, '1.1.0 (clinical changes)'));
    await act(async () => button(panel, 'Publish version 1.1.0').click());
    await expect.poll(() => published?.version).toBe('1.1.0');
    const doc = JSON.parse(published?.json ?? '{}') as Pathway;
    expect(doc.version).toBe('1.1.0');
    expect(published?.json).toBe(canonicalJson(doc));
    expect(published?.integrity).toBe(integrityOf(published?.json ?? ''));
    expect(published?.fileName).toBe('small@1.1.0.json');
    await expect.poll(() => panel.textContent ?? '').toContain('Published small@1.1.0.json');
    expect(await axeViolations(panel)).toEqual([]);
  });
});
