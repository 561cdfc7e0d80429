/**
 * One Questionnaire item → one Careway field: the type mapping, required,
 * maxLength, units, ranges, attachments, codes and help text. Logic
 * (enableWhen, initial values, scores) is added by the callers.
 */
import type { Coding, Field, Unit } from '../careway-types.js';
import { extensionOf, extensionsOf, FHIR_URL, numericValue } from '../extensions.js';
import type { FhirCoding, FhirQuestionnaireItem } from '../types.js';
import type { IssueLog } from './issues.js';
import type { OptionsResult } from './options.js';

/** How a field's answers compare in conditions. */
export type ValueKind = 'boolean' | 'number' | 'date' | 'string' | 'choice' | 'multi' | 'none';

/** The field made from an item, and how its answers compare. */
export interface ItemField {
  field: Field;
  valueKind: ValueKind;
}

/** Default attachment limits when the form states none (10 MB, one file). */
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Files accepted when the form names no MIME type: documents and pictures. */
const DEFAULT_ACCEPT = ['application/pdf', 'image/*'] as const;

function firstCoding(codes: FhirCoding[] | undefined): Coding | undefined {
  const c = codes?.find((x) => x.system && x.code && /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(x.system));
  if (!c?.system || !c.code) return undefined;
  return { system: c.system, code: c.code, ...(c.display ? { display: c.display } : {}) };
}

/** The label of an item: its prefix and text, or its linkId when it has no text. */
export function itemLabel(item: FhirQuestionnaireItem): string {
  const text = (item.text ?? '').trim();
  const prefix = (item.prefix ?? '').trim();
  const label = [prefix, text].filter((s) => s !== '').join(' ');
  return label === '' ? item.linkId : label;
}

function unitOf(item: FhirQuestionnaireItem, path: (string | number)[], log: IssueLog): Unit | undefined {
  const single = extensionOf(item.extension, FHIR_URL.unit)?.valueCoding;
  const options = [
    ...extensionsOf(item.extension, FHIR_URL.unitOption),
    ...extensionsOf(item.extension, FHIR_URL.sdcUnitOption),
  ]
    .map((e) => e.valueCoding)
    .filter((c): c is FhirCoding => c !== undefined);
  const coding = single ?? options[0];
  if (options.length > 1) {
    log.warn(
      'fhir_unit_choice_not_supported',
      path,
      `The form lets the user pick one of ${options.length} units; Careway asks in one unit, so the answer is taken in ${coding?.display ?? coding?.code ?? 'the first unit'}.`,
      item.linkId,
    );
  }
  if (!coding) return undefined;
  const label = coding.display ?? coding.code ?? '';
  if (label === '') return undefined;
  return { label, ...(coding.system === FHIR_URL.ucum && coding.code ? { ucum: coding.code } : {}) };
}

/**
 * Maps `item` to a field with id `id`, or `undefined` when the item type has
 * no Careway meaning (the reason is logged).
 */
