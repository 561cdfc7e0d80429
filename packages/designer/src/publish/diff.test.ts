import { describe, expect, it } from 'vitest';
import { smallPathway } from '../test-fixtures.js';
import { moveNodes, removeElements, updateNode } from '../model/node-commands.js';
import { setCondition } from '../model/edge-commands.js';
import { updateField } from '../model/field-commands.js';
import { diffPathways } from './diff.js';

describe('diffPathways', () => {
  it('does not count moving boxes as a clinical change', () => {
    const before = smallPathway();
    const diff = diffPathways(before, moveNodes({ triage: { x: 999, y: 9 } }).apply(before));
    expect(diff.changes).toEqual([]);
    expect(diff.nodes.size).toBe(0);
    expect(diff.layoutOnly).toBe(true);
  });

  it('colours added, removed and changed nodes and says what changed in words', () => {
    const before = smallPathway();
    let after = removeElements(['manage'], []).apply(before);
    after = updateField('symptoms', 'age', 'minimum', (f) => ({ ...f, min: 18 })).apply(after);
    after = setCondition('e2', 'bleeding').apply(after);
    after = {
      ...after,
      nodes: [...after.nodes, { kind: 'info', id: 'advice', title: 'Advice', body: 'Read.' }],
    };
    const diff = diffPathways(before, after);
    expect(Object.fromEntries(diff.nodes)).toEqual({
      symptoms: 'changed',
      manage: 'removed',
      advice: 'added',
    });
    expect(diff.changes).toContain('Changed step “Symptoms”: question “Age” min: 0 → 18');
    expect(diff.changes).toContain('Added info “Advice”');
    expect(diff.changes).toContain('Removed outcome “Manage in primary care”');
    expect(diff.changes).toContain(
      'Changed route from “Triage” to “Refer urgently”: when: “bleeding or age >= 60” → “bleeding”',
    );
    expect(diff.changes).toContain('Removed route from “Triage” to “Manage in primary care”');
    expect(diff.removedNodes.map((n) => n.id)).toEqual(['manage']);
  });

  it('reports a renamed outcome title', () => {
    const before = smallPathway();
    const diff = diffPathways(
      before,
      updateNode('refer', 'title', (n) => ({ ...n, title: 'Refer (2WW)' })).apply(before),
    );
    expect(diff.changes).toEqual(['Changed outcome “Refer (2WW)”: title: “Refer urgently” → “Refer (2WW)”']);
  });
});
