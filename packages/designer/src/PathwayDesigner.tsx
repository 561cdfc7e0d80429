import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import type { Pathway } from './core.js';
import { mergeClasses, noDecorations, type Decorations } from './editor/decorations.js';
import { DesignerLayout } from './DesignerLayout.js';
import type { KindModel } from './editor/kinds/types.js';
import type { CanvasNode } from './kinds/types.js';
import { addNode } from './editor/commands/node-commands.js';
import { routeClasses } from './editor/preview/run.js';
import { usePreviewController } from './preview/usePreviewController.js';
import { frameNode } from './canvas/frame.js';
import { useInsightsState } from './insights/useInsightsState.js';
import type { Comparison } from './editor/diff/comparison.js';
import { selectNode } from './editor/selection.js';
import { DesignerProviders } from './DesignerProviders.js';
import { useChecks } from './state/useChecks.js';
import { useControlledEditorStore } from './state/useEditorStore.js';
import type { PublishedVersion } from './storage/db.js';
import '@xyflow/react/dist/style.css';
import './designer.css';

/** Props of {@link PathwayDesigner}. */
export interface PathwayDesignerProps {
  /** The pathway document being edited: the single source of truth. */
  value: Pathway;
  /** Called with the new document after every edit (and every undo or redo). */
  onChange: (next: Pathway) => void;
  /** Extra controls for the toolbar, e.g. the host app's own buttons. */
  toolbar?: ReactNode;
  /** Extra colours painted over the canvas by the host. */
  decorations?: Decorations;
  /** Versions already published (kept by the host, e.g. in the browser workspace). */
  versions?: readonly PublishedVersion[];
  /** Keeps a newly published version; without it, publishing is not offered. */
  onPublish?: (version: PublishedVersion) => unknown;
  /**
   * Where auto-layout loads ELK's worker script from. By default, the
   * `elk-worker.min.js` shipped beside the package's built files, found with
   * `new URL('./elk-worker.min.js', import.meta.url)`, which bundlers that
   * follow that standard pattern copy for you. Set it when yours does not,
   * or to serve the worker from elsewhere (it must be same-origin or allowed
   * by your `worker-src`): e.g. the URL of
   * `@careway/designer/elk-worker.min.js` as your build serves it.
   */
  layoutWorkerUrl?: string | URL;
}

/**
 * The Careway pathway designer: a canvas projected from the pathway document,
 * a palette and outline, an inspector, a live preview, and panels for
 * problems, scenarios, friction, insights from usage records, variables,
 * history and publishing. Every edit is a named command run through a
 * command stack, with undo and redo.
 *
 * @example
 * ```tsx
 * const [pathway, setPathway] = useState(initial);
 * <PathwayDesigner value={pathway} onChange={setPathway} />
 * ```
 */
export function PathwayDesigner(props: PathwayDesignerProps) {
  return (
    <ReactFlowProvider>
      <DesignerInner {...props} />
    </ReactFlowProvider>
  );
}

function DesignerInner({
  value,
  onChange,
  toolbar,
  decorations = noDecorations,
  versions = [],
  onPublish,
  layoutWorkerUrl,
}: PathwayDesignerProps) {
  const { store, state } = useControlledEditorStore(value, onChange);
  const { doc } = state;
  const [rightTab, setRightTab] = useState('inspector');
  const [compare, setCompare] = useState<Comparison>();
  // only a comparison with the pathway as it is now can be drawn on its canvas
  const onCanvas = compare?.to === undefined ? compare : undefined;
  const [coverage, setCoverage] = useState(false);
  const checks = useChecks(doc);
  const insights = useInsightsState(doc);
  const usage = insights.overlay;
  const flow = useReactFlow<CanvasNode>();
  const canvasBox = useRef<HTMLDivElement>(null);

  const reveal = useCallback(
    (nodeId: string) => {
      store.select(selectNode(nodeId));
      setRightTab('inspector');
      frameNode(flow, nodeId, canvasBox.current);
    },
    [flow, store],
  );
  const showPreview = useCallback(() => setRightTab('preview'), []);
  const previewApi = usePreviewController(doc, checks.services.trace, showPreview);
  const previewRun = previewApi.run;

  const allDecorations = useMemo<Decorations>(() => {
    const route = routeClasses(previewRun, doc.edges);
    const uncovered = coverage && checks.report ? checks.report : undefined;
    const diffNodes = new Map(
      [...(onCanvas?.diff.nodes ?? [])]
        .filter(([, c]) => c !== 'removed')
        .map(([id, c]) => [id, `cw-diff-${c}`]),
    );
    const diffEdges = new Map(
      [...(onCanvas?.diff.edges ?? [])]
        .filter(([, c]) => c !== 'removed')
        .map(([id, c]) => [id, `cw-diff-${c}`]),
    );
    return {
      badges: checks.badges,
      nodeClasses: mergeClasses(
        decorations.nodeClasses,
        route.nodes,
        diffNodes,
        new Map((uncovered?.uncoveredOutcomes ?? []).map((id) => [id, 'cw-uncovered'])),
        usage?.nodeClasses ?? new Map(),
      ),
      edgeClasses: mergeClasses(
        decorations.edgeClasses,
        route.edges,
        diffEdges,
        new Map((uncovered?.uncoveredEdges ?? []).map((id) => [id, 'cw-uncovered'])),
        usage?.edgeClasses ?? new Map(),
      ),
      ...(usage ? { marks: usage.marks, legend: usage.legend } : pickMarks(decorations)),
      ghosts: onCanvas
        ? onCanvas.diff.removedNodes.map((node) => ({
            node,
            position: onCanvas.before.layout?.nodes[node.id] ?? { x: 0, y: 0 },
          }))
        : (decorations.ghosts ?? []),
    };
  }, [checks.badges, checks.report, coverage, onCanvas, decorations, previewRun, doc.edges, usage]);

  const addAtCentre = useCallback(
    (kind: KindModel) => {
      const box = canvasBox.current?.getBoundingClientRect();
      const centre = box
        ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
        : { x: 0, y: 0 };
      const node = kind.create(doc);
      const taken = new Set(Object.values(doc.layout?.nodes ?? {}).map((p) => `${p.x},${p.y}`));
      let at = { x: Math.round(centre.x - 110), y: Math.round(centre.y - 40) };
      while (taken.has(`${at.x},${at.y}`)) at = { x: at.x + 30, y: at.y + 30 };
      store.run(addNode(node, at));
      store.select(selectNode(node.id));
      setRightTab('inspector');
    },
    [doc, flow, store],
  );

  return (
    <DesignerProviders
      store={store}
      state={state}
      reveal={reveal}
      expressions={checks.expressions}
      preview={previewApi}
      insights={insights.api}
    >
      <DesignerLayout
        canvasRef={canvasBox}
        toolbar={toolbar}
        decorations={allDecorations}
        addAtCentre={addAtCentre}
        rightTab={rightTab}
        onRightTab={setRightTab}
        checks={checks}
        coverage={coverage}
        onCoverage={(on) => {
          setCoverage(on);
          if (on && !checks.reportIsCurrent) checks.runScenarios();
        }}
        versions={versions}
        onPublish={onPublish}
        layoutWorkerUrl={layoutWorkerUrl}
        compare={compare}
        onCompare={setCompare}
      />
    </DesignerProviders>
  );
}

/** The host's own marks and legend, when it gave them. */
function pickMarks({ marks, legend }: Decorations): Pick<Decorations, 'marks' | 'legend'> {
  return { ...(marks ? { marks } : {}), ...(legend ? { legend } : {}) };
}
