import type { InfoNode } from '../../core.js';
import { freshNodeId } from '../document/ids.js';
import type { KindModel } from './types.js';

/** An information page: guidance to read before going on. */
export const infoModel: KindModel<InfoNode> = {
  kind: 'info',
  label: 'Information',
  description: 'Guidance to read before going on',
  hasExits: true,
  create: (doc) => ({
    kind: 'info',
    id: freshNodeId(doc, 'info'),
    title: 'New information',
    body: 'Guidance text.',
  }),
  describe: (node) => `Information: ${node.title}.`,
};
