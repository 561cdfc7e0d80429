import type { OutcomeNode } from '../../core.js';
import { freshNodeId } from '../document/ids.js';
import { dispositionLabels, urgencyLabels } from './labels.js';
import type { KindModel } from './types.js';

/** An outcome: where the pathway ends. */
export const outcomeModel: KindModel<OutcomeNode> = {
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
  describe: (node) =>
    `Outcome: ${node.title}. ${dispositionLabels[node.disposition]}, ${urgencyLabels[node.urgency]}, ${node.timeframe}.`,
};
