/**
 * For the Storybook stories: one part of the designer (a canvas, the
 * inspector, the rule builder, the problems panel, the preview) rendered on
 * its own inside the same providers `<PathwayDesigner>` gives it: the command
 * stack over the document, the selection, core's checks and the preview run.
 * Edits made in a story are real commands on the story's document.
 */
import { useCallback, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas.js';
import { noDecorations, type Decorations } from './editor/decorations.js';
import type { AnswerValue, Pathway } from './core.js';
import { emptyRun, type PreviewApi, type PreviewRun } from './preview/preview-state.js';
import { noSelection, type Selection } from './state/context.js';
import { useChecks } from './state/useChecks.js';
import { DesignerProviders } from './state/DesignerProviders.js';
import { useCommandStack } from './state/useCommandStack.js';
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

function PartInner({
  doc: initial,
  selection: initialSelection = noSelection,
  children,
  style,
}: DesignerPartProps) {
  const [value, setValue] = useState(initial);
  const { doc, history, run, undo, redo } = useCommandStack(value, setValue);
  const [selection, setSelection] = useState<Selection>(initialSelection);
  const [previewRun, setPreviewRun] = useState<PreviewRun>(emptyRun);
  const [restart, setRestart] = useState<{ key: number; answers: Readonly<Record<string, AnswerValue>> }>({
    key: 0,
    answers: {},
  });
  const checks = useChecks(doc);
  const reveal = useCallback((nodeId: string) => setSelection({ nodes: [nodeId], edges: [] }), []);
  const previewApi = useMemo<PreviewApi>(
    () => ({
      run: previewRun,
      setRun: setPreviewRun,
      restartAt: () => setRestart((r) => ({ key: r.key + 1, answers: {} })),
      restartKey: restart.key,
      startAnswers: restart.answers,
    }),
    [previewRun, restart],
  );
  return (
    <DesignerProviders
      doc={doc}
      run={run}
      history={history}
      undo={undo}
      redo={redo}
      selection={selection}
      select={setSelection}
      reveal={reveal}
      expressions={checks.expressions}
      preview={previewApi}
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
