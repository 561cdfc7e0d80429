import type { OutcomeNode } from '../../core.js';
import type { KindViews } from '../types.js';
import { OutcomeCanvasNode } from './OutcomeCanvasNode.js';
import { OutcomeInspector } from './OutcomeInspector.js';

/** How an outcome looks: its card on the canvas, what it is and carries in the inspector. */
export const outcomeViews: KindViews<OutcomeNode> = {
  CanvasNode: OutcomeCanvasNode,
  Inspector: OutcomeInspector,
};
