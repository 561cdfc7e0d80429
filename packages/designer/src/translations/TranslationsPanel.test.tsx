import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { textKeys, type Pathway } from '../core.js';
import { smallPathway } from '../editor/test-fixtures.js';
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

const BLEEDING = 'Welsh: Question “Rectal bleeding?” — label';
const SAFETY = 'Welsh: Outcome “Refer urgently” — safety netting';

function withWelsh(cy: Record<string, string>): Pathway {
  return { ...smallPathway(), translations: { cy } };
}

async function open(doc: Pathway = smallPathway()) {
  const r = await renderDesigner(doc);
  cleanup = r.unmount;
  const panel = await openBottomTab(r.host, 'Translations');
  const undoButton = () => button(r.host.querySelector('[role="toolbar"]') as HTMLElement, 'Undo');
  return { ...r, panel, undoButton, cy: () => r.latest().translations?.cy };
}

/** Types into a Welsh box and leaves it, as an author finishes an edit. */
async function translate(box: HTMLInputElement | HTMLTextAreaElement, text: string) {
  await act(async () => box.focus());
  await typeInto(box, text);
  await act(async () => box.blur());
}

const keysShown = (panel: HTMLElement) =>
  [...panel.querySelectorAll('.cw-translations__table .cw-translations__key')].map((c) => c.textContent);
const status = (panel: HTMLElement) => panel.querySelector('[role="status"]')?.textContent ?? '';

