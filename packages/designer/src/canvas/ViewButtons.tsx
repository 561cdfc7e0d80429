import { useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { autoLayout } from '../layout/elk.js';
import { applyLayout } from '../editor/commands/node-commands.js';
import { useDoc } from '../state/context.js';

/** Auto-layout (ELK, in a worker) and zoom to fit. */
export function ViewButtons({ workerUrl }: { workerUrl?: string | URL | undefined }) {
  const flow = useReactFlow();
  const { doc, run } = useDoc();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const arrange = async () => {
    setBusy(true);
    setMessage('Arranging the diagram…');
    try {
      const sizes = new Map(
        flow
          .getNodes()
          .flatMap((n) =>
            n.measured?.width && n.measured.height
              ? [[n.id, { width: n.measured.width, height: n.measured.height }] as const]
              : [],
          ),
      );
      run(applyLayout(await autoLayout(doc, sizes, workerUrl)));
      setMessage('Diagram arranged. Undo puts the boxes back.');
      requestAnimationFrame(() => void flow.fitView({ duration: 300 }));
    } catch (error) {
      setMessage(
        `The diagram could not be arranged: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void arrange()} disabled={busy || doc.nodes.length === 0}>
        Auto-layout
      </button>
      <button type="button" onClick={() => void flow.fitView({ duration: 300 })}>
        Zoom to fit
      </button>
      <span className="cw-visually-hidden" role="status">
        {message}
      </span>
    </>
  );
}
