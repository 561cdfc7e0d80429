/**
 * Reading back the `careway-pathway` extension of a Questionnaire that
 * Careway exported. The embedded pathway is used only when the
 * Questionnaire's items are still exactly what Careway wrote for it: if
 * someone edited the form in another tool, the items win and the import maps
 * them like any other form (with a warning), because they are what the
 * editor saw and meant.
 */
import type { Pathway } from '../careway-types.js';
import { stableJson } from '../canonical.js';
import { extensionOf, FHIR_URL } from '../extensions.js';
import { embeddedLinkIds } from '../export/embed.js';
import { exportQuestionnaire } from '../export/questionnaire.js';
import type { FhirQuestionnaire, FhirQuestionnaireItem } from '../types.js';
import { checkPathway } from './check-pathway.js';
import type { FieldOrigin } from './import-questionnaire.js';
import type { IssueLog } from './issues.js';

/** The embedded pathway with its field mapping, or `undefined` when there is none to use. */
export function readCarewayExtension(
  q: FhirQuestionnaire,
  log: IssueLog,
): { pathway: Pathway; fields: Record<string, FieldOrigin>; linkIds: Record<string, string> } | undefined {
  const index = (q.extension ?? []).findIndex((e) => e.url === FHIR_URL.carewayPathway);
  if (index < 0) return undefined;
  const path = ['extension', index];
  const text = extensionOf(q.extension?.[index]?.extension, 'pathway')?.valueString;
  if (typeof text !== 'string') {
    log.warn(
      'fhir_embedded_pathway_invalid',
      path,
      'The careway-pathway extension holds no pathway; the items were imported instead.',
    );
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    log.warn(
      'fhir_embedded_pathway_invalid',
      path,
      'The careway-pathway extension is not valid JSON; the items were imported instead.',
    );
    return undefined;
  }
  const checked = checkPathway(parsed);
  if (!checked.ok) {
    log.warn(
      'fhir_embedded_pathway_invalid',
      path,
      `The embedded pathway is not a valid Careway document (${checked.message}); the items were imported instead.`,
    );
    return undefined;
  }
  const pathway = checked.pathway;
  const mapping = embeddedLinkIds(q.extension?.[index]);
  const base = baseOf(q.url, pathway.id);
  const expected =
    exportQuestionnaire(pathway, {
      ...(base === undefined ? {} : { baseUrl: base }),
      ...(mapping ? { linkIds: mapping } : {}),
    }).questionnaire.item ?? [];
  if (stableJson(expected) !== stableJson(q.item ?? [])) {
    log.warn(
      'fhir_embedded_pathway_stale',
      ['item'],
      'The form was changed after Careway exported it (its items no longer match the embedded pathway); the items were imported and the embedded routing was not used.',
    );
    return undefined;
  }
  const fields: Record<string, FieldOrigin> = {};
  const linkIds: Record<string, string> = {};
  const byLink = new Map(
    pathway.nodes.flatMap((n) =>
      n.kind === 'step' ? n.fields.map((f) => [mapping?.[f.id] ?? f.id, f.id] as const) : [],
    ),
  );
  const walk = (items: FhirQuestionnaireItem[], at: (string | number)[]): void =>
    items.forEach((item, i) => {
      const here = [...at, 'item', i];
      const fieldId = byLink.get(item.linkId);
      if (fieldId !== undefined) {
        fields[fieldId] = { linkId: item.linkId, path: here };
        linkIds[item.linkId] = fieldId;
      }
      walk(item.item ?? [], here);
    });
  walk(q.item ?? [], []);
  return { pathway, fields, linkIds };
}

function baseOf(url: string | undefined, id: string): string | undefined {
  return url?.endsWith(`/${id}`) ? url.slice(0, -id.length - 1) : undefined;
}
