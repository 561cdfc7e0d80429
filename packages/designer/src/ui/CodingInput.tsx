import type { Coding } from '../core.js';
import { Group, SelectInput, TextInput } from './controls.js';

const systems = [
  { value: 'http://snomed.info/sct', label: 'SNOMED CT' },
  { value: 'http://loinc.org', label: 'LOINC' },
  { value: 'http://unitsofmeasure.org', label: 'UCUM' },
] as const;

/** Edits an optional code (system, code, display); clearing the code removes it. */
export function CodingInput({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: Coding | undefined;
  onChange: (value: Coding | undefined) => void;
}) {
  const system = value?.system ?? systems[0].value;
  const set = (patch: Partial<Coding>) => {
    const next = {
      system,
      code: value?.code ?? '',
      ...(value?.display ? { display: value.display } : {}),
      ...patch,
    };
    if (!next.code) onChange(undefined);
    else onChange(next.display ? next : { system: next.system, code: next.code });
  };
  return (
    <Group legend={legend} className="cw-group--inline">
      <SelectInput
        label="Code system"
        value={system}
        options={
          systems.some((s) => s.value === system) ? systems : [...systems, { value: system, label: system }]
        }
        onChange={(v) => set({ system: v })}
      />
      <TextInput label="Code" value={value?.code ?? ''} onChange={(code) => set({ code })} />
      <TextInput label="Display" value={value?.display ?? ''} onChange={(display) => set({ display })} />
    </Group>
  );
}
