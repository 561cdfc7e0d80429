import { useId, useState } from 'react';
import type { Scenario } from '../core.js';
import { usePreview } from '../preview/preview-state.js';
import type { ScenarioReport } from '../editor/checks/types.js';
import { useDoc } from '../state/context.js';
import { ScenarioDetails } from './ScenarioDetails.js';
import { addScenario, removeScenario, updateScenario } from '../editor/commands/scenario-commands.js';

/**
 * Scenarios: save the preview's run as a clinical test case with its expected
 * outcome, edit what it tests, its context and its expected outcome, run them
 * all through the engine, see pass or fail, and show on the canvas which
 * routes and outcomes no scenario covers.
 */
export function ScenariosPanel({
  report,
  onRunAll,
  coverage,
  onCoverage,
}: {
  report: ScenarioReport | undefined;
  onRunAll: () => void;
  coverage: boolean;
  onCoverage: (on: boolean) => void;
}) {
  const { doc, run } = useDoc();
  const preview = usePreview();
  const [name, setName] = useState('');
  const nameId = useId();
  const title = (id: string) => doc.nodes.find((n) => n.id === id)?.title ?? id;
  const outcome = preview.run.outcome;
  const byId = new Map(report?.results.map((r) => [r.id, r]));
  return (
    <section aria-labelledby="cw-scenarios-heading">
      <h2 id="cw-scenarios-heading">Scenarios</h2>
      <div className="cw-row cw-row--end">
        <div className="cw-control">
          <label htmlFor={nameId}>Name for the preview’s run</label>
          <input id={nameId} type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <button
          type="button"
          disabled={!outcome}
          onClick={() => {
            if (!outcome) return;
            run(
              addScenario({
                name: name.trim() || `Reaches ${title(outcome)}`,
                answers: { ...preview.run.answers },
                ...(Object.keys(preview.run.context).length
                  ? { context: { ...preview.run.context } as Scenario['context'] & object }
                  : {}),
                expect: { outcome, path: [...preview.run.route] },
              }),
            );
            setName('');
          }}
        >
          Save preview run as scenario
        </button>
      </div>
      <p className="cw-hint">
        {outcome
          ? `The preview reached “${title(outcome)}”.`
          : 'Run the preview to an outcome to save it as a scenario.'}
      </p>
      <div className="cw-row">
        <button type="button" onClick={onRunAll} disabled={doc.scenarios.length === 0}>
          Run all scenarios
        </button>
        <label className="cw-control--check cw-control">
          <input type="checkbox" checked={coverage} onChange={(e) => onCoverage(e.target.checked)} /> Show
          what no scenario covers
        </label>
      </div>
      {report && (
        <p role="status">
          {report.results.filter((r) => r.passed).length} passed,{' '}
          {report.results.filter((r) => !r.passed).length} failed.{' '}
          {report.uncoveredOutcomes.length + report.uncoveredEdges.length > 0
            ? `Not covered: ${report.uncoveredOutcomes.length} outcome(s), ${report.uncoveredEdges.length} route(s).`
            : 'Every outcome and route is covered.'}
        </p>
      )}
      <table className="cw-table">
        <caption className="cw-visually-hidden">Scenarios and their results</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Expected outcome</th>
            <th scope="col">Result</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {doc.scenarios.map((s) => {
            const r = byId.get(s.id);
            return (
              <tr key={s.id}>
                <td>
                  <label>
                    <span className="cw-visually-hidden">Name of scenario {s.id}</span>
                    <input
                      type="text"
                      value={s.name}
                      onChange={(e) =>
                        run(updateScenario(s.id, 'name', (x) => ({ ...x, name: e.target.value })))
                      }
                    />
                  </label>
                </td>
                <td>{title(s.expect.outcome)}</td>
                <td>
                  {r ? (
                    <span className={r.passed ? 'cw-pass' : 'cw-fail'}>
                      {r.passed ? 'Pass' : `Fail: ${r.message}`}
                    </span>
                  ) : (
                    <span className="cw-hint">Not run</span>
                  )}
                </td>
                <td>
                  <button type="button" className="cw-danger" onClick={() => run(removeScenario(s.id))}>
                    Remove<span className="cw-visually-hidden"> scenario {s.name}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {doc.scenarios.length > 0 && (
        <>
          <h3>Edit a scenario</h3>
          {doc.scenarios.map((s) => (
            <ScenarioDetails key={s.id} doc={doc} scenario={s} />
          ))}
        </>
      )}
    </section>
  );
}
