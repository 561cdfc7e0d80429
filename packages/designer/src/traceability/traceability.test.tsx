import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { tracedPathway } from '../editor/test-fixtures.js';
import {
  axeViolations,
  button,
  byLabel,
  click,
  openBottomTab,
  renderDesigner,
  typeInto,
} from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function open() {
  const r = await renderDesigner(tracedPathway());
  cleanup = r.unmount;
  await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
  const inspector = r.host.querySelector('.cw-right') as HTMLElement;
  return { ...r, inspector };
}

async function selectOnCanvas(host: HTMLElement, nodeId: string) {
  await act(async () => host.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`)?.click());
}

async function selectEdge(host: HTMLElement, edgeId: string) {
  const edge = host.querySelector(`.react-flow__edge[data-id="${edgeId}"]`);
  if (!edge) throw new Error(`no edge ${edgeId}`);
  await act(async () => edge.dispatchEvent(new MouseEvent('click', { bubbles: true })));
}

/** The folded source links whose summary starts with `title`. */
function fold(root: ParentNode, title: string): HTMLDetailsElement {
  const found = [...root.querySelectorAll('details')].find((d) =>
    d.querySelector(':scope > summary')?.textContent?.startsWith(title),
  );
  if (!found) throw new Error(`No folded "${title}"`);
  return found;
}

/** The fieldset whose legend reads `legend`. */
function group(root: ParentNode, legend: string): HTMLFieldSetElement {
  const found = [...root.querySelectorAll('fieldset')].find(
    (f) => f.querySelector(':scope > legend')?.textContent?.trim() === legend,
  );
  if (!found) throw new Error(`No group "${legend}"`);
  return found;
}

describe('the Traceability panel', () => {
  it('is accessible, and lists each recommendation with what implements it, out of scope or untraced', async () => {
    const { host } = await open();
    const panel = await openBottomTab(host, 'Traceability');
    expect(await axeViolations(panel)).toEqual([]);
    expect(panel.querySelector('[role="status"]')?.textContent).toBe(
      '1 of 3 recommendations implemented, 1 out of scope, 1 not traced. 1 red flag, decision connection or outcome names no source.',
    );
    const table = panel.querySelector('table') as HTMLTableElement;
    expect(table.caption?.textContent).toContain('Recommendations of Bowel symptoms guide (fictitious)');
    const body = table.querySelector('tbody') as HTMLTableSectionElement;
    const rows = [...body.rows].map((row) => [
      row.cells[0]?.textContent,
      row.cells[2]?.textContent,
      row.className,
    ]);
    expect(rows).toEqual([
      [
        '1.1',
        'Red flag of “Rectal bleeding?” (bleeding)Outcome “Refer urgently” (refer)Edge e2 from “Triage” to “Refer urgently”',
        '',
      ],
      ['1.2', 'Out of scope: Done before this pathway.', ''],
      ['1.3', 'Not traced: nothing implements it', 'cw-trace__untraced'],
    ]);
    expect(body.rows[0]?.cells[0]?.tagName).toBe('TH');
    expect(panel.textContent).toContain('Naming no source');
    expect(button(panel, 'Outcome “Manage in primary care” (manage)')).toBeDefined();
  });

  it('selects an element from its link: the node in the inspector, or the connection', async () => {
    const { host, inspector } = await open();
    const panel = await openBottomTab(host, 'Traceability');
    await click(button(panel, 'Outcome “Manage in primary care” (manage)'));
    expect(inspector.querySelector('h2')?.textContent).toBe('Outcome: Manage in primary care');
    await click(button(panel, 'Edge e2 from “Triage” to “Refer urgently”'));
    expect(inspector.querySelector('h2')?.textContent).toBe('Connection: Triage → Refer urgently');
    await click(button(panel, 'Red flag of “Rectal bleeding?” (bleeding)'));
    expect(inspector.querySelector('h2')?.textContent).toBe('Step: Symptoms');
  });

  it('says what to do when the pathway cites no sources', async () => {
    const r = await renderDesigner({ ...tracedPathway(), sources: [] });
    cleanup = r.unmount;
    const panel = await openBottomTab(r.host, 'Traceability');
    expect(panel.querySelector('[role="status"]')?.textContent).toContain(
      'The pathway cites no sources yet.',
    );
  });
});

describe('linking an element to recommendations', () => {
  it('links and unlinks a connection, grouped by source, each an undoable command', async () => {
    const { host, inspector, latest } = await open();
    await selectEdge(host, 'e3');
    const links = group(inspector, 'Sources backing this connection');
    const guide = group(links, 'Bowel symptoms guide (fictitious)');
    expect([...guide.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
      'Bowel symptoms guide (fictitious) as a whole',
      '1.1: Refer rectal bleeding, or anyone aged 60 or over, urgently.',
      '1.2: Offer a faecal test first. (out of scope)',
      '1.3: Review again after 6 weeks.',
    ]);
    await click(byLabel(guide, '1.3: Review again after 6 weeks.'));
    expect(latest().edges[2]?.sources).toEqual(['guide#1.3']);
    expect(byLabel(guide, '1.3: Review again after 6 weeks.').checked).toBe(true);
    await click(button(host, 'Undo'));
    expect(latest().edges[2]).not.toHaveProperty('sources');
    await click(button(host, 'Redo'));
    expect(latest().edges[2]?.sources).toEqual(['guide#1.3']);
    await click(byLabel(guide, '1.3: Review again after 6 weeks.'));
    expect(latest().edges[2]).not.toHaveProperty('sources');
    expect(await axeViolations(inspector)).toEqual([]);
  });

  it('links an outcome, a question and its red flag, each in its own place', async () => {
    const { host, inspector, latest } = await open();
    await selectOnCanvas(host, 'manage');
    await click(
      byLabel(group(inspector, 'Sources backing this outcome'), '1.3: Review again after 6 weeks.'),
    );
    expect(latest().nodes[3]?.sources).toEqual(['guide#1.3']);

    await selectOnCanvas(host, 'symptoms');
    for (const d of inspector.querySelectorAll('details')) d.open = true;
    expect(await axeViolations(inspector)).toEqual([]);
    const bleeding = inspector.querySelectorAll('details.cw-field')[0] as HTMLElement;
    const summaries = [...bleeding.querySelectorAll('details > summary')].map((s) => s.textContent);
    expect(summaries).toContain('Sources that make it a red flag (1 linked)');
    expect(summaries).toContain('Sources backing this question (none linked)');
    const flag = group(bleeding, 'Red flag');
    await click(byLabel(flag, 'Bowel symptoms guide (fictitious) as a whole'));
    const step = latest().nodes[0];
    expect(step?.kind === 'step' && step.fields[0]?.redFlag?.sources).toEqual(['guide#1.1', 'guide']);
    await click(byLabel(flag, '1.1: Refer rectal bleeding, or anyone aged 60 or over, urgently.'));
    await click(
      byLabel(
        fold(bleeding, 'Sources backing this question'),
        '1.1: Refer rectal bleeding, or anyone aged 60 or over, urgently.',
      ),
    );
    const after = latest().nodes[0];
    expect(after?.kind === 'step' && after.fields[0]).toMatchObject({
      sources: ['guide#1.1'],
      redFlag: { urgency: 'suspected-cancer', sources: ['guide'] },
    });
  });

  it('links one option of a choice question', async () => {
    const doc = tracedPathway();
    const step = doc.nodes[0];
    if (step?.kind !== 'step') throw new Error('no step');
    step.fields = [
      {
        id: 'where',
        type: 'choice',
        label: 'Where is the pain?',
        options: [
          { value: 'left', label: 'Left side' },
          { value: 'right', label: 'Right side' },
        ],
      },
    ];
    const r = await renderDesigner(doc);
    cleanup = r.unmount;
    await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
    await selectOnCanvas(r.host, 'symptoms');
    const inspector = r.host.querySelector('.cw-right') as HTMLElement;
    const right = fold(inspector, 'Sources backing option “Right side”');
    await click(byLabel(right, '1.3: Review again after 6 weeks.'));
    const where = r.latest().nodes[0];
    expect(where?.kind === 'step' && where.fields[0]).toMatchObject({
      options: [
        { value: 'left', label: 'Left side' },
        { value: 'right', sources: ['guide#1.3'] },
      ],
    });
    expect(right.querySelector('summary')?.textContent).toBe(
      'Sources backing option “Right side” (1 linked)',
    );
  });

  it('keeps a reference to nothing visible, ticked, until it is unlinked', async () => {
    const doc = tracedPathway();
    doc.edges = doc.edges.map((e) => (e.id === 'e2' ? { ...e, sources: ['guide#9.9'] } : e));
    const r = await renderDesigner(doc);
    cleanup = r.unmount;
    await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
    await selectEdge(r.host, 'e2');
    const inspector = r.host.querySelector('.cw-right') as HTMLElement;
    const stray = byLabel(inspector, 'guide#9.9 (not among the pathway’s sources)');
    expect(stray.checked).toBe(true);
    await click(stray);
    expect(r.latest().edges[1]).not.toHaveProperty('sources');
  });
});

describe('editing a source’s recommendations', () => {
  it('adds one with its summary and out-of-scope reason, and renames it with every reference', async () => {
    const { inspector, latest } = await open();
    const recs = group(inspector, 'Recommendations of source 1');
    await click(button(recs, 'Add recommendation'));
    await typeInto(byLabel(recs, 'Source 1 recommendation 4 summary'), 'Check the blood count.');
    await typeInto(byLabel(recs, 'Source 1 recommendation 4 out of scope because'), 'Primary care does it.');
    expect(latest().sources[0]?.recommendations?.[3]).toEqual({
      id: '4',
      summary: 'Check the blood count.',
      outOfScope: 'Primary care does it.',
    });
    await typeInto(byLabel(recs, 'Source 1 recommendation 1 id'), '1.2');
    expect(recs.textContent).toContain('This source already has a recommendation with this id.');
    await typeInto(byLabel(recs, 'Source 1 recommendation 1 id'), '1.1.1');
    await click(button(recs, 'Rename Source 1 recommendation 1 id'));
    expect(latest().sources[0]?.recommendations?.[0]?.id).toBe('1.1.1');
    expect(latest().edges[1]?.sources).toEqual(['guide#1.1.1']);
    expect(await axeViolations(inspector)).toEqual([]);
  });
});
