/**
 * Answer options: `answerOption` (valueCoding, valueString, valueInteger,
 * valueDate, valueTime) and `answerValueSet` resolved against contained or
 * supplied ValueSets, turned into Careway options with their codes and
 * ordinal scores kept.
 */
import type { Option } from '../careway-types.js';
import { extensionOf, FHIR_URL, numericValue } from '../extensions.js';
import { IdAllocator, optionValueBase } from '../ids.js';
import type { FhirCoding, FhirExtension, FhirQuestionnaireItem, FhirValueSet } from '../types.js';
import type { IssueLog } from './issues.js';
import { readValue, type FhirValue, valueText } from './values.js';

/** An imported option together with the FHIR value it stands for. */
export interface ImportedOption {
  option: Option;
  source: FhirValue;
  initialSelected: boolean;
}

/** How an item's options were found. */
export type OptionsResult =
  | { kind: 'none' }
  | { kind: 'unresolved'; valueSet: string }
  | { kind: 'options'; options: ImportedOption[]; scored: boolean };

function ordinal(...lists: (readonly FhirExtension[] | undefined)[]): number | undefined {
  for (const list of lists) {
    const n = numericValue(
      extensionOf(list, FHIR_URL.ordinalValue) ?? extensionOf(list, FHIR_URL.itemWeight),
    );
    if (n !== undefined) return n;
  }
  return undefined;
}

/** A code system must be a URI (e.g. http://snomed.info/sct) for Careway to keep the code. */
export const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

function careCoding(c: FhirCoding): Option['code'] | undefined {
  if (!c.system || !c.code || !URI.test(c.system)) return undefined;
  return { system: c.system, code: c.code, ...(c.display ? { display: c.display } : {}) };
}

function makeOption(
  ids: IdAllocator,
  source: FhirValue,
  score: number | undefined,
  extensions: readonly FhirExtension[] | undefined,
): Option {
  const text = valueText(source);
  const value = ids.take(optionValueBase(text), '_');
  const label =
    source.kind === 'coding'
      ? (source.value.display ?? source.value.code ?? value)
      : text === ''
        ? value
        : text;
  const prefix = extensionOf(
    extensions,
    'http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix',
  );
  const code = source.kind === 'coding' ? careCoding(source.value) : undefined;
  return {
    value,
    label: prefix?.valueString ? `${prefix.valueString} ${label}` : label,
    ...(code ? { code } : {}),
    ...(score === undefined ? {} : { score }),
  };
}

/** Finds a ValueSet by `#id` (contained) or canonical URL (contained or supplied). */
export function findValueSet(
  ref: string,
  contained: readonly { resourceType: string; [key: string]: unknown }[],
  supplied: readonly FhirValueSet[],
): FhirValueSet | undefined {
  const [url] = ref.split('|');
  const sets = [...contained.filter((r) => r.resourceType === 'ValueSet'), ...supplied] as FhirValueSet[];
  if (url?.startsWith('#')) return sets.find((s) => s.id === url.slice(1));
  return sets.find((s) => s.url === url);
}

/**
 * The options of `item`, or why it has none.
 *
 * @param path - JSON path of the item, for issues.
 */
export function importOptions(
  item: FhirQuestionnaireItem,
  path: (string | number)[],
  contained: readonly { resourceType: string; [key: string]: unknown }[],
  valueSets: readonly FhirValueSet[],
  log: IssueLog,
): OptionsResult {
  const ids = new IdAllocator();
  if (item.answerOption && item.answerOption.length > 0) {
    const options: ImportedOption[] = [];
    item.answerOption.forEach((ao, i) => {
      const read = readValue(ao, 'value');
      if (!read) {
        log.warn(
          'fhir_option_unreadable',
          [...path, 'answerOption', i],
          'This answer option has no value Careway can read; it was left out.',
          item.linkId,
        );
        return;
      }
      const score = ordinal(
        ao.extension,
        ao.valueCoding ? (ao.valueCoding as { extension?: FhirExtension[] }).extension : undefined,
      );
      if (read.value.kind === 'coding' && read.value.value.system && !URI.test(read.value.value.system)) {
        log.warn(
          'fhir_code_system_not_uri',
          [...path, 'answerOption', i, 'valueCoding', 'system'],
          `The code system "${read.value.value.system}" is not a URI, so the option keeps only its code (${read.value.value.code ?? '?'}) as its value.`,
          item.linkId,
        );
      }
      options.push({
        option: makeOption(ids, read.value, score, ao.extension),
        source: read.value,
        initialSelected: ao.initialSelected === true,
      });
    });
    return { kind: 'options', options, scored: options.some((o) => o.option.score !== undefined) };
  }
  if (item.answerValueSet) {
    const vs = findValueSet(item.answerValueSet, contained, valueSets);
    const concepts =
      vs?.expansion?.contains?.map((c) => ({
        coding: { system: c.system, code: c.code, display: c.display },
        extension: c.extension,
      })) ??
      vs?.compose?.include?.flatMap((inc) =>
        (inc.concept ?? []).map((c) => ({
          coding: { system: inc.system, code: c.code, display: c.display },
          extension: c.extension,
        })),
      );
    if (!concepts || concepts.length === 0) return { kind: 'unresolved', valueSet: item.answerValueSet };
    const options = concepts.map(({ coding, extension }) => {
      const source: FhirValue = { kind: 'coding', value: stripUndefined(coding) };
      return {
        option: makeOption(ids, source, ordinal(extension), undefined),
        source,
        initialSelected: false,
      };
    });
    return { kind: 'options', options, scored: options.some((o) => o.option.score !== undefined) };
  }
  return { kind: 'none' };
}

function stripUndefined(c: {
  system?: string | undefined;
  code?: string | undefined;
  display?: string | undefined;
}): FhirCoding {
  const out: FhirCoding = {};
  if (c.system !== undefined) out.system = c.system;
  if (c.code !== undefined) out.code = c.code;
  if (c.display !== undefined) out.display = c.display;
  return out;
}
