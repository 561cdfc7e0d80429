import { afterEach, describe, expect, it } from 'vitest';
import { smallPathway } from '../editor/test-fixtures.js';
import { openChannel, type WorkspaceMessage } from './channel.js';
import { isQuotaError, Workspace } from './workspace.js';

const opened: Workspace[] = [];
let n = 0;
async function fresh(): Promise<{ ws: Workspace; name: string }> {
  const name = `careway-test-${Date.now()}-${(n += 1)}`;
  const ws = await Workspace.open(name);
  opened.push(ws);
  return { ws, name };
}
afterEach(() => {
  for (const ws of opened.splice(0)) ws.close();
});

describe('the IndexedDB workspace', () => {
  it('seeds the examples on first start only', async () => {
    const { ws } = await fresh();
    expect(await ws.seed([smallPathway()])).toBe(true);
    expect((await ws.list()).map((e) => e.id)).toEqual(['small']);
    await ws.remove('small');
    expect(await ws.seed([smallPathway()])).toBe(false);
    expect(await ws.list()).toEqual([]);
  });

  it('saves with increasing revisions and survives reopening', async () => {
    const { ws, name } = await fresh();
    const first = await ws.save(smallPathway(), 0);
    expect(first.ok && first.stored.revision).toBe(1);
    const second = await ws.save({ ...smallPathway(), title: 'Renamed' }, 1);
    expect(second.ok && second.stored.revision).toBe(2);
    ws.close();
    const again = await Workspace.open(name);
    opened.push(again);
    expect((await again.load('small'))?.doc.title).toBe('Renamed');
  });

  it('refuses a save based on an old revision: another tab saved first', async () => {
    const { ws, name } = await fresh();
    await ws.save(smallPathway(), 0);
    const other = await Workspace.open(name);
    opened.push(other);
    expect((await other.save({ ...smallPathway(), title: 'Other tab' }, 1)).ok).toBe(true);
    const mine = await ws.save({ ...smallPathway(), title: 'This tab' }, 1);
    expect(mine.ok).toBe(false);
    if (!mine.ok && mine.reason === 'conflict') expect(mine.current.doc.title).toBe('Other tab');
    expect((await ws.load('small'))?.doc.title).toBe('Other tab');
  });

  it('keeps every published version and never replaces one', async () => {
    const { ws } = await fresh();
    const v = {
      pathwayId: 'small',
      version: '1.0.0',
      fileName: 'small@1.0.0.json',
      json: '{}',
      integrity: 'sha256-x',
      publishedAt: '2026-01-01T00:00:00Z',
    };
    expect(await ws.addVersion(v)).toBe(true);
    expect(await ws.addVersion({ ...v, json: '{"changed":1}' })).toBe(false);
    await ws.addVersion({ ...v, version: '1.1.0', publishedAt: '2026-02-01T00:00:00Z' });
    expect((await ws.versions('small')).map((x) => [x.version, x.json])).toEqual([
      ['1.0.0', '{}'],
      ['1.1.0', '{}'],
    ]);
  });

  it('recognises the browser refusing to store more', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('tells other tabs about saves, but not the tab itself', async () => {
    const heard: WorkspaceMessage[] = [];
    const a = openChannel('chan-test', 'tab-a', (m) => heard.push(m));
    const b = openChannel('chan-test', 'tab-b', () => {});
    b.post({ type: 'saved', id: 'small', revision: 3 });
    a.post({ type: 'saved', id: 'small', revision: 4 });
    await expect.poll(() => heard.length).toBe(1);
    expect(heard[0]).toEqual({ type: 'saved', id: 'small', revision: 3, tab: 'tab-b' });
    a.close();
    b.close();
  });
});
