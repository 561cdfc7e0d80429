/**
 * Names the thing an issue path passes through, the way a clinical lead
 * knows it: `Field "fit_result" in step "fit"`, `Edge "e3" (fit → refer)`,
 * `Scenario "dvt-likely"`.
 */
import type { Issue, IssuePath } from '../issues/issue.js';

type Bag = Record<string, unknown>;

const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (v: unknown, key: string | number): unknown =>
  Array.isArray(v) && typeof key === 'number'
    ? v[key]
    : isBag(v) && typeof key === 'string' && Object.hasOwn(v, key)
      ? v[key]
      : undefined;
const quoted = (v: unknown): string | undefined =>
  typeof v === 'string' && v.length <= 120 ? JSON.stringify(v) : undefined;

const KIND_NAMES: Record<string, string> = {
  step: 'Step',
  decision: 'Decision',
  info: 'Info node',
  outcome: 'Outcome',
};

function named(noun: string, id: unknown, index: number): string {
  const q = quoted(id);
  return q === undefined ? `${noun} ${index + 1}` : `${noun} ${q}`;
}

function lower(subject: string): string {
  return subject.charAt(0).toLowerCase() + subject.slice(1);
}

/** The name of the thing at the start of `path`, its ids, and the rest of the path inside it. */
export interface Located {
  /** E.g. `Field "fit_result" in step "fit"`; undefined for the document's own properties. */
  subject: string | undefined;
  /** The path within the subject, e.g. `['redFlag', 'urgency']`. */
  rest: IssuePath;
  /** The node the path is in (for an edge, the node it leaves). */
  nodeId?: string;
  /** The edge the path is in. */
  edgeId?: string;
  /** The field, or the variable, the path is in. */
  fieldId?: string;
}

const idOf = (v: unknown, key = 'id'): string | undefined => {
  const id = at(v, key);
  return typeof id === 'string' ? id : undefined;
};

/** A located subject with the ids that are known. */
function ids(located: Located, nodeId?: string, edgeId?: string, fieldId?: string): Located {
  return {
    ...located,
    ...(nodeId !== undefined ? { nodeId } : {}),
    ...(edgeId !== undefined ? { edgeId } : {}),
    ...(fieldId !== undefined ? { fieldId } : {}),
  };
}

function locateNode(node: unknown, index: number, path: IssuePath): Located {
  const kind = at(node, 'kind');
  // Own names only: a kind such as "constructor" must not find Object's.
  const nodeName = named(
    (typeof kind === 'string' && Object.hasOwn(KIND_NAMES, kind) && KIND_NAMES[kind]) || 'Node',
    at(node, 'id'),
    index,
  );
  const [key, fieldIndex, key2, optionIndex] = path;
  const nodeId = idOf(node);
  if (key !== 'fields' || typeof fieldIndex !== 'number')
    return ids({ subject: nodeName, rest: path }, nodeId);
  const field = at(at(node, 'fields'), fieldIndex);
  const fieldName = `${named('Field', at(field, 'id'), fieldIndex)} in ${lower(nodeName)}`;
  const fieldId = idOf(field);
  if (key2 !== 'options' || typeof optionIndex !== 'number')
    return ids({ subject: fieldName, rest: path.slice(2) }, nodeId, undefined, fieldId);
  const option = at(at(field, 'options'), optionIndex);
  return ids(
    {
      subject: `${named('Option', at(option, 'value'), optionIndex)} of ${lower(fieldName)}`,
      rest: path.slice(4),
    },
    nodeId,
    undefined,
    fieldId,
  );
}

/**
 * Finds the named thing an issue path passes through in `document`, with
 * the ids of the node, edge and field it is in.
 *
 * @example
 * locate(doc, ['nodes', 2, 'fields', 0, 'min'])
 * // → { subject: 'Field "fit_result" in step "fit"', rest: ['min'] }
 */
