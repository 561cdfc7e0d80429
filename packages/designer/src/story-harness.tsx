/**
 * For the Storybook stories: one part of the designer (a canvas, the
 * inspector, the rule builder, the problems panel, the preview) rendered on
 * its own inside the same providers `<PathwayDesigner>` gives it, over the
 * same editor store (the document, its history and the selection), with
 * core's checks and the same preview controller. Edits made in a story are
 * real commands on the story's document.
 */
import { useCallback, useMemo, type CSSProperties, type ReactNode } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas.js';
import type { Pathway } from './core.js';
import { DesignerProviders } from './DesignerProviders.js';
import { noDecorations, type Decorations } from './editor/decorations.js';
import { noSelection, selectNode, type Selection } from './editor/selection.js';
import { usePreviewController } from './preview/usePreviewController.js';
import { useChecks } from './state/useChecks.js';
import { useOwnEditorStore } from './state/useEditorStore.js';
import '@xyflow/react/dist/style.css';
import './designer.css';

/** What a story's part may need from the designer around it. */
export interface DesignerTools {
  readonly doc: Pathway;
  readonly checks: ReturnType<typeof useChecks>;
}

/** Props of {@link DesignerPart}. */
export interface DesignerPartProps {
  /** The pathway the part works on. */
  readonly doc: Pathway;
  /** What is selected at first (the inspector shows it). */
  readonly selection?: Selection;
  /** The part, given the document and core's checks. */
  readonly children: (tools: DesignerTools) => ReactNode;
  /** Extra style for the frame, e.g. a height for a canvas. */
  readonly style?: CSSProperties;
}

/** Renders `children` inside the designer's providers, styled as in the designer. */
export function DesignerPart(props: DesignerPartProps) {
  return (
    <ReactFlowProvider>
      <PartInner {...props} />
    </ReactFlowProvider>
  );
}

function PartInner({ doc: initial, selection = noSelection, children, style }: DesignerPartProps) {
  const { store, state } = useOwnEditorStore(initial, { selection });
  const { doc } = state;
  const checks = useChecks(doc);
  const reveal = useCallback((nodeId: string) => store.select(selectNode(nodeId)), [store]);
  const preview = usePreviewController(doc, checks.services.trace, noop);
  return (
    <DesignerProviders
      store={store}
      state={state}
      reveal={reveal}
      expressions={checks.expressions}
      preview={preview}
    >
      <div
        className="cw-designer"
        style={{ display: 'block', minHeight: 0, height: 'auto', padding: '1rem', ...style }}
      >
        {children({ doc, checks })}
      </div>
    </DesignerProviders>
  );
}

const noop = () => {};

/** Props of {@link CanvasPart}. */
export interface CanvasPartProps {
  readonly checks: DesignerTools['checks'];
  /** Whether nodes carry their problem badges, as in the designer. */
  readonly badges?: boolean;
  readonly height?: number;
}

/** The designer's canvas, projected from the document, with core's problem badges. */
export function CanvasPart({ checks, badges = true, height = 360 }: CanvasPartProps) {
  const decorations = useMemo<Decorations>(
    () => (badges ? { ...noDecorations, badges: checks.badges } : noDecorations),
    [badges, checks.badges],
  );
  return (
    <section className="cw-canvas" aria-label="Pathway diagram" style={{ height }}>
      <Canvas decorations={decorations} />
    </section>
  );
}
