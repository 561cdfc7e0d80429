import type { FrictionReport } from '../editor/checks/types.js';
import { useDoc, useSelection } from '../state/context.js';
import { useInsights } from './context.js';
import { FieldTables } from './FieldTables.js';
import { LoadRecords } from './LoadRecords.js';
import { OutcomeTable } from './OutcomeTable.js';
import { OverlayControls } from './OverlayControls.js';
import { Overview } from './Overview.js';
import { StepFigures } from './StepFigures.js';
import { StepTable } from './StepTable.js';
import './insights.css';

/**
 * Insights: how the pathway is really used. Loads usage records (NDJSON
 * files, or synthetic ones), shows core's summary of them beside core's
 * static friction figures, switches the canvas overlay, and shows the
 * figures of the selected step. The records are kept in memory only.
 */
export function InsightsPanel({ friction }: { friction: FrictionReport | undefined }) {
  const insights = useInsights();
  const { doc } = useDoc();
  const { selection } = useSelection();
  if (!insights) return null;
  const { summary } = insights;
  const selected =
    selection.nodes.length === 1 ? doc.nodes.find((n) => n.id === selection.nodes[0]) : undefined;
  return (
    <section aria-labelledby="cw-insights-heading" className="cw-insights">
      <h2 id="cw-insights-heading">Insights: how the pathway is really used</h2>
      <LoadRecords insights={insights} />
      {insights.synthetic && (
        <p className="cw-banner cw-banner--warning" data-synthetic="true">
          <strong>Synthetic records.</strong> Made by Careway’s generator from this pathway to try these
          views: they describe no real patient, clinician or session and are not real usage.
        </p>
      )}
      {!summary ? (
        <p className="cw-hint">
          Load the usage records your portal collected to see which routes clinicians take, where they give
          up, how long each step takes and which prefilled answers they override. The questions asked per
          outcome are under Friction, and shown here beside the records once loaded.
        </p>
      ) : (
        <>
          <OverlayControls insights={insights} />
          <Overview summary={summary} />
          <OutcomeTable summary={summary} friction={friction} />
          <StepTable summary={summary} />
          <FieldTables summary={summary} />
          {selected ? (
            <StepFigures node={selected} />
          ) : (
            <p className="cw-hint">
              Select a step on the diagram to see its figures here and in the inspector.
            </p>
          )}
        </>
      )}
    </section>
  );
}
