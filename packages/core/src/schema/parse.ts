/**
 * Reading a pathway document: guard, migrate, check the shape, check the
 * rules. `safeParsePathway` never throws, whatever it is given.
 */
import * as z from './zod.js';
import { placed, shown } from './describe.js';
import { andMore, formatPath, hasErrors, issue, shortlist, type Issue } from '../issues/issue.js';
import { LIMITS } from './limits.js';
import { migrateDocument } from './migrations.js';
import { PathwaySchema, type Pathway } from './pathway.js';
import { checkPathwayRules } from './rules.js';
import { toPlainJson, type JsonObject, type JsonValue } from './sanitize.js';
import { fromZodIssues } from './zod-issues.js';

/** The result of `safeParsePathway`. */
export type SafeParseResult =
  | {
      ok: true;
      /** The pathway, as fresh plain objects at the current schema version. */
      pathway: Pathway;
      /** Things a person should look at; they do not stop the pathway being used. */
      warnings: Issue[];
      /** Present when the document was written in an older schema version and migrated. */
      migrated?: { from: number; to: number };
    }
  | { ok: false; /** Errors first, then warnings. */ issues: Issue[] };

/** Thrown by `parsePathway`; carries every issue found. */
export class PathwayError extends Error {
  /** Every issue found: errors first, then warnings. */
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const { shown: first, more } = shortlist(errors, 10);
    const lines = first.map((i) => `  - ${i.message} [${i.code} at ${formatPath(i.path)}]`);
    super(
      [
        `The pathway is not valid (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}):`,
        ...lines,
        ...(more > 0 ? [`  ${andMore(more)}`] : []),
      ].join('\n'),
    );
    this.name = 'PathwayError';
    this.issues = issues;
  }
}

function cap(issues: Issue[]): Issue[] {
  const ordered = [
    ...issues.filter((i) => i.severity === 'error'),
    ...issues.filter((i) => i.severity !== 'error'),
  ];
  if (ordered.length <= LIMITS.maxIssues) return ordered;
  const left = ordered.length - (LIMITS.maxIssues - 1);
  return [
    ...ordered.slice(0, LIMITS.maxIssues - 1),
    issue(
      'too_many_issues',
      [],
      `${left} more problems were found and are not listed; fix the ones above first.`,
    ),
  ];
}

const isObject = (v: JsonValue): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Refuses documents with too many nodes or fields before the schema spends time on them. */
function checkSize(document: JsonObject): Issue | undefined {
  const nodes = document.nodes;
  if (!Array.isArray(nodes)) return undefined;
  if (nodes.length > LIMITS.maxNodes) {
    return issue(
      'too_large',
      ['nodes'],
      `The pathway has ${nodes.length} nodes; Careway accepts at most ${LIMITS.maxNodes}.`,
    );
  }
  let fields = 0;
  for (const node of nodes) if (isObject(node) && Array.isArray(node.fields)) fields += node.fields.length;
  if (fields > LIMITS.maxFields) {
    return issue(
      'too_large',
      ['nodes'],
      `The pathway has ${fields} fields; Careway accepts at most ${LIMITS.maxFields}.`,
    );
  }
  return undefined;
}

function quickSizeCheck(input: unknown): Issue | undefined {
  let nodes: unknown;
  try {
    nodes =
      typeof input === 'object' && input !== null
        ? Object.getOwnPropertyDescriptor(input, 'nodes')?.value
        : undefined;
  } catch {
    return undefined; // the guard reports what cannot be read
  }
  return Array.isArray(nodes) && nodes.length > LIMITS.maxNodes
    ? issue(
        'too_large',
        ['nodes'],
        `The pathway has ${nodes.length} nodes; Careway accepts at most ${LIMITS.maxNodes}.`,
      )
    : undefined;
}

function parse(input: unknown): SafeParseResult {
  const early = quickSizeCheck(input);
  if (early) return { ok: false, issues: [early] };
  const plain = toPlainJson(input);
  if (!plain.ok) return { ok: false, issues: cap(plain.issues) };
  if (!isObject(plain.value)) {
    const hint = typeof plain.value === 'string' ? '; parse JSON text with JSON.parse first' : '';
    return {
      ok: false,
      issues: [
        issue('invalid_type', [], `The pathway must be a JSON object (found ${shown(plain.value)})${hint}.`),
      ],
    };
  }
  const migrated = migrateDocument(plain.value);
  if (!migrated.ok) return { ok: false, issues: migrated.issues };
  const tooLarge = checkSize(migrated.document);
  if (tooLarge) return { ok: false, issues: [tooLarge] };
  const result = z.safeParse(PathwaySchema, migrated.document);
  if (!result.success)
    return {
      ok: false,
      issues: cap(
        fromZodIssues(result.error.issues, migrated.document, PathwaySchema).map((i) =>
          placed(migrated.document, i),
        ),
      ),
    };
  const found = checkPathwayRules(result.data);
  if (hasErrors(found)) return { ok: false, issues: cap(found) };
  const warnings = cap(found);
  return migrated.from === migrated.to
    ? { ok: true, pathway: result.data, warnings }
    : { ok: true, pathway: result.data, warnings, migrated: { from: migrated.from, to: migrated.to } };
}

/**
 * Reads a pathway document from any input, never throwing: JSON text must
 * be parsed first (`JSON.parse`); older schema versions are migrated.
 *
 * @example
 * const result = safeParsePathway(JSON.parse(text));
 * if (!result.ok) for (const i of result.issues) console.error(i.message);
 */
export function safeParsePathway(input: unknown): SafeParseResult {
  try {
    return parse(input);
  } catch {
    return {
      ok: false,
      issues: [
        issue(
          'internal_error',
          [],
          'Careway could not read this document because of an internal error; please report it.',
        ),
      ],
    };
  }
}

/**
 * Reads a pathway document, throwing a `PathwayError` with every issue when
 * it is not valid. Warnings do not throw; use `safeParsePathway` to see them.
 *
 * @example
 * const pathway = parsePathway(JSON.parse(await readFile('dvt.json', 'utf8')));
 */
export function parsePathway(input: unknown): Pathway {
  const result = safeParsePathway(input);
  if (!result.ok) throw new PathwayError(result.issues);
  return result.pathway;
}
