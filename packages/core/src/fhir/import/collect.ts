/**
 * The first pass of an import: every item with its parent, its JSON path and
 * its linkId, in document order; help texts set aside as hints of their
 * question.
 */
import { extensionOf, FHIR_URL } from '../extensions.js';
import type { FhirQuestionnaire, FhirQuestionnaireItem } from '../types.js';
import type { ItemInfo } from './enable-when.js';
import type { IssueLog } from './issues.js';

const HELP_CONTROLS = new Set(['help', 'flyover', 'legal']);

function isHelp(item: FhirQuestionnaireItem): boolean {
  if (item.type !== 'display') return false;
  const control = extensionOf(item.extension, FHIR_URL.itemControl)?.valueCodeableConcept?.coding?.[0]?.code;
  return control !== undefined && HELP_CONTROLS.has(control);
}

/** The items of a Questionnaire, by linkId and in document order, and the help texts of each question. */
export interface CollectedItems {
  infos: Map<string, ItemInfo>;
  order: ItemInfo[];
  hints: Map<ItemInfo, string[]>;
}

/** Walks the items of `q`. Duplicate linkIds and items without linkId or type are reported. */
export function collectItems(q: FhirQuestionnaire, log: IssueLog): CollectedItems {
  const infos = new Map<string, ItemInfo>();
  const order: ItemInfo[] = [];
  const hints = new Map<ItemInfo, string[]>();
  const collect = (
    items: FhirQuestionnaireItem[] | undefined,
    parent: ItemInfo | undefined,
    basePath: (string | number)[],
  ): void => {
    (items ?? []).forEach((item, i) => {
      const path = [...basePath, 'item', i];
      if (typeof item?.linkId !== 'string' || typeof item.type !== 'string') {
        log.error('fhir_invalid_item', path, 'This item has no linkId or no type; it was left out.');
        return;
      }
      if (parent && parent.item.type !== 'group' && isHelp(item)) {
        hints.set(parent, [...(hints.get(parent) ?? []), item.text ?? '']);
        log.info('fhir_help_as_hint', path, 'This help text became the hint of its question.', item.linkId);
        return;
      }
      const info: ItemInfo = {
        linkId: item.linkId,
        item,
        path,
        parent,
        fieldId: undefined,
        valueKind: 'none',
        options: undefined,
      };
      if (infos.has(item.linkId)) {
        log.error(
          'fhir_duplicate_link_id',
          path,
          `linkId "${item.linkId}" is used by more than one item; conditions on it refer to the first.`,
          item.linkId,
        );
      } else {
        infos.set(item.linkId, info);
      }
      order.push(info);
      collect(item.item, info, path);
    });
  };
  collect(q.item, undefined, []);
  return { infos, order, hints };
}
