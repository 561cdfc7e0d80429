import type { DecisionNode } from '../../core.js';
import { freshNodeId } from '../document/ids.js';
import type { KindModel } from './types.js';

/** A decision: no screen; routes on its conditions at once. */
export const decisionModel: KindModel<DecisionNode> = {
  kind: 'decision',
  label: 'Decision',
  description: 'Routes on conditions, without a screen',
  hasExits: true,
  create: (doc) => ({ kind: 'decision', id: freshNodeId(doc, 'decision'), title: 'New decision' }),
  describe: (node, doc) => {
    const n = doc.edges.filter((e) => e.from === node.id).length;
    return `Decision: ${node.title}. ${n} branch${n === 1 ? '' : 'es'}.`;
  },
};
