import { useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { downloadBlob } from '../files/download.js';
import { useDoc } from '../state/context.js';
import {
  dataUrlToBlob,
  diagramImage,
  everyNodeDrawn,
  exportFailure,
  type ImageFormat,
} from './export-image.js';

/**
 * Exports the whole diagram as SVG or PNG, e.g. for a clinical governance
 * paper. `drawEverything` asks the canvas to draw every node, even those
 * out of view, while `task` runs.
 */
export function ExportButtons({
  canvasRef,
  drawEverything,
}: {
  canvasRef: React.RefObject<HTMLElement | null>;
  drawEverything: <T>(task: () => Promise<T>) => Promise<T>;
}) {
  const flow = useReactFlow();
  const { doc } = useDoc();
  const [message, setMessage] = useState('');
  const run = async (format: ImageFormat) => {
    const root = canvasRef.current;
    if (!root) return;
    try {
      setMessage(`Exporting ${format.toUpperCase()}…`);
      const url = await drawEverything(async () => {
        const nodes = flow.getNodes();
        await everyNodeDrawn(root, nodes.length);
        return diagramImage(root, flow.getNodes(), format);
      });
      downloadBlob(`${doc.id}@${doc.version}.${format}`, dataUrlToBlob(url));
      setMessage(`Exported ${doc.id}@${doc.version}.${format}`);
    } catch (error) {
      setMessage(exportFailure(error));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void run('svg')}>
        Export SVG
      </button>
      <button type="button" onClick={() => void run('png')}>
        Export PNG
      </button>
      <span className="cw-visually-hidden" role="status">
        {message}
      </span>
    </>
  );
}
