import { useCallback, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Canvas } from './canvas/Canvas.js';
import type { Decorations } from './editor/decorations.js';
import { ExportButtons } from './canvas/ExportButtons.js';
import { Palette } from './canvas/Palette.js';
import { PasteIssues } from './canvas/PasteIssues.js';
import { SearchBox } from './canvas/SearchBox.js';
import { useClipboard } from './canvas/useClipboard.js';
import { useUndoShortcuts } from './state/useUndoShortcuts.js';
import { ViewButtons } from './canvas/ViewButtons.js';
import { FrictionPanel } from './friction/FrictionPanel.js';
import { InsightsPanel } from './insights/InsightsPanel.js';
import { Inspector } from './inspector/Inspector.js';
import type { KindModel } from './editor/kinds/types.js';
import { Outline } from './outline/Outline.js';
import { HistoryPanel } from './panels/HistoryPanel.js';
import { PreviewPane } from './preview/PreviewPane.js';
import { usePreview } from './preview/preview-state.js';
import { ProblemsPanel } from './problems/ProblemsPanel.js';
import type { Comparison } from './editor/diff/comparison.js';
import { DiffList } from './publish/DiffList.js';
import { PublishPanel } from './publish/PublishPanel.js';
import { ScenariosPanel } from './scenarios/ScenariosPanel.js';
import { useDoc, useHistory } from './state/context.js';
import type { useChecks } from './state/useChecks.js';
import type { PublishedVersion } from './storage/db.js';
import { TraceabilityPanel } from './traceability/TraceabilityPanel.js';
import { TranslationsPanel } from './translations/TranslationsPanel.js';
import { Tabs } from './ui/Tabs.js';
import { VariablesPanel } from './variables/VariablesPanel.js';

/** Props of {@link DesignerLayout}. */
export interface DesignerLayoutProps {
  readonly canvasRef: RefObject<HTMLDivElement | null>;
  readonly toolbar: ReactNode;
  readonly decorations: Decorations;
  readonly addAtCentre: (kind: KindModel) => void;
  readonly rightTab: string;
  readonly onRightTab: (id: string) => void;
  readonly checks: ReturnType<typeof useChecks>;
  readonly coverage: boolean;
  readonly onCoverage: (on: boolean) => void;
  readonly versions: readonly PublishedVersion[];
  readonly onPublish: ((version: PublishedVersion) => unknown) | undefined;
  readonly layoutWorkerUrl: string | URL | undefined;
  readonly compare: Comparison | undefined;
  readonly onCompare: (comparison: Comparison | undefined) => void;
}

/** The designer's panes: toolbar, palette and outline, canvas, inspector and preview, lower panels. */
export function DesignerLayout(props: DesignerLayoutProps) {
  const root = useRef<HTMLDivElement>(null);
  const clipboard = useClipboard(root);
  useUndoShortcuts(root);
  const { doc } = useDoc();
  const preview = usePreview();
  const { checks } = props;
  const values = useMemo(
    () => checks.services.variableValues(doc, preview.run.answers, preview.run.context),
    [checks.services, doc, preview.run],
  );
  const errors = checks.problems.filter((p) => p.severity === 'error').length;
  const [drawAll, setDrawAll] = useState(false);
  const [welsh, setWelsh] = useState(false);
  const drawEverything = useCallback(async <T,>(task: () => Promise<T>): Promise<T> => {
    setDrawAll(true);
    try {
      return await task();
    } finally {
      setDrawAll(false);
    }
  }, []);
  return (
    <div className="cw-designer" ref={root}>
      <div className="cw-toolbar" role="toolbar" aria-label="Designer tools">
        <HistoryButtons />
        <button type="button" onClick={() => clipboard.copy()}>
          Copy
        </button>
        <button type="button" onClick={() => clipboard.paste()}>
          Paste
        </button>
        <button type="button" onClick={() => clipboard.duplicate()}>
          Duplicate
        </button>
        <span className="cw-toolbar__sep" />
        <ViewButtons workerUrl={props.layoutWorkerUrl} />
        <ExportButtons canvasRef={props.canvasRef} drawEverything={drawEverything} />
        <span className="cw-toolbar__sep" />
        <SearchBox />
        {props.toolbar}
      </div>
      <div className="cw-body">
        {clipboard.refused && <PasteIssues issues={clipboard.refused} onClose={clipboard.dismiss} />}
        <section className="cw-left" aria-label="Palette and outline">
          <Tabs
            label="Add or outline"
            tabs={[
              { id: 'palette', label: 'Palette', content: <Palette onAdd={props.addAtCentre} /> },
              { id: 'outline', label: 'Outline', content: <Outline /> },
            ]}
          />
        </section>
        <section className="cw-canvas" ref={props.canvasRef} aria-label="Pathway diagram">
          <Canvas decorations={props.decorations} drawAll={drawAll} />
        </section>
        <section className="cw-right" aria-label="Inspector and preview">
          <Tabs
            label="Inspect or preview"
            selected={props.rightTab}
            onSelect={props.onRightTab}
            tabs={[
              {
                id: 'inspector',
                label: 'Inspector',
                content: (
                  <Inspector
                    onDuplicate={clipboard.duplicate}
                    onPreviewFrom={(id) => preview.restartAt(id)}
                    previewNotice={preview.notice}
                  />
                ),
              },
              {
                id: 'preview',
                label: 'Preview',
                content: (
                  <PreviewPane
                    trace={(answers, context) => checks.services.trace(doc, answers, context)}
                    welsh={welsh}
                    onWelsh={setWelsh}
                  />
                ),
              },
            ]}
          />
        </section>
      </div>
      <Tabs
        className="cw-bottom"
        label="Panels"
        tabs={[
          {
            id: 'problems',
            label: `Problems (${errors})`,
            content: <ProblemsPanel problems={checks.problems} />,
          },
          {
            id: 'scenarios',
            label: 'Scenarios',
            content: (
              <ScenariosPanel
                report={checks.reportIsCurrent ? checks.report : undefined}
                onRunAll={checks.runScenarios}
                coverage={props.coverage}
                onCoverage={props.onCoverage}
              />
            ),
          },
          { id: 'friction', label: 'Friction', content: <FrictionPanel report={checks.friction} /> },
          { id: 'traceability', label: 'Traceability', content: <TraceabilityPanel /> },
          { id: 'insights', label: 'Insights', content: <InsightsPanel friction={checks.friction} /> },
          { id: 'variables', label: 'Variables', content: <VariablesPanel values={values} /> },
          { id: 'translations', label: 'Translations', content: <TranslationsPanel /> },
          { id: 'history', label: 'History', content: <HistoryPanel /> },
          {
            id: 'publish',
            label: 'Publish and versions',
            content: (
              <>
                {props.compare && (
                  <DiffList comparison={props.compare} onClose={() => props.onCompare(undefined)} />
                )}
                <PublishPanel
                  versions={props.versions}
                  onPublish={props.onPublish}
                  comparing={props.compare?.to === undefined ? props.compare?.from : undefined}
                  onCompare={props.onCompare}
                />
              </>
            ),
          },
        ]}
      />
    </div>
  );
}

function HistoryButtons() {
  const { history, undo, redo } = useHistory();
  const last = history.past.at(-1);
  const next = history.future[0];
  return (
    <>
      <button
        type="button"
        onClick={undo}
        disabled={!last}
        title={last ? `Undo: ${last.label} (Ctrl+Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!next}
        title={next ? `Redo: ${next.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
    </>
  );
}
