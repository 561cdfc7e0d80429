import { describe, expect, it } from 'vitest';
import { smallPathway } from '../test-fixtures.js';
import { routeClasses } from './run.js';
import { answersReaching } from './witness.js';

describe('the preview’s run', () => {
  it('highlights the preview route and the current node', () => {
    const { nodes, edges } = routeClasses(
      { answers: {}, context: {}, route: ['symptoms', 'triage', 'refer'], current: 'refer' },
      smallPathway().edges,
    );
    expect(nodes.get('refer')).toBe('cw-current cw-visited');
    expect(nodes.get('symptoms')).toBe('cw-visited');
    expect([...edges.keys()]).toEqual(['e1', 'e2']);
  });

  it('finds answers that lead to a node from a known run, keeping only those asked before it', () => {
    const doc = smallPathway();
    const run = { answers: { bleeding: true, age: 70 }, route: ['symptoms', 'triage', 'refer'] };
    expect(answersReaching(doc, 'triage', [run])).toEqual({ bleeding: true, age: 70 });
    expect(answersReaching(doc, 'symptoms', [run])).toEqual({});
    expect(answersReaching(doc, 'manage', [run])).toBeUndefined();
  });
});
