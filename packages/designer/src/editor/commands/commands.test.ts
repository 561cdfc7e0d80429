import { describe, expect, it } from 'vitest';
import { smallPathway } from '../test-fixtures.js';
import { copyFragment, pasteFragment, renameIdentifiers } from './clipboard.js';
import { connectionProblem } from '../document/connect.js';
import { addEdge, reorderEdge, setCondition } from './edge-commands.js';
import { addField, changeFieldType, moveField, removeField, updateField } from './field-commands.js';
import { addNode, removeElements, renameNode, setStart } from './node-commands.js';

describe('node commands', () => {
  it('adds a node with its position, and the first node of an empty pathway becomes the start', () => {
    const empty = { ...smallPathway(), nodes: [], edges: [], start: '' };
    const doc = addNode({ kind: 'info', id: 'info-1', title: 'Read', body: 'x' }, { x: 1, y: 2 }).apply(
      empty,
    );
    expect(doc.start).toBe('info-1');
    expect(doc.layout?.nodes['info-1']).toEqual({ x: 1, y: 2 });
  });

  it('deletes nodes together with the edges that touch them and their positions', () => {
    const doc = removeElements(['triage'], []).apply(smallPathway());
    expect(doc.nodes.map((n) => n.id)).toEqual(['symptoms', 'refer', 'manage']);
    expect(doc.edges).toEqual([]);
    expect(doc.layout?.nodes['triage']).toBeUndefined();
  });

  it('renames a node everywhere it is referenced, and refuses a taken id', () => {
    const doc = renameNode('refer', 'refer-2ww').apply(smallPathway());
    expect(doc.edges[1]?.to).toBe('refer-2ww');
    expect(doc.scenarios[0]?.expect.outcome).toBe('refer-2ww');
    expect(doc.layout?.nodes['refer-2ww']).toBeDefined();
    const same = smallPathway();
    expect(renameNode('refer', 'manage').apply(same)).toBe(same);
    expect(setStart('triage').apply(same).start).toBe('triage');
  });
});

describe('connections', () => {
  it('refuses connections out of an outcome, into the start, to itself and duplicates, with the reason', () => {
    const doc = smallPathway();
    expect(connectionProblem(doc, 'refer', 'manage')).toMatch(/outcome/);
    expect(connectionProblem(doc, 'triage', 'symptoms')).toMatch(/starts/);
    expect(connectionProblem(doc, 'triage', 'triage')).toMatch(/itself/);
    expect(connectionProblem(doc, 'triage', 'refer')).toMatch(/already leads/);
    expect(connectionProblem(doc, 'symptoms', 'refer')).toBeNull();
    expect(addEdge('refer', 'manage').apply(doc)).toBe(doc);
  });

  it('keeps the otherwise branch last when a conditional edge is added', () => {
    const base = removeElements([], ['e2']).apply(smallPathway());
    const doc = addEdge('triage', 'refer', 'bleeding').apply(base);
    expect(doc.edges.filter((e) => e.from === 'triage').map((e) => e.to)).toEqual(['refer', 'manage']);
  });

  it('sets and clears conditions and reorders edges', () => {
    const doc = setCondition('e3', 'age < 60').apply(smallPathway());
    expect(doc.edges[2]?.when).toBe('age < 60');
    expect(setCondition('e3', '').apply(doc).edges[2]?.when).toBeUndefined();
    const reordered = reorderEdge('e3', -1).apply(doc);
    expect(reordered.edges.map((e) => e.id)).toEqual(['e1', 'e3', 'e2']);
    expect(reorderEdge('e1', 1).apply(doc)).toBe(doc);
  });
});

describe('field commands', () => {
  it('adds, edits, moves and removes the fields of a step', () => {
    let doc = addField('symptoms', { id: 'pain', type: 'boolean', label: 'Pain?' }).apply(smallPathway());
    doc = updateField('symptoms', 'pain', 'question', (f) => ({ ...f, label: 'Abdominal pain?' })).apply(doc);
    doc = moveField('symptoms', 'pain', -1).apply(doc);
    const step = doc.nodes[0];
    expect(step?.kind === 'step' && step.fields.map((f) => `${f.id}:${f.label}`)).toEqual([
      'bleeding:Rectal bleeding?',
      'pain:Abdominal pain?',
      'age:Age',
    ]);
    doc = removeField('symptoms', 'pain').apply(doc);
    expect(doc.nodes[0]?.kind === 'step' && doc.nodes[0].fields).toHaveLength(2);
  });

  it('changes a field type keeping the common properties and adding the new type’s defaults', () => {
    const doc = changeFieldType('symptoms', 'bleeding', 'choice').apply(smallPathway());
    const field = doc.nodes[0]?.kind === 'step' ? doc.nodes[0].fields[0] : undefined;
    expect(field).toMatchObject({
      id: 'bleeding',
      type: 'choice',
      label: 'Rectal bleeding?',
      redFlag: { urgency: 'suspected-cancer' },
    });
    expect(field && 'options' in field && field.options.length).toBe(2);
  });
});

describe('copy and paste', () => {
  it('pastes nodes with fresh node, edge and field ids, rewriting the conditions inside the fragment', () => {
    const doc = smallPathway();
    const fragment = copyFragment(doc, ['symptoms', 'triage', 'refer']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
    let pasted: string[] = [];
    const after = pasteFragment(fragment, { x: 10, y: 10 }, (ids) => (pasted = ids)).apply(doc);
    expect(pasted).toEqual(['symptoms-1', 'triage-1', 'refer-1']);
    expect(after.nodes).toHaveLength(7);
    const step = after.nodes.find((n) => n.id === 'symptoms-1');
    expect(step?.kind === 'step' && step.fields.map((f) => f.id)).toEqual(['bleeding_1', 'age_1']);
    expect(after.edges.find((e) => e.from === 'triage-1')?.when).toBe('bleeding_1 or age_1 >= 60');
    expect(after.layout?.nodes['triage-1']).toEqual({ x: 10, y: 210 });
  });

  it('renames identifiers but never inside quoted text or a context fact of the same name', () => {
    expect(renameIdentifiers("age > 3 and 'age' in notes", new Map([['age', 'age_2']]))).toBe(
      "age_2 > 3 and 'age' in notes",
    );
    expect(renameIdentifiers('age > context.age', new Map([['age', 'age_2']]))).toBe('age_2 > context.age');
  });
});
