/**
 * The second pass of an import: each item that Careway can ask becomes a
 * field (see items.ts for the type mapping); groups, hidden items and
 * what cannot be imported are reported here, item by item.
 */
import type { Field } from '../careway-types.js';
import { EXPRESSION_EXTENSIONS, extensionOf, FHIR_URL } from '../extensions.js';
import { fieldIdBase, type IdAllocator } from '../ids.js';
import type { FhirQuestionnaire, FhirQuestionnaireItem, FhirValueSet } from '../types.js';
import { type ItemInfo, unsupportedExpressions } from './enable-when.js';
import type { IssueLog } from './issues.js';
import { importItemField } from './items.js';
import { importOptions } from './options.js';

/** Item extensions the importer reads (or reports through another code); any other is reported as ignored. */
const HANDLED_ITEM_EXTENSIONS: ReadonlySet<string> = new Set([
  FHIR_URL.unit,
  FHIR_URL.unitOption,
  FHIR_URL.sdcUnitOption,
  FHIR_URL.minValue,
  FHIR_URL.maxValue,
  FHIR_URL.mimeType,
  FHIR_URL.maxSize,
  FHIR_URL.hidden,
  FHIR_URL.itemControl,
  FHIR_URL.answerRepeats,
  FHIR_URL.variable,
  FHIR_URL.entryFormat,
  ...Object.keys(EXPRESSION_EXTENSIONS),
]);

function isHidden(item: FhirQuestionnaireItem): boolean {
  return extensionOf(item.extension, FHIR_URL.hidden)?.valueBoolean === true;
}

/** Makes the fields of the items in `order`, filling in each item's field id, answer kind and options. */
export function buildFields(
  q: FhirQuestionnaire,
  order: readonly ItemInfo[],
  hints: ReadonlyMap<ItemInfo, string[]>,
  valueSets: readonly FhirValueSet[],
  fieldIds: IdAllocator,
  log: IssueLog,
): Map<ItemInfo, Field> {
  const fields = new Map<ItemInfo, Field>();
  for (const info of order) {
    const { item, path } = info;
    if ((item.code?.length ?? 0) > (item.type === 'group' ? 0 : 1)) {
      const kept = item.type === 'group' ? 0 : 1;
      log.info(
        'fhir_codes_not_kept',
        [...path, 'code'],
        `Careway keeps ${kept === 0 ? 'no code on a group' : 'one code per question'}; ${(item.code ?? [])
          .slice(kept)
          .map((c) => `${c.system ?? '?'}|${c.code ?? '?'}`)
          .join(', ')} ${(item.code?.length ?? 0) - kept === 1 ? 'was' : 'were'} not imported.`,
        item.linkId,
      );
    }
    if (item.type === 'group') {
      if (item.repeats === true) {
        log.warn(
          'fhir_repeating_group',
          path,
          'This group may be filled in several times (e.g. once per relative); Careway asks it once.',
          item.linkId,
        );
      }
      continue;
    }
    if (isHidden(item)) {
      log.warn(
        'fhir_hidden_item',
        path,
        'This item is hidden from the person filling in the form; it was not imported as a question.',
        item.linkId,
      );
      continue;
    }
    if (item.type === 'display' && !(item.text ?? '').trim()) {
      log.info(
        'fhir_empty_display',
        path,
        'This display item has no text to show; it was left out.',
        item.linkId,
      );
      continue;
    }
    const opts = importOptions(item, path, q.contained ?? [], valueSets, log);
    const id = fieldIds.take(fieldIdBase(item.linkId));
    const made = importItemField(item, id, path, opts, log);
    if (!made) continue;
    const hint = hints.get(info);
    if (hint && hint.length > 0 && made.field.type !== 'display') made.field.hint = hint.join('\n\n');
    if (item.readOnly === true && made.field.type !== 'display') {
      log.warn(
        'fhir_read_only',
        [...path, 'readOnly'],
        'Careway has no read-only questions: this item is asked as an optional question (its initial value, if any, is prefilled).',
        item.linkId,
      );
      made.field.required = false;
    }
    info.fieldId = made.field.type === 'display' ? undefined : id;
    info.valueKind = made.valueKind;
    info.options = opts.kind === 'options' ? opts.options : undefined;
    fields.set(info, made.field);
    reportIgnoredExtensions(info, log);
    for (const u of unsupportedExpressions(item)) {
      if (u.name === 'calculatedExpression') continue;
      log.warn(
        'fhir_unsupported_expression',
        [...path, 'extension', u.index],
        `${u.name} (${u.text}) has no Careway equivalent and was not imported.`,
        item.linkId,
      );
    }
  }

  return fields;
}

function reportIgnoredExtensions(info: ItemInfo, log: IssueLog): void {
  (info.item.extension ?? []).forEach((e, i) => {
    if (HANDLED_ITEM_EXTENSIONS.has(e.url)) return;
    log.info(
      'fhir_extension_ignored',
      [...info.path, 'extension', i],
      `The extension ${e.url} has no meaning in Careway and was not imported.`,
      info.linkId,
    );
  });
}
