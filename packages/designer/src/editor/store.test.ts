import { describe, expect, it } from 'vitest';
import { command } from './commands/command.js';
import { addNode, updateNode } from './commands/node-commands.js';
import { stepModel } from './kinds/step.js';
import { noSelection } from './selection.js';
import { createEditorStore } from './store.js';
import { smallPathway } from './test-fixtures.js';

const rename = (title: string) => updateNode('triage', 'title', (n) => ({ ...n, title }));

/** A store over the small pathway, with a clock the test moves, and a count of the notifications. */
function storeOver(doc = smallPathway()) {
  const clock = { now: 0 };
  const store = createEditorStore(doc, { now: () => clock.now });
  const seen = { changes: 0 };
  store.subscribe(() => (seen.changes += 1));
  return { store, clock, seen, doc };
}

describe('the editor store', () => {
  it('holds the document, an empty history and no selection at first', () => {
    const { store, doc } = storeOver();
    expect(store.getSnapshot()).toEqual({ doc, history: { past: [], future: [] }, selection: noSelection });
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('applies named commands, records them, and undoes and redoes them', () => {
    const { store, seen, doc } = storeOver();
    store.run(addNode(stepModel.create(doc), { x: 10, y: 10 }));
    store.run(rename('Sort'));
    const edited = store.getSnapshot().doc;
    expect(edited.nodes.map((n) => n.id)).toEqual(['symptoms', 'triage', 'refer', 'manage', 'step-1']);
    expect(store.getSnapshot().history.past.map((e) => e.label)).toEqual([
      'Add step "New step"',
      'Change title of "triage"',
    ]);
    store.undo();
    store.undo();
    expect(store.getSnapshot().doc).toBe(doc);
    store.redo();
    store.redo();
    expect(store.getSnapshot().doc).toBe(edited);
    expect(seen.changes).toBe(6);
  });

  it('tells no one of a command that changes nothing, nor of an undo with nothing to undo', () => {
    const { store, seen } = storeOver();
    const before = store.getSnapshot();
    store.run(command('nothing', 'Change nothing', (doc) => doc));
    store.undo();
    store.redo();
    store.select(noSelection);
    expect(store.getSnapshot()).toBe(before);
    expect(seen.changes).toBe(0);
  });

  it('merges quick edits of the same thing into one undo step, by its clock', () => {
    const { store, clock } = storeOver();
    store.run(rename('S'));
    clock.now = 500;
    store.run(rename('So'));
    clock.now = 5000;
    store.run(rename('Sort'));
    expect(store.getSnapshot().history.past).toHaveLength(2);
  });

  it('selects, from a selection or from the previous one, without touching the document', () => {
    const { store, doc } = storeOver();
    store.select({ nodes: ['triage'], edges: [] });
    store.select((previous) => ({ ...previous, edges: ['e1'] }));
    expect(store.getSnapshot()).toMatchObject({ doc, selection: { nodes: ['triage'], edges: ['e1'] } });
    expect(store.getSnapshot().history.past).toEqual([]);
  });

  it('opens another document with a fresh history, keeping the selection', () => {
    const { store } = storeOver();
    store.run(rename('Sort'));
    store.select({ nodes: ['triage'], edges: [] });
    const other = { ...smallPathway(), id: 'other' };
    store.load(other);
    expect(store.getSnapshot()).toEqual({
      doc: other,
      history: { past: [], future: [] },
      selection: { nodes: ['triage'], edges: [] },
    });
    const same = store.getSnapshot();
    store.load(other);
    expect(store.getSnapshot()).toBe(same);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createEditorStore(smallPathway());
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    store.run(rename('A'));
    stop();
    store.run(rename('B'));
    expect(calls).toBe(1);
  });
});
