import { describe, expect, it } from 'vitest';
import type { Pathway } from '../../core.js';
import { tracedPathway } from '../test-fixtures.js';
import {
  renameRecommendation,
  renameRecommendationProblem,
  setSources,
  toggleRef,
} from './source-commands.js';

const fieldOf = (doc: Pathway, id: string) => {
  const step = doc.nodes[0];
  if (step?.kind !== 'step') throw new Error('no step');
  return step.fields.find((f) => f.id === id);
};

describe('source commands', () => {
  it('adds a reference once and removes it', () => {
    expect(toggleRef(undefined, 'guide#1.1', true)).toEqual(['guide#1.1']);
    expect(toggleRef(['guide#1.1'], 'guide#1.1', true)).toEqual(['guide#1.1']);
    expect(toggleRef(['guide', 'guide#1.1'], 'guide', false)).toEqual(['guide#1.1']);
  });

  it('sets the sources of a node, a connection, a question and a red flag, leaving none as no key', () => {
    const doc = tracedPathway();
    const cmd = setSources({ kind: 'node', nodeId: 'manage' }, ['guide#1.3']);
    expect(cmd.label).toBe('Change sources of "manage"');
    let next = cmd.apply(doc);
    expect(next.nodes[3]?.sources).toEqual(['guide#1.3']);
    next = setSources({ kind: 'edge', edgeId: 'e2' }, []).apply(next);
    expect(next.edges[1]).not.toHaveProperty('sources');
    next = setSources({ kind: 'field', nodeId: 'symptoms', fieldId: 'age' }, ['guide']).apply(next);
    expect(fieldOf(next, 'age')?.sources).toEqual(['guide']);
    next = setSources({ kind: 'red-flag', nodeId: 'symptoms', fieldId: 'bleeding' }, []).apply(next);
    expect(fieldOf(next, 'bleeding')?.redFlag).toEqual({ urgency: 'suspected-cancer' });
  });

  it('sets the sources of one option of a question', () => {
    const doc = tracedPathway();
    const step = doc.nodes[0];
    if (step?.kind !== 'step') throw new Error('no step');
    step.fields.push({
      id: 'where',
      type: 'choice',
      label: 'Where?',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    });
    const next = setSources({ kind: 'option', nodeId: 'symptoms', fieldId: 'where', value: 'b' }, [
      'guide#1.1',
    ]).apply(doc);
    const where = fieldOf(next, 'where');
    expect(where && 'options' in where && where.options).toEqual([
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B', sources: ['guide#1.1'] },
    ]);
  });

  it('renames a recommendation and every reference to it, in one command', () => {
    const next = renameRecommendation('guide', '1.1', '1.1.1').apply(tracedPathway());
    expect(next.sources[0]?.recommendations?.map((r) => r.id)).toEqual(['1.1.1', '1.2', '1.3']);
    expect(fieldOf(next, 'bleeding')?.redFlag?.sources).toEqual(['guide#1.1.1']);
    expect(next.nodes[2]?.sources).toEqual(['guide#1.1.1']);
    expect(next.edges[1]?.sources).toEqual(['guide#1.1.1']);
  });

  it('refuses a recommendation id that is taken or not written as a guideline numbers it', () => {
    const doc = tracedPathway();
    const source = doc.sources[0];
    if (!source) throw new Error('no source');
    expect(renameRecommendationProblem(source, '1.1', '1.2')).toContain('already has');
    expect(renameRecommendationProblem(source, '1.1', '1 1')).toContain('Use letters, digits');
    expect(renameRecommendationProblem(source, '1.1', '1.4')).toBeUndefined();
    expect(renameRecommendation('guide', '1.1', '1.2').apply(doc)).toBe(doc);
  });
});
