import type { OutcomeNode } from '../../core.js';
import { freshNodeId } from '../../editor/document/ids.js';
import type { KindDefinition } from '../types.js';
import { dispositionLabels, urgencyLabels } from './labels.js';
import { OutcomeCanvasNode } from './OutcomeCanvasNode.js';
import { OutcomeInspector } from './OutcomeInspector.js';

/** An outcome: where the pathway ends. */
export const outcomeKind: KindDefinition<OutcomeNode> = {
  kind: 'outcome',
  label: 'Outcome',
  description: 'Where the pathway ends: refer, advise, manage',
  hasExits: false,
  create: (doc) => ({
    kind: 'outcome',
    id: freshNodeId(doc, 'outcome'),
    title: 'New outcome',
    disposition: 'primary-care',
    urgency: 'routine',
    timeframe: 'routine',
    actor: 'GP',
    requires: [],
  }),
  CanvasNode: OutcomeCanvasNode,
  Inspector: OutcomeInspector,
  describe: (node) =>
    `Outcome: ${node.title}. ${dispositionLabels[node.disposition]}, ${urgencyLabels[node.urgency]}, ${node.timeframe}.`,
};
