import { describe, expect, it } from 'vitest';
import { searchPathway } from './SearchBox.js';
import { noDecorations } from '../editor/decorations.js';
import { projectEdges, projectNodes } from './projection.js';
import { readingOrder } from '../outline/order.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { updateNode } from '../editor/commands/node-commands.js';

describe('projections of the document', () => {
  it('keeps unchanged canvas nodes identical, so only what changed re-renders', () => {
    const doc = smallPathway();
    const first = projectNodes(doc, { nodes: [], edges: [] }, noDecorations, []);
    const edited = updateNode('refer', 'title', (n) => ({ ...n, title: 'Refer now' })).apply(doc);
    const second = projectNodes(edited, { nodes: [], edges: [] }, noDecorations, first);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).not.toBe(first[2]);
    // the decision lists the outcome's title among its branches, so it changes too
    expect(second[1]).not.toBe(first[1]);
  });

  it('labels edges with their condition or "otherwise"', () => {
    const edges = projectEdges(smallPathway(), { nodes: [], edges: ['e2'] }, noDecorations);
    expect(edges.map((e) => e.label)).toEqual(['otherwise', 'bleeding or age >= 60', 'otherwise']);
    expect(edges[1]?.selected).toBe(true);
    expect(edges[1]?.ariaLabel).toBe('Route 1 from Triage to Refer urgently: bleeding or age >= 60');
  });

  it('lists nodes in reading order from the start, then the unreachable ones', () => {
    const doc = smallPathway();
    doc.nodes.push({ kind: 'info', id: 'orphan', title: 'Orphan', body: '' });
    expect(readingOrder(doc).map((n) => n.id)).toEqual(['symptoms', 'triage', 'refer', 'manage', 'orphan']);
  });

  it('finds nodes and questions by name', () => {
    expect(searchPathway(smallPathway(), 'bleed').map((h) => h.text)).toEqual([
      '“Rectal bleeding?” in Symptoms',
    ]);
    expect(searchPathway(smallPathway(), 'TRIAGE').map((h) => h.nodeId)).toEqual(['triage']);
    expect(searchPathway(smallPathway(), ' ')).toEqual([]);
  });
});
