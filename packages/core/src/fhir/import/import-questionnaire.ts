/**
 * FHIR R4 Questionnaire → Careway pathway. See docs/format/fhir.md for the
 * full mapping; the modules beside this one each hold one part of it.
 */
import type { Pathway, Variable } from '../careway-types.js';
import { IdAllocator, pathwayIdFrom } from '../ids.js';
import type { FhirQuestionnaire, FhirValueSet } from '../types.js';
import { print } from './condition.js';
import { collectItems } from './collect.js';
import { readCarewayExtension } from './embedded.js';
import { VisibilityResolver } from './enable-when.js';
import { translateCalculations } from './fhirpath.js';
import { buildFields } from './fields.js';
import { prefillFor } from './initial.js';
import { type FhirIssue, IssueLog } from './issues.js';
import { scoreVariable } from './score.js';
import { draftSteps, layoutSteps } from './steps.js';

/** Options of {@link importQuestionnaire}. */
export interface ImportOptions {
  /** One step per top-level question instead of one step for a run of them (top-level groups stay one step each). */
  stepPerItem?: boolean;
  /** ValueSets that `answerValueSet` may refer to by canonical URL, besides the contained ones. */
  valueSets?: FhirValueSet[];
  /** Ignore an embedded Careway pathway extension and map the items instead. */
  ignoreEmbeddedPathway?: boolean;
}

/** Where each Careway field came from. */
export interface FieldOrigin {
  linkId: string;
  /** JSON path of the item in the Questionnaire. */
  path: (string | number)[];
}

/** The outcome of an import: the pathway (unless the input is not a Questionnaire), every issue, and the linkId mapping. */
export interface ImportResult {
  /** True when no issue is an error. */
  ok: boolean;
  pathway: Pathway | undefined;
  issues: FhirIssue[];
  /** Field id → the item it came from. */
  fields: Record<string, FieldOrigin>;
  /** linkId → field id, for every item that became a field. */
  linkIds: Record<string, string>;
  /** True when the pathway came whole from the Careway extension (an export by Careway). */
  embedded: boolean;
}

function semver(version: string | undefined, log: IssueLog): string {
  if (version === undefined) return '1.0.0';
  if (/^\d+\.\d+\.\d+$/.test(version)) return version;
  const parts = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(version);
  if (parts) return `${parts[1]}.${parts[2] ?? '0'}.${parts[3] ?? '0'}`;
  log.info(
    'fhir_version_not_semver',
    ['version'],
    `Version "${version}" is not a semantic version; the pathway starts at 1.0.0.`,
  );
  return '1.0.0';
}

/**
 * Imports a FHIR R4 Questionnaire as a Careway pathway.
 *
 * Never throws on bad input: problems are returned as issues. A Questionnaire
 * exported by Careway (it carries the `careway-pathway` extension) gives back
 * exactly the pathway it was made from.
 *
 * @example
 * const { pathway, issues, linkIds } = importQuestionnaire(questionnaire, { stepPerItem: true });
 */
export function importQuestionnaire(input: unknown, options: ImportOptions = {}): ImportResult {
  const log = new IssueLog();
  const empty = (): ImportResult => ({
    ok: false,
    pathway: undefined,
    issues: log.issues,
    fields: {},
    linkIds: {},
    embedded: false,
  });
  if (
    typeof input !== 'object' ||
    input === null ||
    (input as { resourceType?: unknown }).resourceType !== 'Questionnaire'
  ) {
    log.error(
      'fhir_not_a_questionnaire',
      [],
      'This is not a FHIR Questionnaire (resourceType must be "Questionnaire").',
    );
    return empty();
  }
  const q = input as FhirQuestionnaire;
  if (!options.ignoreEmbeddedPathway) {
    const embedded = readCarewayExtension(q, log);
    if (embedded)
      return {
        ok: true,
        pathway: embedded.pathway,
        issues: log.issues,
        fields: embedded.fields,
        linkIds: embedded.linkIds,
        embedded: true,
      };
  }
  const { infos, order, hints } = collectItems(q, log);
  if (order.length === 0) {
    log.error('fhir_no_items', ['item'], 'This Questionnaire has no items to import.');
    return empty();
  }
  const fieldIds = new IdAllocator();

  const fields = buildFields(q, order, hints, options.valueSets ?? [], fieldIds, log);

  const resolver = new VisibilityResolver(infos, log, (base) => fieldIds.take(base));
  for (const [info, field] of fields) {
    const when = print(resolver.condition(info));
    if (when !== undefined) field.showWhen = when;
    const prefill = prefillFor(info, field, log);
    if (prefill !== undefined) field.prefill = prefill;
  }

  const calculated = translateCalculations(q, order, fields, fieldIds, log);
  const score = scoreVariable(order, fields, resolver, fieldIds);
  const drafts = draftSteps(q, order, fields, resolver, fieldIds, options.stepPerItem === true);
  const layout = layoutSteps(drafts);
  const variables: Variable[] = [...resolver.variables, ...calculated, ...(score ? [score] : [])];
  const fieldOrigins: Record<string, FieldOrigin> = {};
  const linkIds: Record<string, string> = {};
  const variableIds = new Set(calculated.map((v) => v.id));
  for (const info of order) {
    const id =
      fields.get(info)?.id ??
      (info.fieldId !== undefined && variableIds.has(info.fieldId) ? info.fieldId : undefined);
    if (id === undefined) continue;
    fieldOrigins[id] = { linkId: info.linkId, path: info.path };
    linkIds[info.linkId] = id;
  }
  const title = q.title ?? q.name ?? q.id ?? 'Imported questionnaire';
  const pathway: Pathway = {
    schemaVersion: 1,
    id: pathwayIdFrom(q.id ?? q.name ?? title),
    version: semver(q.version, log),
    title,
    ...(q.description ? { description: q.description } : {}),
    status: q.status === 'active' || q.status === 'retired' ? q.status : 'draft',
    ...(q.publisher ? { publisher: { name: q.publisher } } : {}),
    approvals: [],
    sources:
      q.url && /^https?:\/\//.test(q.url)
        ? [{ id: 'questionnaire', title, url: q.url, ...(q.publisher ? { publisher: q.publisher } : {}) }]
        : [],
    context: [],
    ...layout,
    variables,
    scenarios: [],
  };
  return {
    ok: !log.issues.some((i) => i.severity === 'error'),
    pathway,
    issues: log.issues,
    fields: fieldOrigins,
    linkIds,
    embedded: false,
  };
}
