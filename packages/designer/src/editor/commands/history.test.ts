import { describe, expect, it } from 'vitest';
import { smallPathway } from '../test-fixtures.js';
import { emptyHistory, execute, redo, undo } from './history.js';
import { moveNodes, updateNode } from './node-commands.js';
import { command } from './command.js';

describe('command history', () => {
  it('records a command with its name, label and the documents around it', () => {
    const doc = smallPathway();
    const { history, doc: after } = execute(
      emptyHistory,
      doc,
      updateNode('triage', 'title', (n) => ({ ...n, title: 'Sort' })),
      1000,
    );
    expect(history.past).toHaveLength(1);
    expect(history.past[0]).toMatchObject({ name: 'update-node', clinical: true, before: doc, after });
    expect(after.nodes[1]?.title).toBe('Sort');
    expect(doc.nodes[1]?.title).toBe('Triage');
  });

  it('undoes and redoes back to the very same documents', () => {
    const doc = smallPathway();
    const one = execute(
      emptyHistory,
      doc,
      updateNode('triage', 'title', (n) => ({ ...n, title: 'A' })),
      0,
    );
    const back = undo(one.history);
    expect(back?.doc).toBe(doc);
    const again = back && redo(back.history);
    expect(again?.doc).toBe(one.doc);
    expect(undo(emptyHistory)).toBeUndefined();
    expect(redo(emptyHistory)).toBeUndefined();
  });

  it('ignores a command that changes nothing, and a new edit clears the redo stack', () => {
    const doc = smallPathway();
    const none = execute(
      emptyHistory,
      doc,
      command('noop', 'Nothing', (d) => d),
      0,
    );
    expect(none.history).toBe(emptyHistory);
    const one = execute(
      emptyHistory,
      doc,
      updateNode('triage', 'title', (n) => ({ ...n, title: 'A' })),
      0,
    );
    const back = undo(one.history);
    const other =
      back &&
      execute(
        back.history,
        back.doc,
        updateNode('refer', 'title', (n) => ({ ...n, title: 'B' })),
        5000,
      );
    expect(other?.history.future).toHaveLength(0);
  });

  it('merges typing in one box into one undo step, but not edits far apart in time', () => {
    const doc = smallPathway();
    const typed = (text: string) => updateNode('triage', 'title', (n) => ({ ...n, title: text }));
    let state = execute(emptyHistory, doc, typed('S'), 0);
    state = execute(state.history, state.doc, typed('So'), 300);
    state = execute(state.history, state.doc, typed('Sor'), 600);
    expect(state.history.past).toHaveLength(1);
    expect(undo(state.history)?.doc).toBe(doc);
    state = execute(state.history, state.doc, typed('Sort'), 10_000);
    expect(state.history.past).toHaveLength(2);
  });

  it('marks moving boxes as a layout change, not a clinical one', () => {
    const doc = smallPathway();
    const { history, doc: after } = execute(emptyHistory, doc, moveNodes({ triage: { x: 5, y: 6 } }), 0);
    expect(history.past[0]?.clinical).toBe(false);
    expect(after.layout?.nodes['triage']).toEqual({ x: 5, y: 6 });
    expect(after.nodes).toBe(doc.nodes);
  });
});