export function importItemField(
  item: FhirQuestionnaireItem,
  id: string,
  path: (string | number)[],
  options: OptionsResult,
  log: IssueLog,
): ItemField | undefined {
  const label = itemLabel(item);
  const base = {
    id,
    label,
    required: item.required === true,
    ...(firstCoding(item.code) ? { code: firstCoding(item.code) as Coding } : {}),
  };
  const repeats =
    item.repeats === true ||
    (item.repeats as unknown) === 'true' ||
    extensionOf(item.extension, FHIR_URL.answerRepeats)?.valueBoolean === true;
  if ((item.repeats as unknown) === 'true') {
    log.warn(
      'fhir_invalid_value',
      [...path, 'repeats'],
      '`repeats` is the string "true" rather than a boolean; it was read as true.',
      item.linkId,
    );
  }
  if (
    options.kind === 'options' &&
    ['choice', 'open-choice', 'integer', 'string', 'date', 'time', 'decimal'].includes(item.type)
  ) {
    if (item.type === 'open-choice') {
      log.warn(
        'fhir_open_choice_closed',
        path,
        'This open-choice item also accepts free text; Careway offers only the listed options.',
        item.linkId,
      );
    }
    const opts = options.options.map((o) => o.option);
    if (opts.length === 0) {
      log.warn(
        'fhir_no_options',
        path,
        'None of the answer options could be read; the item is asked as free text.',
        item.linkId,
      );
      return { field: { ...base, type: 'text' }, valueKind: 'string' };
    }
    return repeats
      ? { field: { ...base, type: 'multi-choice', options: opts }, valueKind: 'multi' }
      : { field: { ...base, type: 'choice', options: opts }, valueKind: 'choice' };
  }
  if (repeats && item.type !== 'group' && item.type !== 'display' && item.type !== 'attachment') {
    log.warn(
      'fhir_repeats_not_supported',
      path,
      'This item may be answered several times; Careway keeps one answer.',
      item.linkId,
    );
  }
  switch (item.type) {
    case 'boolean':
      return { field: { ...base, type: 'boolean' }, valueKind: 'boolean' };
    case 'decimal':
    case 'integer':
    case 'quantity': {
      const unit = unitOf(item, path, log);
      const min = numericValue(extensionOf(item.extension, FHIR_URL.minValue));
      const max = numericValue(extensionOf(item.extension, FHIR_URL.maxValue));
      const type = item.type === 'integer' ? 'integer' : 'decimal';
      return {
        field: {
          ...base,
          type,
          ...(unit ? { unit } : {}),
          ...(min === undefined ? {} : { min }),
          ...(max === undefined ? {} : { max }),
        },
        valueKind: 'number',
      };
    }
    case 'date':
      return { field: { ...base, type: 'date' }, valueKind: 'date' };
    case 'dateTime':
      log.warn(
        'fhir_datetime_as_date',
        path,
        'Careway asks for a date; the time of day of this dateTime item is not captured.',
        item.linkId,
      );
      return { field: { ...base, type: 'date' }, valueKind: 'date' };
    case 'time':
      log.warn(
        'fhir_time_as_text',
        path,
        'Careway has no time-of-day field; this item is asked as short text (hh:mm:ss).',
        item.linkId,
      );
      return { field: { ...base, type: 'text', maxLength: 8 }, valueKind: 'string' };
    case 'string':
    case 'url':
    case 'text': {
      const maxLength =
        typeof item.maxLength === 'number' && item.maxLength > 0 ? { maxLength: item.maxLength } : {};
      return {
        field: { ...base, type: item.type === 'text' ? 'long-text' : 'text', ...maxLength },
        valueKind: 'string',
      };
    }
    case 'choice':
    case 'open-choice':
      if (options.kind === 'unresolved') {
        log.warn(
          'fhir_value_set_unresolved',
          [...path, 'answerValueSet'],
          `The options come from the value set ${options.valueSet}, which is not contained in the form nor supplied to the importer; the item is asked as free text. Supply the ValueSet (option valueSets) to keep the coded options.`,
          item.linkId,
        );
      } else {
        log.warn(
          'fhir_no_options',
          path,
          'This choice item lists no options; it is asked as free text.',
          item.linkId,
        );
      }
      return { field: { ...base, type: 'text' }, valueKind: 'string' };
    case 'attachment': {
      const accept = extensionsOf(item.extension, FHIR_URL.mimeType)
        .map((e) => e.valueCode)
        .filter((c): c is string => typeof c === 'string');
      const maxBytes = numericValue(extensionOf(item.extension, FHIR_URL.maxSize)) ?? DEFAULT_MAX_BYTES;
      if (accept.length === 0) {
        log.warn(
          'fhir_attachment_types_assumed',
          path,
          `The form does not say which files it accepts; Careway accepts ${DEFAULT_ACCEPT.join(' and ')}.`,
          item.linkId,
        );
      }
      return {
        field: {
          ...base,
          type: 'attachment',
          accept: accept.length > 0 ? accept : [...DEFAULT_ACCEPT],
          maxBytes,
          maxFiles: repeats ? 10 : 1,
        },
        valueKind: 'none',
      };
    }
    case 'display':
      return { field: { id, label, type: 'display', text: item.text ?? '' }, valueKind: 'none' };
    case 'reference':
      log.warn(
        'fhir_reference_as_text',
        path,
        'Careway cannot pick a FHIR resource; this reference item is asked as short text.',
        item.linkId,
      );
      return { field: { ...base, type: 'text' }, valueKind: 'string' };
    default:
      log.warn(
        'fhir_unsupported_item_type',
        [...path, 'type'],
        `Item type "${item.type}" has no Careway equivalent; the item was left out.`,
        item.linkId,
      );
      return undefined;
  }
}
