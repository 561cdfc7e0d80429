/**
 * A pathway built to make the analysis's answer space explode: many optional
 * multiple-choice questions on one page, every condition reading whether each
 * was answered, each name mentioned many times. The benchmark measures the
 * analysis on it and the tests check that the budget holds; it is not
 * exported from the package.
 */
import type { Pathway } from '../engine/doc.js';
import type { PathwayNode } from '../schema/nodes.js';

const end = (id: string, title: string): PathwayNode => ({
  id,
  kind: 'outcome',
  title,
  disposition: 'other',
  urgency: 'routine',
  timeframe: 'now',
  actor: 'Clinician',
  requires: [],
});

/** `questions` optional multiple-choice questions of six options, read together through `answered(…)`. */
export function explodingPathway(questions: number): Pathway {
  const ids = Array.from({ length: questions }, (_, i) => `q${i + 1}`);
  const options = ['a', 'b', 'c', 'd', 'e', 'f'].map((v) => ({ value: v, label: `Option ${v}` }));
  const any = ids.map((id) => `answered(${id})`).join(' or ');
  return {
    schemaVersion: 1,
    id: 'exploding',
    version: '1.0.0',
    title: `${questions} optional answers read together`,
    status: 'draft',
    approvals: [],
    sources: [],
    context: [],
    start: 'ask',
    nodes: [
      {
        id: 'ask',
        kind: 'step',
        title: 'Ask',
        fields: ids.map((id) => ({ id, type: 'multi-choice', label: id, required: false, options })),
      },
      end('done', 'Done'),
      end('other', 'Other'),
    ],
    // Every name is mentioned many times, in several edges.
    edges: [
      { id: 'e1', from: 'ask', to: 'done', when: `(${any}) and (${any})` },
      { id: 'e2', from: 'ask', to: 'other', when: `not (${any}) or count(${ids[0] ?? 'q1'}) > 2` },
      { id: 'e3', from: 'ask', to: 'done' },
    ],
    variables: [],
    scenarios: [],
  };
}
