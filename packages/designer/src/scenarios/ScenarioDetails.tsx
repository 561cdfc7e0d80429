import type { ContextField, Pathway, Scenario } from '../core.js';
import { withOptional } from '../editor/document/objects.js';
import { useDoc } from '../state/context.js';
import { Checkbox, Group, NumberInput, SelectInput, TextArea, TextInput } from '../ui/controls.js';
import { updateScenario } from '../editor/commands/scenario-commands.js';

type ContextValue = NonNullable<Scenario['context']>[string];

/** The scenario with context fact `id` set to `value`, or removed with `undefined` (not given). */
function withFact(s: Scenario, id: string, value: ContextValue | undefined): Scenario {
  const { [id]: _old, ...rest } = s.context ?? {};
  const context = value === undefined ? rest : { ...rest, [id]: value };
  return withOptional(s, 'context', Object.keys(context).length ? context : undefined);
}

/** One context fact of a scenario, edited as its type needs; empty means the host does not give it. */
function FactInput({
  fact,
  value,
  onChange,
}: {
  fact: ContextField;
  value: unknown;
  onChange: (v?: ContextValue) => void;
}) {
  const label = `${fact.label} (context.${fact.id})`;
  switch (fact.type) {
    case 'boolean':
      return (
        <SelectInput
          label={label}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          options={[
            { value: '', label: 'Not given' },
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          onChange={(v) => onChange(v === '' ? undefined : v === 'yes')}
        />
      );
    case 'integer':
    case 'decimal':
      return (
        <NumberInput
          label={label}
          hint={fact.unit?.label}
          integer={fact.type === 'integer'}
          value={typeof value === 'number' ? value : undefined}
          onChange={(v) => onChange(v)}
        />
      );
    case 'choice':
      return (
        <SelectInput
          label={label}
          value={typeof value === 'string' ? value : ''}
          options={[{ value: '', label: 'Not given' }, ...(fact.options ?? [])]}
          onChange={(v) => onChange(v === '' ? undefined : v)}
        />
      );
    case 'multi-choice': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <Group legend={label}>
          {(fact.options ?? []).map((o) => (
            <Checkbox
              key={o.value}
              label={o.label}
              checked={chosen.includes(o.value)}
              onChange={(on) => {
                const next = on ? [...chosen, o.value] : chosen.filter((c) => c !== o.value);
                onChange(next.length ? next : undefined);
              }}
            />
          ))}
        </Group>
      );
    }
    default:
      return (
        <TextInput
          label={label}
          hint={fact.type === 'date' ? 'YYYY-MM-DD; empty: not given' : 'Empty: not given'}
          value={typeof value === 'string' ? value : ''}
          onChange={(v) => onChange(v === '' ? undefined : v)}
        />
      );
  }
}

/**
 * Everything about one scenario besides its name: what it tests, the
 * patient context the host gives, and the outcome it expects. Changing the
 * expected outcome clears an expected route, which must end at it.
 */
export function ScenarioDetails({ doc, scenario: s }: { doc: Pathway; scenario: Scenario }) {
  const { run } = useDoc();
  const set = (what: string, update: (x: Scenario) => Scenario) => run(updateScenario(s.id, what, update));
  const outcomes = doc.nodes
    .filter((n) => n.kind === 'outcome')
    .map((n) => ({ value: n.id, label: n.title }));
  const known = outcomes.some((o) => o.value === s.expect.outcome);
  return (
    <details className="cw-scenario">
      <summary>Details of scenario “{s.name}”</summary>
      <TextArea
        label="What this scenario tests"
        value={s.description ?? ''}
        onChange={(v) => set('description', (x) => withOptional(x, 'description', v))}
      />
      <SelectInput
        label="Expected outcome"
        hint={
          s.expect.path
            ? `Expected route: ${s.expect.path.join(' → ')}. Changing the outcome clears it.`
            : undefined
        }
        value={s.expect.outcome}
        options={
          known
            ? outcomes
            : [{ value: s.expect.outcome, label: `${s.expect.outcome} (not in the pathway)` }, ...outcomes]
        }
        onChange={(outcome) => set('expected outcome', (x) => ({ ...x, expect: { outcome } }))}
      />
      {doc.context.length > 0 && (
        <Group legend="Context the host gives">
          {doc.context.map((fact) => (
            <FactInput
              key={fact.id}
              fact={fact}
              value={s.context?.[fact.id]}
              onChange={(v) => set(`context ${fact.id}`, (x) => withFact(x, fact.id, v))}
            />
          ))}
        </Group>
      )}
      <p className="cw-hint">
        Answers:{' '}
        {Object.entries(s.answers)
          .map(([id, v]) => `${id} = ${JSON.stringify(v)}`)
          .join(', ') || 'none'}
        . Run the preview and save it again to change them.
      </p>
    </details>
  );
}
