/**
 * A part of a pathway taken on its own, as the designer copies and pastes it: nodes, the connections
 * between them and their positions. It is read as strictly as a whole document: the same guard
 * (hostile keys, sizes), the document's own schemas for each node and connection, and the identity
 * rules that can hold inside a part. `safeParseFragment` never throws, whatever it is given.
 */
import { hasErrors, issue, type Issue, type IssuePath } from '../issues/issue.js';
import { IdSchema } from './common.js';
import { locate, placed, shown } from './describe.js';
import { EdgeSchema, mayLeadOn, NodeSchema } from './nodes.js';
import { PositionSchema } from './pathway.js';
import { toPlainJson, type JsonValue } from './sanitize.js';
import * as z from './zod.js';
import { fromZodIssues } from './zod-issues.js';

/** A copied part of a pathway. */
export const FragmentSchema = z.strictObject({
  careway: z.literal('fragment'),
  nodes: z.array(NodeSchema).check(z.minLength(1)),
  edges: z.array(EdgeSchema),
  positions: z.record(IdSchema, PositionSchema),
});

/** A copied part of a pathway: nodes, the connections between them, and their positions. */
export type PathwayFragment = z.infer<typeof FragmentSchema>;

/** The result of `safeParseFragment`. */
export type SafeParseFragmentResult =
  { ok: true; fragment: PathwayFragment } | { ok: false; /** Every reason, errors first. */ issues: Issue[] };

/** Reports the second and later uses of each id. */
function unique(fragment: PathwayFragment, items: { id: string; path: IssuePath }[], rule: string): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const { id, path } of items) {
    if (!seen.has(id)) seen.add(id);
    else
      out.push(
        issue('duplicate_id', [...path, 'id'], `${locate(fragment, path).subject ?? 'An item'}: ${rule}.`),
      );
  }
  return out;
}

/** Ids unique inside the part, and each connection joins two of its nodes. */
function checkInside(fragment: PathwayFragment): Issue[] {
  const fields: { id: string; path: IssuePath }[] = [];
  fragment.nodes.forEach((node, n) => {
    if (node.kind === 'step')
      node.fields.forEach((f, i) => fields.push({ id: f.id, path: ['nodes', n, 'fields', i] }));
  });
  const out = [
    ...unique(
      fragment,
      fragment.nodes.map((node, i) => ({ id: node.id, path: ['nodes', i] })),
      'node ids must be unique',
    ),
    ...unique(
      fragment,
      fragment.edges.map((edge, i) => ({ id: edge.id, path: ['edges', i] })),
      'edge ids must be unique',
    ),
    ...unique(fragment, fields, 'field ids must be unique'),
  ];
  const nodes = new Map(fragment.nodes.map((node) => [node.id, node]));
  fragment.edges.forEach((edge, e) => {
    const name = locate(fragment, ['edges', e]).subject ?? 'A connection';
    for (const end of ['from', 'to'] as const)
      if (!nodes.has(edge[end]))
        out.push(
          issue(
            'unknown_reference',
            ['edges', e, end],
            `${name}: "${end}" names node "${edge[end]}", which is not among the copied nodes.`,
          ),
        );
    const from = nodes.get(edge.from);
    if (from && !mayLeadOn(from))
      out.push(
        issue(
          'invalid_reference',
          ['edges', e, 'from'],
          `${name} leaves outcome "${edge.from}", but an outcome ends the pathway.`,
        ),
      );
  });
  return out;
}

function parse(input: unknown): SafeParseFragmentResult {
  const plain = toPlainJson(input);
  if (!plain.ok) return { ok: false, issues: plain.issues };
  const value: JsonValue = plain.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value.careway !== 'fragment')
    return {
      ok: false,
      issues: [
        issue('invalid_type', [], `A copied part of a pathway must be a fragment (found ${shown(value)}).`),
      ],
    };
  const result = z.safeParse(FragmentSchema, value);
  if (!result.success)
    return {
      ok: false,
      issues: fromZodIssues(result.error.issues, value, FragmentSchema).map((i) => placed(value, i)),
    };
  const found = checkInside(result.data);
  return hasErrors(found) ? { ok: false, issues: found } : { ok: true, fragment: result.data };
}

/**
 * Reads a copied part of a pathway (e.g. from the clipboard, after `JSON.parse`), never throwing:
 * each node and connection must be valid by the document's schemas, ids unique and connections
 * inside the part. Nothing in the input is used unless all of it is valid.
 *
 * @example
 * const read = safeParseFragment(JSON.parse(text));
 * if (!read.ok) show(read.issues);
 */
export function safeParseFragment(input: unknown): SafeParseFragmentResult {
  try {
    return parse(input);
  } catch {
    return {
      ok: false,
      issues: [
        issue(
          'internal_error',
          [],
          'Careway could not read this part of a pathway because of an internal error.',
        ),
      ],
    };
  }
}
