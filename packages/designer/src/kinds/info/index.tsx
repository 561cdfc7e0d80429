import type { InfoNode } from '../../core.js';
import { updateNode } from '../../editor/commands/node-commands.js';
import { useDoc } from '../../state/context.js';
import { TextArea } from '../../ui/controls.js';
import type { InspectorProps, KindViews } from '../types.js';
import { InfoCanvasNode } from './InfoCanvasNode.js';

function InfoInspector({ node }: InspectorProps<InfoNode>) {
  const { run } = useDoc();
  return (
    <TextArea
      label="Guidance text"
      hint="Blank line between paragraphs; *emphasis*, **strong**, - lists, [links](https://…)."
      rows={6}
      value={node.body}
      onChange={(body) => run(updateNode(node.id, 'guidance text', (n) => ({ ...n, body }) as InfoNode))}
    />
  );
}

/** How an information page looks: its card on the canvas, its guidance text in the inspector. */
export const infoViews: KindViews<InfoNode> = { CanvasNode: InfoCanvasNode, Inspector: InfoInspector };
