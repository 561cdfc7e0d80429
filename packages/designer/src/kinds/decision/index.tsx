import type { DecisionNode } from '../../core.js';
import { withOptional } from '../../editor/document/objects.js';
import { updateNode } from '../../editor/commands/node-commands.js';
import { useDoc } from '../../state/context.js';
import { TextArea } from '../../ui/controls.js';
import type { InspectorProps, KindViews } from '../types.js';
import { DecisionCanvasNode } from './DecisionCanvasNode.js';

function DecisionInspector({ node }: InspectorProps<DecisionNode>) {
  const { run } = useDoc();
  return (
    <TextArea
      label="Description (for authors)"
      value={node.description ?? ''}
      onChange={(v) =>
        run(updateNode(node.id, 'description', (n) => withOptional(n as DecisionNode, 'description', v)))
      }
    />
  );
}

/** How a decision looks: its card on the canvas, its description in the inspector. */
export const decisionViews: KindViews<DecisionNode> = {
  CanvasNode: DecisionCanvasNode,
  Inspector: DecisionInspector,
};
