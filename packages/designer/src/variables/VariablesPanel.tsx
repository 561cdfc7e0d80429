import type { Variable } from '../core.js';
import { freshFieldId } from '../editor/document/ids.js';
import { withOptional } from '../editor/document/objects.js';
import { updatePathway } from '../editor/commands/pathway-commands.js';
import { renameLeftovers, renameNameProblem } from '../editor/document/rename-checks.js';
import { renameVariable } from '../editor/commands/rename-commands.js';
import { ConditionEditor } from '../rules/ConditionEditor.js';
import { ExpressionEditor } from '../rules/ExpressionEditor.js';
import { useDoc } from '../state/context.js';
import { Checkbox, NumberInput, SelectInput, TextArea, TextInput } from '../ui/controls.js';
import { IdRenamer } from '../ui/IdRenamer.js';
import { ListEditor } from '../ui/ListEditor.js';
import type { VariableLive } from '../editor/checks/types.js';

type Band = { label: string; min?: number; max?: number };

const shown = (value: unknown) =>
  value === undefined || value === null
    ? 'not known yet'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/**
 * Variables and scores: computed values over the answers. Each shows its live
 * value against the answers given so far in the preview.
 */
export function VariablesPanel({ values }: { values: ReadonlyMap<string, VariableLive> }) {
  const { doc, run } = useDoc();
  const change = (variables: Variable[], what: string) =>
    run(updatePathway(what, (d) => ({ ...d, variables })));
  return (
    <section aria-labelledby="cw-variables-heading">
      <h2 id="cw-variables-heading">Variables and scores</h2>
      <ListEditor<Variable>
        legend="Computed values"
        itemName="variable"
        items={doc.variables}
        name={(v) => `variable ${v.label}`}
        create={() => ({ id: freshFieldId(doc, 'score'), label: 'New score', kind: 'score', items: [] })}
        onChange={change}
        render={(v, i, put) => (
          <>
            <LiveValue live={values.get(v.id)} />
            <TextInput
              label={`Variable ${i + 1} label`}
              value={v.label}
              onChange={(label) => put({ ...v, label }, 'variable label')}
            />
            <IdRenamer
              label={`Variable ${i + 1} id`}
              hint="Used in conditions"
              id={v.id}
              what={`variable ${i + 1} id`}
              problem={(to) => renameNameProblem(doc, 'variable', v.id, to)}
              leftovers={renameLeftovers(doc, v.id)}
              onRename={(to) => run(renameVariable(v.id, to))}
            />
            <SelectInput
              label={`Variable ${i + 1} kind`}
              value={v.kind}
              options={[
                { value: 'score', label: 'Score (sum of points)' },
                { value: 'expression', label: 'Expression' },
              ]}
              onChange={(kind) =>
                put(
                  kind === 'score'
                    ? { id: v.id, label: v.label, kind, items: [] }
                    : { id: v.id, label: v.label, kind, expr: '0' },
                  'variable kind',
                )
              }
            />
            <Checkbox
              label={`Show variable ${i + 1} to the clinician`}
              checked={v.show ?? false}
              onChange={(on) => put(withOptional(v, 'show', on || undefined), 'variable shown')}
            />
            {v.kind === 'expression' ? (
              <ExpressionEditor
                label={`Variable ${i + 1} expression`}
                expects="any"
                value={v.expr}
                onChange={(expr) => put({ ...v, expr }, 'variable expression')}
              />
            ) : (
              <>
                <ListEditor
                  legend={`Items of ${v.label}`}
                  itemName="item"
                  items={v.items}
                  create={() => ({ label: 'New item', when: '', points: 1 })}
                  onChange={(items, what) => put({ ...v, items }, what)}
                  render={(item, j, set) => (
                    <>
                      <TextInput
                        label={`Item ${j + 1} label`}
                        value={item.label}
                        onChange={(label) => set({ ...item, label }, 'item label')}
                      />
                      <ConditionEditor
                        label={`Item ${j + 1} counts when`}
                        value={item.when}
                        onChange={(when) => set({ ...item, when }, 'item condition')}
                      />
                      <NumberInput
                        label={`Item ${j + 1} points`}
                        value={item.points}
                        onChange={(points) => set({ ...item, points: points ?? 0 }, 'item points')}
                      />
                    </>
                  )}
                />
                <ListEditor<Band>
                  legend={`Bands of ${v.label}`}
                  itemName="band"
                  items={v.bands ?? []}
                  create={() => ({ label: 'New band' })}
                  onChange={(bands, what) =>
                    put(withOptional(v, 'bands', bands.length ? bands : undefined), what)
                  }
                  render={(band, j, set) => (
                    <>
                      <TextInput
                        label={`Band ${j + 1} label`}
                        value={band.label}
                        onChange={(label) => set({ ...band, label }, 'band label')}
                      />
                      <NumberInput
                        label={`Band ${j + 1} from`}
                        value={band.min}
                        onChange={(min) => set(withOptional(band, 'min', min), 'band minimum')}
                      />
                      <NumberInput
                        label={`Band ${j + 1} to`}
                        value={band.max}
                        onChange={(max) => set(withOptional(band, 'max', max), 'band maximum')}
                      />
                    </>
                  )}
                />
                <TextArea
                  label={`Variable ${i + 1} explanation`}
                  value={v.explanation ?? ''}
                  onChange={(t) => put(withOptional(v, 'explanation', t), 'explanation')}
                />
              </>
            )}
          </>
        )}
      />
    </section>
  );
}

const itemWords = { yes: 'counts', no: 'does not count', unknown: 'not known yet' } as const;

/** The value of a variable for the preview's answers, and for a score which items count so far. */
function LiveValue({ live }: { live: VariableLive | undefined }) {
  return (
    <div className="cw-live-value" role="status">
      <p>
        Value in the preview: <strong>{shown(live?.value)}</strong>
        {live?.band ? ` (${live.band})` : ''}
      </p>
      {live?.items && live.items.length > 0 && (
        <p className="cw-hint">Items: {live.items.map((s, i) => `${i + 1} ${itemWords[s]}`).join('; ')}</p>
      )}
    </div>
  );
}