describe('the translations panel', () => {
  it('is accessible, with translated, untranslated and stale texts', async () => {
    const { panel } = await open(
      withWelsh({ 'node.symptoms.title': 'Symptomau', 'field.gone.label': 'Hen' }),
    );
    expect(panel.querySelector('h2')?.textContent).toBe('Welsh translations');
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('lists every text key core lists, with its English text and where it is', async () => {
    const doc = smallPathway();
    const { panel } = await open(doc);
    expect(keysShown(panel)).toEqual(textKeys(doc).map((t) => t.key));
    const row = byLabel(panel, BLEEDING).closest('tr');
    expect(row?.querySelector('th')?.textContent).toBe(
      'Question “Rectal bleeding?” — labelfield.bleeding.label',
    );
    expect(row?.querySelector('td')?.textContent).toBe('Rectal bleeding?');
    expect(byLabel(panel, 'Welsh: Question “Age” — unit').tagName).toBe('INPUT');
    expect(byLabel(panel, SAFETY).tagName).toBe('TEXTAREA');
    expect(status(panel)).toBe(`0 of ${textKeys(doc).length} translated.`);
  });

  it('writes translations.cy[key] through one undoable command per finished edit', async () => {
    const { host, panel, cy, undoButton } = await open();
    const box = byLabel(panel, BLEEDING);
    await act(async () => box.focus());
    await typeInto(box, 'Gwaedu');
    await typeInto(box, 'Gwaedu o’r rectwm?');
    expect(cy()).toBeUndefined();
    await act(async () => box.blur());
    expect(cy()).toEqual({ 'field.bleeding.label': 'Gwaedu o’r rectwm?' });
    expect(undoButton().title).toBe('Undo: Translate question “Rectal bleeding?” — label (Ctrl+Z)');
    await click(undoButton());
    expect(cy()).toBeUndefined();
    expect(byLabel(panel, BLEEDING).value).toBe('');
    expect(undoButton().disabled).toBe(true);
    await click(button(host.querySelector('[role="toolbar"]') as HTMLElement, 'Redo'));
    expect(cy()?.['field.bleeding.label']).toBe('Gwaedu o’r rectwm?');
    expect(byLabel(panel, BLEEDING).value).toBe('Gwaedu o’r rectwm?');
  });

  it('commits a one-line box on Enter, a long text on Ctrl+Enter, and Escape or Ctrl+Z drops the typing', async () => {
    const { panel, cy } = await open();
    const press = (el: Element, init: KeyboardEventInit) =>
      act(async () => el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init })));
    const box = byLabel(panel, BLEEDING);
    await typeInto(box, 'Gwaedu?');
    await press(box, { key: 'Enter' });
    expect(cy()?.['field.bleeding.label']).toBe('Gwaedu?');
    const long = byLabel<HTMLTextAreaElement>(panel, SAFETY);
    await typeInto(long, 'Dewch yn ôl os yw’n waeth.');
    await press(long, { key: 'Enter' });
    expect(cy()?.['node.refer.safetyNetting']).toBeUndefined();
    await press(long, { key: 'Enter', ctrlKey: true });
    expect(cy()?.['node.refer.safetyNetting']).toBe('Dewch yn ôl os yw’n waeth.');
    await typeInto(box, 'Anghywir');
    await press(box, { key: 'Escape' });
    expect(box.value).toBe('Gwaedu?');
    await typeInto(box, 'Anghywir');
    await press(box, { key: 'z', ctrlKey: true });
    expect(box.value).toBe('Gwaedu?');
    expect(cy()?.['node.refer.safetyNetting']).toBe('Dewch yn ôl os yw’n waeth.');
  });

  it('removes the key when a box is emptied, undoably', async () => {
    const { panel, cy, latest, undoButton } = await open(
      withWelsh({ 'field.bleeding.label': 'Gwaedu?', 'node.triage.title': 'Brysbennu' }),
    );
    await translate(byLabel(panel, BLEEDING), '   ');
    expect(cy()).toEqual({ 'node.triage.title': 'Brysbennu' });
    expect(undoButton().title).toBe('Undo: Remove the Welsh of question “Rectal bleeding?” — label (Ctrl+Z)');
    await translate(byLabel(panel, 'Welsh: Decision “Triage” — title'), '');
    expect(latest().translations).toBeUndefined();
    await click(undoButton());
    await click(undoButton());
    expect(cy()).toEqual({ 'field.bleeding.label': 'Gwaedu?', 'node.triage.title': 'Brysbennu' });
  });

  it('counts the translated texts and can show only the untranslated ones', async () => {
    const total = textKeys(smallPathway()).length;
    const { panel } = await open(withWelsh({ 'field.bleeding.label': 'Gwaedu?' }));
    expect(status(panel)).toBe(`1 of ${total} translated.`);
    await click(byLabel(panel, 'Show only untranslated'));
    expect(keysShown(panel)).not.toContain('field.bleeding.label');
    expect(keysShown(panel)).toHaveLength(total - 1);
    await translate(byLabel(panel, 'Welsh: Question “Age” — label'), 'Oed');
    expect(status(panel)).toBe(`2 of ${total} translated.`);
    // The text just translated stays until the filter is set again, so the author does not lose their place.
    expect(keysShown(panel)).toContain('field.age.label');
    await click(byLabel(panel, 'Show only untranslated'));
    await click(byLabel(panel, 'Show only untranslated'));
    expect(keysShown(panel)).toHaveLength(total - 2);
  });

  it('lists Welsh texts that translate nothing apart, and removes one with its Remove button', async () => {
    const { panel, cy, undoButton } = await open(
      withWelsh({ 'field.bleeding.label': 'Gwaedu?', 'field.gone.label': 'Hen gwestiwn' }),
    );
    const stale = panel.querySelector('.cw-translations__stale') as HTMLElement;
    expect(stale.textContent).toContain('field.gone.label: Hen gwestiwn');
    expect(keysShown(panel)).not.toContain('field.gone.label');
    expect(status(panel)).toBe(
      `1 of ${textKeys(smallPathway()).length} translated; 1 Welsh text translates nothing.`,
    );
    await click(button(stale, 'Remove field.gone.label'));
    expect(cy()).toEqual({ 'field.bleeding.label': 'Gwaedu?' });
    expect(panel.querySelector('.cw-translations__stale')).toBeNull();
    await click(undoButton());
    expect(cy()?.['field.gone.label']).toBe('Hen gwestiwn');
  });

  it('narrows the list to the texts of the node selected on the canvas', async () => {
    const { host, panel } = await open();
    await expect.poll(() => host.querySelectorAll('.react-flow__node').length).toBe(4);
    await act(async () => host.querySelector<HTMLElement>('.react-flow__node[data-id="symptoms"]')?.click());
    expect(keysShown(panel)).toEqual([
      'node.symptoms.title',
      'field.bleeding.label',
      'field.age.label',
      'field.age.unit',
    ]);
    await click(byLabel(panel, 'Only the texts of what is selected on the canvas'));
    expect(keysShown(panel)).toHaveLength(textKeys(smallPathway()).length);
  });
});

describe('the preview in Welsh', () => {
  it('runs the live preview with lang="cy" while the box is ticked', async () => {
    const r = await renderDesigner(withWelsh({ 'node.symptoms.title': 'Symptomau' }));
    cleanup = r.unmount;
    await click(button(r.host.querySelector('.cw-right [role="tablist"]') as HTMLElement, 'Preview'));
    const pane = r.host.querySelector('.cw-right [role="tabpanel"]') as HTMLElement;
    const element = () => pane.querySelector('careway-pathway') as HTMLElement;
    await click(byLabel(pane, 'Preview in Welsh'));
    expect(element().lang).toBe('cy');
    await expect.poll(() => element().shadowRoot?.textContent ?? '').toContain('Symptomau');
    await click(byLabel(pane, 'Preview in Welsh'));
    expect(element().lang).toBe('');
  });
});
