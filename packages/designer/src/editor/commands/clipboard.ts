import {
  safeParseFragment,
  type Field,
  type Issue,
  type Pathway,
  type PathwayEdge,
  type PathwayNode,
} from '../../core.js';
import { command, type Command } from './command.js';
import { renameNamesInText } from '../document/expr-rewrite.js';
import { fieldIds, freshId } from '../document/ids.js';

/** A copied part of a pathway: nodes, the edges between them, and their positions. */
export interface Fragment {
  readonly careway: 'fragment';
  readonly nodes: PathwayNode[];
  readonly edges: PathwayEdge[];
  readonly positions: Record<string, { x: number; y: number }>;
}

/** Copies the given nodes and the edges joining them. */
export function copyFragment(doc: Pathway, nodeIds: readonly string[]): Fragment {
  const ids = new Set(nodeIds);
  const positions: Fragment['positions'] = {};
  for (const id of ids) {
    const at = doc.layout?.nodes[id];
    if (at) positions[id] = at;
  }
  return {
    careway: 'fragment',
    nodes: doc.nodes.filter((n) => ids.has(n.id)),
    edges: doc.edges.filter((e) => ids.has(e.from) && ids.has(e.to)),
    positions,
  };
}

/** What clipboard text holds: a fragment, a fragment that was refused and why, or nothing of ours. */
export type ReadFragment =
  | { readonly ok: true; readonly fragment: Fragment }
  | { readonly ok: false; readonly issues: readonly Issue[] }
  | undefined;

/**
 * Reads a fragment from clipboard text, as strictly as a pathway file is read (core's
 * `safeParseFragment`: every node and connection by the document's own schemas, ids unique,
 * connections inside the fragment). `undefined` when the text is not a fragment at all (not JSON,
 * or JSON that does not say `"careway": "fragment"`), so that other text pastes as it always has.
 */
export function parseFragment(text: string): ReadFragment {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined; // not JSON: not ours
  }
  if (typeof value !== 'object' || value === null || (value as { careway?: unknown }).careway !== 'fragment')
    return undefined;
  const read = safeParseFragment({ positions: {}, ...value });
  return read.ok ? { ok: true, fragment: read.fragment } : { ok: false, issues: read.issues };
}

/** Renames fields and variables in an expression's text (core's parser and printer; quoted text and context facts untouched). */
export const renameIdentifiers = renameNamesInText;

function renameInField(field: Field, newId: string, renames: ReadonlyMap<string, string>): Field {
  const r = (e: string | undefined) => (e === undefined ? undefined : renameIdentifiers(e, renames));
  const copy: Field = { ...field, id: newId };
  if (field.showWhen !== undefined) copy.showWhen = r(field.showWhen) as string;
  if (field.prefill !== undefined) copy.prefill = r(field.prefill) as string;
  if (field.redFlag?.when !== undefined)
    copy.redFlag = { ...field.redFlag, when: r(field.redFlag.when) as string };
  if (field.validations)
    copy.validations = field.validations.map((v) => ({ ...v, when: r(v.when) as string }));
  return copy;
}

/**
 * Pastes a fragment with fresh node, edge and field ids (so that pasting into
 * the same pathway or another never collides), shifted by `offset`. The pasted
 * node ids are returned through `onPasted` so the canvas can select them.
 */
export function pasteFragment(
  fragment: Fragment,
  offset: { x: number; y: number },
  onPasted?: (nodeIds: string[]) => void,
): Command {
  return command(
    'paste',
    `Paste ${fragment.nodes.length} node${fragment.nodes.length === 1 ? '' : 's'}`,
    (doc) => {
      const nodeIds = new Map<string, string>();
      const takenNodes = doc.nodes.map((n) => n.id);
      for (const node of fragment.nodes) {
        const id = takenNodes.includes(node.id) ? freshId(node.id.replace(/-\d+$/, ''), takenNodes) : node.id;
        takenNodes.push(id);
        nodeIds.set(node.id, id);
      }
      const takenFields = [...fieldIds(doc)];
      const renames = new Map<string, string>();
      for (const node of fragment.nodes)
        if (node.kind === 'step')
          for (const field of node.fields) {
            const id = takenFields.includes(field.id)
              ? freshId(field.id.replace(/_\d+$/, ''), takenFields, '_')
              : field.id;
            takenFields.push(id);
            if (id !== field.id) renames.set(field.id, id);
          }
      const nodes = fragment.nodes.map((node): PathwayNode => {
        const id = nodeIds.get(node.id) ?? node.id;
        if (node.kind !== 'step') return { ...node, id };
        return {
          ...node,
          id,
          fields: node.fields.map((f) => renameInField(f, renames.get(f.id) ?? f.id, renames)),
        };
      });
      const takenEdges = doc.edges.map((e) => e.id);
      const edges = fragment.edges.map((edge): PathwayEdge => {
        const id = freshId('e', takenEdges);
        takenEdges.push(id);
        const next: PathwayEdge = {
          ...edge,
          id,
          from: nodeIds.get(edge.from) ?? edge.from,
          to: nodeIds.get(edge.to) ?? edge.to,
        };
        if (edge.when !== undefined) next.when = renameIdentifiers(edge.when, renames);
        return next;
      });
      const positions: Record<string, { x: number; y: number }> = {};
      fragment.nodes.forEach((node, i) => {
        const at = fragment.positions[node.id] ?? { x: i * 40, y: i * 40 };
        positions[nodeIds.get(node.id) ?? node.id] = { x: at.x + offset.x, y: at.y + offset.y };
      });
      onPasted?.(nodes.map((n) => n.id));
      return {
        ...doc,
        nodes: [...doc.nodes, ...nodes],
        edges: [...doc.edges, ...edges],
        layout: { ...doc.layout, nodes: { ...doc.layout?.nodes, ...positions } },
      };
    },
  );
}
