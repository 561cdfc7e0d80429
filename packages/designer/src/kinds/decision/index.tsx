import type { DecisionNode } from '../../core.js';
import { freshNodeId } from '../../editor/document/ids.js';
import { withOptional } from '../../editor/document/objects.js';
import { updateNode } from '../../editor/commands/node-commands.js';
import { useDoc } from '../../state/context.js';
import { TextArea } from '../../ui/controls.js';
import type { InspectorProps, KindDefinition } from '../types.js';
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

/** A decision: no screen; routes on its conditions at once. */
export const decisionKind: KindDefinition<DecisionNode> = {
  kind: 'decision',
  label: 'Decision',
  description: 'Routes on conditions, without a screen',
  hasExits: true,
  create: (doc) => ({ kind: 'decision', id: freshNodeId(doc, 'decision'), title: 'New decision' }),
  CanvasNode: DecisionCanvasNode,
  Inspector: DecisionInspector,
  describe: (node, doc) => {
    const n = doc.edges.filter((e) => e.from === node.id).length;
    return `Decision: ${node.title}. ${n} branch${n === 1 ? '' : 'es'}.`;
  },
};
