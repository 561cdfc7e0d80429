import { describe, expect, it } from 'vitest';
import { smallPathway } from '../test-fixtures.js';
import { previewSnapshot } from './snapshot.js';

describe('previewSnapshot', () => {
  it('stops where the answers run out: on the first page none of whose questions they give', () => {
    expect(previewSnapshot(smallPathway(), {}, {})?.state).toMatchObject({
      route: ['symptoms'],
      phase: 'page',
      answers: {},
    });
  });

  it('goes on to the outcome the answers lead to, ready to review', () => {
    const snapshot = previewSnapshot(smallPathway(), { bleeding: false, age: 72 }, {});
    expect(snapshot?.pathway.id).toBe('small');
    expect(snapshot?.state).toMatchObject({
      route: ['symptoms', 'triage', 'refer'],
      phase: 'review',
      answers: { bleeding: false, age: 72 },
    });
  });

  it('stops on arriving at the node asked for, before answering it', () => {
    const doc = smallPathway();
    doc.nodes.splice(1, 0, {
      kind: 'step',
      id: 'more',
      title: 'More',
      fields: [{ id: 'pain', type: 'boolean', label: 'Pain?' }],
    });
    doc.edges[0] = { id: 'e1', from: 'symptoms', to: 'more' };
    doc.edges.push({ id: 'e4', from: 'more', to: 'triage' });
    const answers = { bleeding: true, age: 50, pain: true };
    expect(previewSnapshot(doc, answers, {}, 'more')?.state).toMatchObject({
      route: ['symptoms', 'more'],
      phase: 'page',
    });
    expect(previewSnapshot(doc, answers, {})?.state.route).toEqual(['symptoms', 'more', 'triage', 'refer']);
  });

  it('gives nothing for a pathway the engine cannot run', () => {
    expect(previewSnapshot({ ...smallPathway(), nodes: undefined } as never, {}, {})).toBeUndefined();
  });
});
