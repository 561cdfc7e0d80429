import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, integrityOf, type Pathway } from '../core.js';
import { PathwayDesigner } from '../PathwayDesigner.js';
import type { PublishedVersion } from '../storage/db.js';
import { smallPathway } from '../test-fixtures.js';
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
    expect(panel.textContent).toContain('Value in the preview: not known yet');
    expect(await axeViolations(panel)).toEqual([]);
  });
});

describe('the friction panel', () => {
  it('shows core’s figures per outcome', async () => {
    const { panel } = await openPanel(smallPathway(), 'Friction');
    await expect.poll(() => panel.querySelectorAll('tbody tr').length).toBe(2);
    expect(panel.querySelector('tbody')?.textContent).toContain('Refer urgently');
    expect(await axeViolations(panel)).toEqual([]);
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
