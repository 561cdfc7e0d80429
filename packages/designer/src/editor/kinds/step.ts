import type { StepNode } from '../../core.js';
import { freshFieldId, freshNodeId } from '../document/ids.js';
import type { KindModel } from './types.js';

/** A step: one screen of one or more questions. */
export const stepModel: KindModel<StepNode> = {
  kind: 'step',
  label: 'Step',
  description: 'A screen of one or more questions',
  hasExits: true,
  create: (doc) => ({
    kind: 'step',
    id: freshNodeId(doc, 'step'),
    title: 'New step',
    fields: [{ id: freshFieldId(doc), type: 'boolean', label: 'New question' }],
  }),
  describe: (node) => {
    const flags = node.fields.filter((f) => f.redFlag).length;
    return `Step: ${node.title}. ${node.fields.length} question${node.fields.length === 1 ? '' : 's'}${flags ? `, ${flags} red flag${flags === 1 ? '' : 's'}` : ''}.`;
  },
};
