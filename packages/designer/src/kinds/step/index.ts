import type { StepNode } from '../../core.js';
import type { KindViews } from '../types.js';
import { StepCanvasNode } from './StepCanvasNode.js';
import { StepInspector } from './StepInspector.js';

/** How a step looks: its card on the canvas, its questions in the inspector. */
export const stepViews: KindViews<StepNode> = { CanvasNode: StepCanvasNode, Inspector: StepInspector };
