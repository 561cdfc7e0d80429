/**
 * The designer's contexts in one place: the editor store's document and
 * commands, its history and selection, core's expression service, the
 * preview run and (where offered) the usage insights. `<PathwayDesigner>` and
 * the Storybook harness give their parts exactly the same providers over the
 * same kind of editor store.
 */
import { useMemo, type ReactNode } from 'react';
import type { ExpressionService } from './editor/checks/expression-service.js';
import type { EditorState, EditorStore } from './editor/store.js';
import { InsightsContext, type InsightsApi } from './insights/context.js';
import { PreviewContext, type PreviewApi } from './preview/preview-state.js';
import { ExpressionServiceContext } from './rules/useExpressionService.js';
import { DocContext, HistoryContext, SelectContext, SelectionContext } from './state/context.js';

/** What {@link DesignerProviders} hands down. */
export interface DesignerProvidersProps {
  /** The editor store: the one way to change the document, the history and the selection. */
  readonly store: EditorStore;
  /** The state to show (the store's, or a value the store is about to load). */
  readonly state: EditorState;
  readonly reveal: (nodeId: string) => void;
  readonly expressions: ExpressionService;
  readonly preview: PreviewApi;
  readonly insights?: InsightsApi | null;
  readonly children: ReactNode;
}

/** Renders `children` inside every context a designer part reads. */
export function DesignerProviders(props: DesignerProvidersProps) {
  const { store, reveal } = props;
  const { doc, history, selection } = props.state;
  const docApi = useMemo(() => ({ doc, run: store.run }), [doc, store]);
  const historyApi = useMemo(() => ({ history, undo: store.undo, redo: store.redo }), [history, store]);
  const selectionApi = useMemo(
    () => ({ selection, select: store.select, reveal }),
    [selection, store, reveal],
  );
  return (
    <DocContext.Provider value={docApi}>
      <HistoryContext.Provider value={historyApi}>
        <SelectContext.Provider value={store.select}>
          <SelectionContext.Provider value={selectionApi}>
            <ExpressionServiceContext.Provider value={props.expressions}>
              <PreviewContext.Provider value={props.preview}>
                <InsightsContext.Provider value={props.insights ?? null}>
                  {props.children}
                </InsightsContext.Provider>
              </PreviewContext.Provider>
            </ExpressionServiceContext.Provider>
          </SelectionContext.Provider>
        </SelectContext.Provider>
      </HistoryContext.Provider>
    </DocContext.Provider>
  );
}
