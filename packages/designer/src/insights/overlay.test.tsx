import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { summariseUsage } from '../core.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { axeViolations, button, byLabel, click, openBottomTab, renderDesigner } from '../test-utils.js';
import { edgeWidth, usageOverlay } from './overlay.js';
import { chooseFiles, handMadeRecords, ndjsonFile } from './test-records.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const summary = () => summariseUsage(smallPathway(), handMadeRecords(smallPathway()));

describe('the usage overlay’s decorations', () => {
  it('colours nodes by abandonment, with the figure in words on each', () => {
    const o = usageOverlay(summary(), 'abandonment');
    // symptoms: 1 of 3 sessions abandoned there (33%, at or above 30%); nobody gave up elsewhere.
    expect(o.nodeClasses.get('symptoms')).toBe('cw-usage cw-heat-4');
    expect(o.nodeClasses.get('triage')).toBe('cw-usage cw-heat-0');
    expect(o.marks.nodes.get('symptoms')).toEqual({
      text: 'Abandoned 1 of 3 (33%)',
      description:
        'Usage: reached in 3 of 3 sessions (100%); median 15 s per visit, 90th percentile 34 s; abandoned in 1 (33%).',
    });
    expect(o.marks.nodes.get('manage')?.description).toContain('went back from it 1 time');
    expect(o.legend.title).toBe('Colour: share of sessions abandoned at each node');
    expect(o.legend.items.map((i) => i.label)).toEqual([
      'No session abandoned here',
      'Under 5% abandoned',
      '5% to under 15%',
      '15% to under 30%',
      '30% or more',
      'No sessions',
    ]);
  });

  it('colours pages by median time in quarters of the slowest, and leaves decisions uncoloured', () => {
    const o = usageOverlay(summary(), 'time');
    // medians: symptoms 15 s (the slowest), refer 10 s, manage 4.5 s; triage is a decision
    expect(o.nodeClasses.get('symptoms')).toBe('cw-usage cw-heat-4');
    expect(o.nodeClasses.get('refer')).toBe('cw-usage cw-heat-3');
    expect(o.nodeClasses.get('manage')).toBe('cw-usage cw-heat-2');
    expect(o.nodeClasses.get('triage')).toBe('cw-usage cw-heat-none');
    expect(o.marks.nodes.get('symptoms')?.text).toBe('Median 15 s · p90 34 s');
    expect(o.marks.nodes.get('triage')?.text).toBe('Passed in 2 sessions');
    expect(o.legend.items.map((i) => i.label).slice(0, 4)).toEqual([
      'Median under 3.8 s',
      '3.8 s to under 7.5 s',
      '7.5 s to under 11 s',
      '11 s to 15 s (the slowest)',
    ]);
  });

  it('draws connections thicker the more sessions took them', () => {
    const o = usageOverlay(summary(), 'abandonment');
    // e1 was taken by 2 of 3 sessions (3 times), e2 and e3 by 1 each.
    expect(o.marks.edges.get('e1')).toEqual({
      width: edgeWidth(2 / 3),
      text: '2 sessions · 67%',
      description: 'Usage: taken in 2 of 3 sessions (67%), 3 times in all.',
    });
    expect(edgeWidth(2 / 3)).toBe(7.2);
    expect(o.marks.edges.get('e2')?.width).toBe(4.3);
    expect(o.edgeClasses.get('e1')).toBe('cw-usage-edge');
    const none = usageOverlay(summariseUsage(smallPathway(), []), 'abandonment');
    expect(none.marks.edges.get('e1')).toMatchObject({ width: 1.5, text: 'Not taken' });
    expect(none.edgeClasses.get('e1')).toBe('cw-usage-edge cw-usage-untaken');
    expect(none.nodeClasses.get('symptoms')).toBe('cw-usage cw-heat-none');
  });
});

