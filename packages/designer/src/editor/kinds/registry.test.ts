import { describe, expect, it } from 'vitest';
import { validate } from '../../core.js';
import { addNode } from '../commands/node-commands.js';
import { smallPathway } from '../test-fixtures.js';
import { describeNode, kindModelOf, kindModels, routeSources } from './registry.js';

describe('the node kinds’ models', () => {
  it('lists every kind in palette order, each found by its name', () => {
    expect(kindModels.map((k) => [k.kind, k.label])).toEqual([
      ['step', 'Step'],
      ['decision', 'Decision'],
      ['info', 'Information'],
      ['outcome', 'Outcome'],
    ]);
    for (const k of kindModels) expect(kindModelOf(k.kind)).toBe(k);
    expect(() => kindModelOf('nothing' as never)).toThrow('No node kind "nothing"');
  });

  it('makes new nodes with fresh ids that core’s schema accepts', () => {
    let doc = smallPathway();
    for (const k of kindModels) doc = addNode(k.create(doc), { x: 0, y: 0 }).apply(doc);
    expect(doc.nodes.slice(4).map((n) => n.id)).toEqual(['step-1', 'decision-1', 'info-1', 'outcome-1']);
    expect(validate(doc).ok).toBe(true);
  });

  it('lets routes leave every kind but outcomes, and describes each node for its accessible name', () => {
    const doc = smallPathway();
    expect(routeSources(doc).map((n) => n.id)).toEqual(['symptoms', 'triage']);
    expect(doc.nodes.map((n) => describeNode(n, doc))).toEqual([
      'Step: Symptoms. 2 questions, 1 red flag.',
      'Decision: Triage. 2 branches.',
      'Outcome: Refer urgently. Refer, Suspected cancer, within 2 weeks.',
      'Outcome: Manage in primary care. Manage in primary care, Routine, routine.',
    ]);
  });
});