export function locate(document: unknown, path: IssuePath): Located {
  const [first, index, ...rest] = path;
  if (typeof index !== 'number' && !(first === 'layout' || first === 'translations'))
    return { subject: undefined, rest: path };
  const item = typeof index === 'number' ? at(at(document, first ?? ''), index) : undefined;
  switch (first) {
    case 'nodes':
      return locateNode(item, index as number, rest);
    case 'edges': {
      const from = at(item, 'from');
      const to = at(item, 'to');
      const route = typeof from === 'string' && typeof to === 'string' ? ` (${from} → ${to})` : '';
      return ids(
        { subject: named('Edge', at(item, 'id'), index as number) + route, rest },
        idOf(item, 'from'),
        idOf(item),
      );
    }
    case 'variables':
      return ids(
        { subject: named('Variable', at(item, 'id'), index as number), rest },
        undefined,
        undefined,
        idOf(item),
      );
    case 'scenarios':
      return { subject: named('Scenario', at(item, 'id'), index as number), rest };
    case 'sources': {
      const subject = named('Source', at(item, 'id'), index as number);
      const [key, recIndex, ...inner] = rest;
      if (key === 'recommendations' && typeof recIndex === 'number') {
        return {
          subject: `${named('Recommendation', at(at(at(item, 'recommendations'), recIndex), 'id'), recIndex)} of ${lower(subject)}`,
          rest: inner,
        };
      }
      return { subject, rest };
    }
    case 'approvals':
      return { subject: `Approval ${(index as number) + 1}`, rest };
    case 'context': {
      const subject = named('Context field', at(item, 'id'), index as number);
      const [key, optionIndex, ...inner] = rest;
      if (key === 'options' && typeof optionIndex === 'number') {
        return {
          subject: `${named('Option', at(at(at(item, 'options'), optionIndex), 'value'), optionIndex)} of ${lower(subject)}`,
          rest: inner,
        };
      }
      return { subject, rest };
    }
    case 'layout':
      if (index === 'nodes' && typeof rest[0] === 'string')
        return { subject: `The layout of node ${quoted(rest[0]) ?? '?'}`, rest: rest.slice(1) };
      return { subject: 'The layout', rest: path.slice(1) };
    case 'translations':
      if (index === 'cy' && typeof rest[0] === 'string')
        return { subject: `The Welsh text ${quoted(rest[0]) ?? '?'}`, rest: rest.slice(1) };
      return { subject: 'The translations', rest: path.slice(1) };
    default:
      return { subject: undefined, rest: path };
  }
}

/** Writes the path inside a subject: `['validations', 1, 'when']` → `validations[1].when`. */
export function propertyPath(rest: IssuePath): string {
  let out = '';
  for (const part of rest) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

/**
 * A sentence about the thing at `path`: `Field "x" in step "y": "min" must be a number`.
 * Without a named subject: `"version" must be …`; at the document itself: `The pathway must be …`.
 */
export function sentence(document: unknown, path: IssuePath, phrase: string): string {
  const { subject, rest } = locate(document, path);
  const prop = propertyPath(rest);
  if (subject !== undefined && prop !== '') return `${subject}: "${prop}" ${phrase}`;
  if (subject !== undefined) return `${subject} ${phrase}`;
  if (prop !== '') return `"${prop}" ${phrase}`;
  return `The pathway ${phrase}`;
}

/** A short description of a value for messages: `"3"`, `1.5`, `a list`. */
export function shown(value: unknown): string {
  if (typeof value === 'string')
    return value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}…` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * The issue with the node, edge and field its path is in filled in (those
 * it already names are kept), so that every tool can point at the place.
 */
export function placed<I extends Issue>(document: unknown, found: I): I {
  if (found.nodeId !== undefined || found.edgeId !== undefined || found.fieldId !== undefined) return found;
  const { nodeId, edgeId, fieldId } = locate(document, found.path);
  if (nodeId === undefined && edgeId === undefined && fieldId === undefined) return found;
  return {
    ...found,
    ...(nodeId !== undefined ? { nodeId } : {}),
    ...(edgeId !== undefined ? { edgeId } : {}),
    ...(fieldId !== undefined ? { fieldId } : {}),
  };
}
