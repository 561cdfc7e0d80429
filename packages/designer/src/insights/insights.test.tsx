import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { UsageRecord } from '../core.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { axeViolations, button, byLabel, click, openBottomTab, renderDesigner } from '../test-utils.js';
import { chooseFiles, handMadeRecords, ndjsonFile } from './test-records.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function open() {
  const r = await renderDesigner(smallPathway());
  cleanup = r.unmount;
  await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
  const panel = await openBottomTab(r.host, 'Insights');
  return { ...r, panel };
}

/** The text of each cell of a table's rows, the row header first. */
function rows(table: Element | null | undefined): string[][] {
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
    [...tr.children].map((c) => c.textContent?.trim() ?? ''),
  );
}

const table = (root: Element, caption: string) =>
  [...root.querySelectorAll('table')].find((t) => t.caption?.textContent?.startsWith(caption));

function otherPathwayRecord(): UsageRecord {
  const [first] = handMadeRecords(smallPathway());
  if (!first) throw new Error('no record');
  return { ...first, pathway: { ...first.pathway, id: 'another' } };
}

async function loadHandMade(panel: HTMLElement) {
  const records = handMadeRecords(smallPathway());
  const lines = [
    records[0] as UsageRecord,
    records[1] as UsageRecord,
    'not json 9990001234',
    '{"patient":"Jane Smith"}',
    records[2] as UsageRecord,
    otherPathwayRecord(),
  ];
  await chooseFiles(byLabel(panel, 'Load usage records'), [ndjsonFile('usage.ndjson', lines)]);
  await expect
    .poll(() => panel.querySelector('[role="status"]')?.textContent)
    .toBe('4 records loaded from usage.ndjson (not saved).');
}

describe('the insights panel', () => {
  it('is accessible before and after records are loaded, and says they are not saved', async () => {
    const { panel } = await open();
    expect(panel.querySelector('h2')?.textContent).toBe('Insights: how the pathway is really used');
    expect(panel.textContent).toContain('not saved');
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('No usage records loaded.');
    expect(byLabel(panel, 'Load usage records').multiple).toBe(true);
    expect(await axeViolations(panel)).toEqual([]);
    await loadHandMade(panel);
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('shows core’s figures for hand-made records: sessions, statuses, versions, what was left out', async () => {
    const { panel } = await open();
    await loadHandMade(panel);
    const figure = (name: string) => panel.querySelector(`[data-figure="${name}"]`)?.textContent;
    expect(figure('sessions')).toBe('3');
    expect(figure('completed')).toBe('2');
    expect(figure('abandoned')).toBe('1');
    expect(figure('in-progress')).toBe('0');
    expect(panel.textContent).toContain('median 28 s, 90th percentile 30 s');
    expect(panel.textContent).toContain('Left out: 1 record of other pathways');
    expect(panel.textContent).toContain('1.0.0');
    expect(panel.textContent).toContain('3 sessions (this clinical content)');
    expect(panel.textContent).toContain(
      'Every node, connection and question the records name is in this version.',
    );
  });

  it('lists skipped lines by number, never their content', async () => {
    const { panel } = await open();
    await loadHandMade(panel);
    const skipped = panel.querySelector('[aria-labelledby="cw-insights-skipped"]');
    expect(skipped?.textContent).toContain('usage.ndjson: 2 lines of 6 skipped.');
    expect(skipped?.textContent).toContain('Line 3: The line is not JSON.');
    expect(skipped?.textContent).toContain('Line 4:');
    for (const secret of ['9990001234', 'Jane', 'Smith', 'patient'])
      expect(panel.textContent, secret).not.toContain(secret);
  });

  it('tables the slowest steps, the outcomes beside the questions asked, prefills and changes', async () => {
    const { panel } = await open();
    await loadHandMade(panel);
    for (const t of panel.querySelectorAll('table')) {
      expect(t.caption?.textContent).toBeTruthy();
      expect(t.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThan(2);
    }
    expect(rows(table(panel, 'Slowest steps'))).toEqual([['Symptoms', '4', '15 s', '34 s', '1 (33%)', '0%']]);
    await expect
      .poll(() => rows(table(panel, 'Outcomes')))
      .toEqual([
        ['Refer urgently', '2', '2', '1', '50%', '30 s', '30 s'],
        ['Manage in primary care', '2', '2', '1', '50%', '25 s', '25 s'],
      ]);
    expect(rows(table(panel, 'Prefilled answers most often overridden'))).toEqual([
      ['Age (Symptoms)', '2', '1', '50%'],
    ]);
    expect(rows(table(panel, 'Answers most often changed'))).toEqual([
      ['Rectal bleeding? (Symptoms)', '3', '1 (33%)', '1'],
      ['Age (Symptoms)', '3', '1 (33%)', '1'],
    ]);
  });

  it('shows a step’s figures in the panel and the inspector when it is chosen', async () => {
    const { host, panel } = await open();
    await loadHandMade(panel);
    await click(button(table(panel, 'Slowest steps') as HTMLElement, 'Symptoms'));
    const inspector = host.querySelector('.cw-right') as HTMLElement;
    for (const where of [inspector, panel]) {
      const figures = where.querySelector('.cw-step-figures') as HTMLElement;
      expect(figures.querySelector('h3')?.textContent).toBe('Usage of “Symptoms”');
      const fig = (name: string) => figures.querySelector(`[data-figure="${name}"]`)?.textContent;
      expect(fig('visits')).toBe('4');
      expect(fig('sessions')).toBe('3 of 3 (100%)');
      expect(fig('time')).toBe('median 15 s, 90th percentile 34 s');
      expect(fig('abandoned')).toBe('1 (33%)');
      expect(fig('backs')).toBe('0 times (0% of its sessions)');
      expect(rows(figures.querySelector('table'))).toEqual([
        ['Rectal bleeding?', '1 (33%)', '0', '0'],
        ['Age', '1 (33%)', '2', '1 (50%)'],
      ]);
    }
    expect(await axeViolations(inspector)).toEqual([]);
    await act(async () => host.querySelector<HTMLElement>('.react-flow__node[data-id="manage"]')?.click());
    await expect
      .poll(() => inspector.querySelector('.cw-step-figures [data-figure="backs"]')?.textContent)
      .toBe('1 time (100% of its sessions)');
  });

  it('tries the views with synthetic records from core, labelled as synthetic, and removes them', async () => {
    const { host, panel } = await open();
    await click(button(panel, 'Try with synthetic records'));
    await expect
      .poll(() => panel.querySelector('[role="status"]')?.textContent, { timeout: 15_000 })
      .toBe('500 records loaded from Synthetic records (500 sessions, seed 1) (not saved).');
    expect(panel.querySelector('[data-synthetic]')?.textContent).toContain('Synthetic records.');
    expect(panel.querySelector('[data-figure="sessions"]')?.textContent).toBe('500');
    await act(async () => host.querySelector<HTMLElement>('.react-flow__node[data-id="symptoms"]')?.click());
    expect(host.querySelector('.cw-right .cw-step-figures h3')?.textContent).toBe(
      'Usage of “Symptoms” (synthetic records)',
    );
    await click(button(panel, 'Remove the loaded records'));
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('No usage records loaded.');
    expect(host.querySelector('.cw-step-figures')).toBeNull();
  });
});
