/**
 * The designer's contexts in one place: the document and its command stack,
 * the history, the selection, core's expression service, the preview run
 * and (where offered) the usage insights. `<PathwayDesigner>` and the
 * Storybook harness give their parts exactly the same providers.
 */
import { useMemo, type ReactNode } from 'react';
import type { Pathway } from '../core.js';
import { InsightsContext, type InsightsApi } from '../insights/context.js';
import type { Command } from '../editor/commands/command.js';
import type { History } from '../editor/commands/history.js';
import { PreviewContext, type PreviewApi } from '../preview/preview-state.js';
import { ExpressionServiceContext } from '../rules/service-types.js';
import type { ExpressionService } from '../rules/service-types.js';
import {
  DocContext,
  HistoryContext,
  SelectContext,
  SelectionContext,
  type Selection,
  type SelectionApi,
} from './context.js';

/** What {@link DesignerProviders} hands down. */
export interface DesignerProvidersProps {
  readonly doc: Pathway;
  readonly run: (cmd: Command) => void;
  readonly history: History;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly selection: Selection;
  readonly select: SelectionApi['select'];
  readonly reveal: (nodeId: string) => void;
  readonly expressions: ExpressionService;
  readonly preview: PreviewApi;
  readonly insights?: InsightsApi | null;
  readonly children: ReactNode;
}

/** Renders `children` inside every context a designer part reads. */
export function DesignerProviders(props: DesignerProvidersProps) {
  const { doc, run, history, undo, redo, selection, select, reveal } = props;
  const docApi = useMemo(() => ({ doc, run }), [doc, run]);
  const historyApi = useMemo(() => ({ history, undo, redo }), [history, undo, redo]);
  const selectionApi = useMemo(() => ({ selection, select, reveal }), [selection, select, reveal]);
  return (
    <DocContext.Provider value={docApi}>
      <HistoryContext.Provider value={historyApi}>
        <SelectContext.Provider value={select}>
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
