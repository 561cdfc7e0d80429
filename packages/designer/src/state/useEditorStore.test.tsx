import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '../core.js';
import { updateNode } from '../editor/commands/node-commands.js';
import type { EditorState, EditorStore } from '../editor/store.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { render } from '../test-utils.js';
import { useControlledEditorStore } from './useEditorStore.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const rename = (title: string) => updateNode('triage', 'title', (n) => ({ ...n, title }));

/** Renders a host holding a pathway value, with the store over it; `keep: false` makes it ignore changes. */
async function host(first: Pathway, keep = true) {
  const seen: {
    state?: EditorState;
    store?: EditorStore;
    emitted: Pathway[];
    open?: (doc: Pathway) => void;
  } = {
    emitted: [],
  };
  function Host() {
    const [value, setValue] = useState(first);
    seen.open = setValue;
    const { store, state } = useControlledEditorStore(value, (next) => {
      seen.emitted.push(next);
      if (keep) setValue(next);
    });
    seen.store = store;
    seen.state = state;
    return null;
  }
  cleanup = (await render(<Host />)).unmount;
  return seen;
}

describe('useControlledEditorStore', () => {
  it('hands every edit, undo and redo to onChange, and shows the store’s state', async () => {
    const first = smallPathway();
    const seen = await host(first);
    await act(async () => seen.store?.run(rename('Sort')));
    expect(seen.emitted.map((d) => d.nodes[1]?.title)).toEqual(['Sort']);
    expect(seen.state?.history.past).toHaveLength(1);
    await act(async () => seen.store?.undo());
    await act(async () => seen.store?.redo());
    expect(seen.emitted.map((d) => d.nodes[1]?.title)).toEqual(['Sort', 'Triage', 'Sort']);
    expect(seen.emitted[1]).toBe(first);
    expect(seen.state?.doc).toBe(seen.emitted[2]);
  });

  it('opens a value that did not come from the store with a fresh history, telling no one', async () => {
    const seen = await host(smallPathway());
    await act(async () => seen.store?.run(rename('Sort')));
    const other = { ...smallPathway(), id: 'other' };
    await act(async () => seen.open?.(other));
    expect(seen.state?.doc).toBe(other);
    expect(seen.state?.history.past).toEqual([]);
    expect(seen.store?.getSnapshot().doc).toBe(other);
    expect(seen.emitted).toHaveLength(1);
  });

  it('goes back to the host’s value when the host does not take a change', async () => {
    const first = smallPathway();
    const seen = await host(first, false);
    await act(async () => seen.store?.run(rename('Sort')));
    expect(seen.emitted).toHaveLength(1);
    expect(seen.state?.doc).toBe(first);
    expect(seen.store?.getSnapshot()).toMatchObject({ doc: first, history: { past: [] } });
  });
});
