import type { InfoNode } from '../../core.js';
import { freshNodeId } from '../../editor/document/ids.js';
import { updateNode } from '../../editor/commands/node-commands.js';
import { useDoc } from '../../state/context.js';
import { TextArea } from '../../ui/controls.js';
import type { InspectorProps, KindDefinition } from '../types.js';
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

/** An information page: guidance to read before going on. */
export const infoKind: KindDefinition<InfoNode> = {
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
  CanvasNode: InfoCanvasNode,
  Inspector: InfoInspector,
  describe: (node) => `Information: ${node.title}.`,
};
