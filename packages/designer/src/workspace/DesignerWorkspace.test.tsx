import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTOSAVE_MS } from '../storage/useWorkspace.js';
import { Workspace } from '../storage/workspace.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { axeViolations, button, byLabel, click, render, typeInto } from '../test-utils.js';
import { DesignerWorkspace } from './DesignerWorkspace.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
let n = 0;
const seeds = [smallPathway()];
const freshName = () => `careway-ws-test-${Date.now()}-${(n += 1)}`;

async function mount(dbName: string, open?: (name?: string) => Promise<Workspace>) {
  const r = await render(<DesignerWorkspace seeds={seeds} dbName={dbName} {...(open ? { open } : {})} />);
  cleanups.push(r.unmount);
  await expect
    .poll(() => r.host.querySelector('.cw-save-status')?.textContent)
    .toBe('All changes saved in this browser');
  return r;
}

const title = (host: HTMLElement) => byLabel(host.querySelector('.cw-right') as HTMLElement, 'Pathway title');
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

async function stored(dbName: string) {
  const ws = await Workspace.open(dbName);
  const s = await ws.load('small');
  ws.close();
  return s;
}

describe('<DesignerWorkspace>', () => {
  it('opens the example pathways on first start, accessibly', async () => {
    const { host } = await mount(freshName());
    expect(byLabel<HTMLSelectElement>(host, 'Pathway').value).toBe('small');
    expect(await axeViolations(host.querySelector('.cw-workspace__bar') as HTMLElement)).toEqual([]);
  });

  it('autosaves every edit, so a new page finds it', async () => {
    const dbName = freshName();
    const first = await mount(dbName);
    await typeInto(title(first.host), 'Small pathway, edited');
    expect(first.host.querySelector('.cw-save-status')?.textContent).toBe('Saving…');
    await wait(AUTOSAVE_MS + 200);
    await expect.poll(async () => (await stored(dbName))?.doc.title).toBe('Small pathway, edited');
    first.unmount();
    const again = await mount(dbName);
    expect(title(again.host).value).toBe('Small pathway, edited');
  });

  it('refuses a malformed file with the list of what is wrong, changing nothing', async () => {
    const dbName = freshName();
    const { host } = await mount(dbName);
    const input = host.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    const broken = {
      ...smallPathway(),
      id: 'Bad Id',
      nodes: [{ kind: 'step', id: 'x', title: 'X', fields: [] }],
    };
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(broken)], 'broken.json', { type: 'application/json' }));
    input.files = files.files;
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await expect
      .poll(() => host.querySelector('[role="alert"]')?.textContent ?? '')
      .toContain('“broken.json” was not opened');
    const alert = host.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain('Nothing in your workspace was changed');
    expect(alert.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(await axeViolations(alert)).toEqual([]);
    const ws = await Workspace.open(dbName);
    expect((await ws.list()).map((e) => e.id)).toEqual(['small']);
    ws.close();
    const notJson = new DataTransfer();
    notJson.items.add(new File(['{ nope'], 'nope.json'));
    input.files = notJson.files;
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await expect
      .poll(() => host.querySelector('[role="alert"]')?.textContent ?? '')
      .toMatch(/The file is not valid JSON: at line 1, column \d+, /);
  });

  it('opens a valid file as a new pathway, and a clashing id as a copy', async () => {
    const { host } = await mount(freshName());
    const input = host.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(smallPathway())], 'small.json'));
    input.files = files.files;
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await expect.poll(() => host.textContent ?? '').toContain('already has a pathway with the id');
    await click(button(host, 'Keep both (open the file as a copy)'));
    await expect.poll(() => byLabel<HTMLSelectElement>(host, 'Pathway').value).toBe('small-copy-1');
  });

  it('detects an edit from another tab and offers the choice', async () => {
    const dbName = freshName();
    const a = await mount(dbName);
    const b = await mount(dbName);
    await typeInto(title(a.host), 'Edited in A');
    await wait(AUTOSAVE_MS + 200);
    // B had no edits of its own: it follows A.
    await expect.poll(() => title(b.host).value).toBe('Edited in A');
    // Both edit before either saves: the later save is refused and offered as a choice.
    await typeInto(title(a.host), 'A again');
    await typeInto(title(b.host), 'B meanwhile');
    await wait(AUTOSAVE_MS + 400);
    const conflicted = [a, b].find((x) => x.host.querySelector('.cw-banner--warning'));
    expect(conflicted).toBeDefined();
    const banner = conflicted?.host.querySelector('.cw-banner--warning') as HTMLElement;
    expect(banner.textContent).toContain('Autosave is paused');
    expect(await axeViolations(banner)).toEqual([]);
    await click(button(banner, 'Keep this version (replace the other)'));
    const kept = title(conflicted?.host as HTMLElement).value;
    await expect.poll(async () => (await stored(dbName))?.doc.title).toBe(kept);
  });

  it('reports a full storage quota without losing the open work', async () => {
    const open = async (name?: string) => {
      const ws = await Workspace.open(name);
      ws.save = async (doc, expected) =>
        expected === 0
          ? Workspace.prototype.save.call(ws, doc, expected)
          : { ok: false, reason: 'quota', message: 'The browser has no room left to store this pathway.' };
      return ws;
    };
    const { host } = await mount(freshName(), open);
    await typeInto(title(host), 'Too big to store');
    await wait(AUTOSAVE_MS + 200);
    await expect
      .poll(() => host.querySelector('.cw-banner--error')?.textContent ?? '')
      .toContain('no room left');
    expect(title(host).value).toBe('Too big to store');
    expect(host.querySelector('.cw-save-status')?.textContent).toBe('Not saved');
  });
});
