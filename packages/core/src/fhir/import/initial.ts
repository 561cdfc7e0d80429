/**
 * `initial` values and `answerOption.initialSelected` → the field's `prefill`
 * expression (a literal), shown to the clinician as a starting answer they
 * can change.
 */
import type { Field } from '../careway-types.js';
import type { ItemInfo } from './enable-when.js';
import type { IssueLog } from './issues.js';
import { readValue, equalValues, type FhirValue } from './values.js';

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function literalFor(field: Field, value: FhirValue, info: ItemInfo): string | undefined {
  switch (field.type) {
    case 'boolean':
      return value.kind === 'boolean' ? String(value.value) : undefined;
    case 'integer':
    case 'decimal':
      return value.kind === 'number' ? String(value.value) : undefined;
    case 'date': {
      const day = value.kind === 'date' ? /^\d{4}-\d{2}-\d{2}/.exec(value.value)?.[0] : undefined;
      return day ? `date('${day}')` : undefined;
    }
    case 'text':
    case 'long-text':
      return value.kind === 'string' || value.kind === 'time' ? quote(value.value) : undefined;
    case 'choice': {
      const option = info.options?.find((o) => equalValues(o.source, value));
      return option ? quote(option.option.value) : undefined;
    }
    default:
      return undefined;
  }
}

/** The prefill expression for `field` from its item's initial values, or `undefined`. */
export function prefillFor(info: ItemInfo, field: Field, log: IssueLog): string | undefined {
  const { item, path } = info;
  const selected = (info.options ?? []).filter((o) => o.initialSelected);
  const initial = (item.initial ?? [])
    .map((v) => readValue(v, 'value')?.value)
    .filter((v): v is FhirValue => v !== undefined);
  if (selected.length === 0 && initial.length === 0) return undefined;
  if (field.type === 'multi-choice') {
    const values = [
      ...selected.map((o) => o.option.value),
      ...initial.flatMap((v) =>
        (info.options ?? []).filter((o) => equalValues(o.source, v)).map((o) => o.option.value),
      ),
    ];
    if (values.length > 0) return `[${[...new Set(values)].map(quote).join(', ')}]`;
  } else if (selected[0]) {
    return quote(selected[0].option.value);
  } else if (initial[0]) {
    const literal = literalFor(field, initial[0], info);
    if (literal !== undefined) {
      if (initial.length > 1)
        log.warn(
          'fhir_initial_several',
          [...path, 'initial'],
          'Several initial values: Careway prefills the first.',
          item.linkId,
        );
      return literal;
    }
  }
  log.warn(
    'fhir_initial_unreadable',
    [...path, 'initial'],
    'The initial value does not fit the question as imported; it was not prefilled.',
    item.linkId,
  );
  return undefined;
}
