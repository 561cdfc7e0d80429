/**
 * Whether a value read from outside (a JSON document, a message) is a
 * well-formed syntax tree: the shapes the parser produces and the printer
 * round-trips exactly.
 */
import { DURATION_UNITS, isValidName, type DurationUnit, type ExprNode } from './ast.js';
import { isIsoDate } from './dates.js';
import { MAX_DEPTH, nodeBudget } from './limits.js';

const OPS = new Set(['+', '-', '*', '/', '=', '!=', '<', '<=', '>', '>=', 'in', 'not in']);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnly(node: Json, keys: string[]): boolean {
  return Object.keys(node).every((k) => keys.includes(k));
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && !Object.is(value, -0);
}

function valid(value: unknown, depth: number, count: () => void): boolean {
  if (depth > MAX_DEPTH || !isObject(value)) return false;
  count();
  const nodes = (list: unknown, min: number) =>
    Array.isArray(list) && list.length >= min && list.every((item) => valid(item, depth + 1, count));
  switch (value['kind']) {
    case 'number':
      return hasOnly(value, ['kind', 'value']) && isCount(value['value']);
    case 'string':
      return hasOnly(value, ['kind', 'value']) && typeof value['value'] === 'string';
    case 'boolean':
      return hasOnly(value, ['kind', 'value']) && typeof value['value'] === 'boolean';
    case 'date':
      return (
        hasOnly(value, ['kind', 'value']) && typeof value['value'] === 'string' && isIsoDate(value['value'])
      );
    case 'duration':
      return (
        hasOnly(value, ['kind', 'value', 'unit']) &&
        isCount(value['value']) &&
        DURATION_UNITS.includes(value['unit'] as DurationUnit)
      );
    case 'list':
      return hasOnly(value, ['kind', 'items']) && nodes(value['items'], 0);
    case 'ref':
    case 'context':
      return (
        hasOnly(value, ['kind', 'name']) && typeof value['name'] === 'string' && isValidName(value['name'])
      );
    case 'unary':
      return (
        hasOnly(value, ['kind', 'op', 'operand']) &&
        (value['op'] === 'not' || value['op'] === '-') &&
        valid(value['operand'], depth + 1, count)
      );
    case 'binary':
      return (
        hasOnly(value, ['kind', 'op', 'left', 'right']) &&
        OPS.has(value['op'] as string) &&
        valid(value['left'], depth + 1, count) &&
        valid(value['right'], depth + 1, count)
      );
    case 'logical':
      return (
        hasOnly(value, ['kind', 'op', 'operands']) &&
        (value['op'] === 'and' || value['op'] === 'or') &&
        nodes(value['operands'], 2)
      );
    case 'call':
      return (
        hasOnly(value, ['kind', 'name', 'args']) &&
        typeof value['name'] === 'string' &&
        isValidName(value['name']) &&
        value['name'] !== 'date' &&
        nodes(value['args'], 0)
      );
    default:
      return false;
  }
}

/**
 * Whether `value` is a well-formed expression tree within {@link MAX_DEPTH}
 * and {@link MAX_NODES}
 * (it says nothing about types: use {@link typecheck} for that).
 *
 * @example
 * isExprNode(JSON.parse('{"kind":"ref","name":"age"}')); // true
 * isExprNode({ kind: 'ref', name: 'Age' });              // false: names are snake_case
 */
export function isExprNode(value: unknown): value is ExprNode {
  try {
    return valid(value, 1, nodeBudget());
  } catch {
    return false;
  }
}