describe('the usage overlay on the canvas', () => {
  async function openWithRecords() {
    const r = await renderDesigner(smallPathway());
    cleanup = r.unmount;
    await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
    const panel = await openBottomTab(r.host, 'Insights');
    await chooseFiles(byLabel(panel, 'Load usage records'), [
      ndjsonFile('usage.ndjson', handMadeRecords(smallPathway())),
    ]);
    await expect.poll(() => panel.querySelector('[data-figure="sessions"]')?.textContent).toBe('3');
    return { ...r, panel };
  }
  const node = (host: HTMLElement, id: string) =>
    host.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  const edge = (host: HTMLElement, id: string) => host.querySelector(`.react-flow__edge[data-id="${id}"]`);

  it('is off by default and draws nothing until switched on', async () => {
    const { host, panel } = await openWithRecords();
    const toggle = byLabel(panel, 'Show usage on the canvas');
    expect(toggle.checked).toBe(false);
    expect(host.querySelector('.cw-usage, .cw-usage-edge, .cw-legend, .cw-node__mark')).toBeNull();
    expect(byLabel(panel, 'abandonment').closest('fieldset')?.disabled).toBe(true);
  });

  it('writes the figures on nodes and connections, with a legend, and never edits the document', async () => {
    const { host, panel, latest } = await openWithRecords();
    const before = latest();
    await click(byLabel(panel, 'Show usage on the canvas'));
    await expect.poll(() => node(host, 'symptoms')?.className ?? '').toContain('cw-heat-4');
    const symptoms = node(host, 'symptoms') as HTMLElement;
    expect(symptoms.querySelector('.cw-node__mark')?.textContent).toBe('Abandoned 1 of 3 (33%)');
    expect(symptoms.getAttribute('aria-label')).toContain('abandoned in 1 (33%)');
    const e1 = edge(host, 'e1') as Element;
    const path = e1.querySelector('path.react-flow__edge-path') as SVGPathElement;
    expect(getComputedStyle(path).strokeWidth).toBe('7.2px');
    expect(e1.getAttribute('aria-label')).toContain('taken in 2 of 3 sessions (67%)');
    expect(host.querySelector('.cw-edge-label__mark')?.textContent).toBe('2 sessions · 67%');
    const legend = host.querySelector('.cw-legend') as HTMLElement;
    expect(legend.querySelector('summary')?.textContent).toBe(
      'Colour: share of sessions abandoned at each node',
    );
    expect(legend.textContent).toContain('Line thickness: share of sessions that took the connection.');
    expect(await axeViolations(legend)).toEqual([]);
    expect(await axeViolations(symptoms)).toEqual([]);

    await click(byLabel(panel, 'time'));
    await expect
      .poll(() => symptoms.querySelector('.cw-node__mark')?.textContent)
      .toBe('Median 15 s · p90 34 s');
    expect(node(host, 'refer')?.className).toContain('cw-heat-3');
    expect(legend.querySelector('summary')?.textContent).toBe('Colour: median time per visit');

    // A projection, not an edit: the document is untouched and there is nothing to undo.
    expect(latest()).toBe(before);
    expect(button(host, 'Undo').disabled).toBe(true);

    await click(byLabel(panel, 'Show usage on the canvas'));
    await expect.poll(() => host.querySelector('.cw-usage, .cw-legend, .cw-node__mark')).toBeNull();
    expect(latest()).toBe(before);
  });

  it('keeps the overlay while other panels are open, and drops it with the records', async () => {
    const { host, panel } = await openWithRecords();
    await click(byLabel(panel, 'Show usage on the canvas'));
    await openBottomTab(host, 'Friction');
    expect(node(host, 'symptoms')?.className).toContain('cw-heat-4');
    const again = await openBottomTab(host, 'Insights');
    expect(again.querySelector('[data-figure="sessions"]')?.textContent).toBe('3');
    await click(button(again, 'Remove the loaded records'));
    await act(async () => {});
    expect(host.querySelector('.cw-usage, .cw-legend')).toBeNull();
  });
});
