/**
 * The guard in front of the schema: copies any input into fresh plain JSON
 * data, refusing what JSON cannot hold (functions, cycles, class instances,
 * `NaN`...), keys that could reach a prototype (`__proto__`), and anything
 * beyond `LIMITS`. Getters are never invoked. It never throws.
 */
import { formatPath, issue, type Issue, type IssuePath } from '../issues/issue.js';
import { LIMITS, type Limits } from './limits.js';

/** Plain JSON data. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
/** A plain JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** The result of `toPlainJson`. */
export type SanitizeResult = { ok: true; value: JsonValue } | { ok: false; issues: Issue[] };

class TooLarge {
  constructor(readonly issue: Issue) {}
}

function where(path: IssuePath): string {
  return path.length === 0 ? 'The document' : `"${formatPath(path)}"`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null) {
    const proto: unknown = Object.getPrototypeOf(value);
    const ctor =
      proto && typeof proto === 'object' ? Object.getOwnPropertyDescriptor(proto, 'constructor') : undefined;
    const name: unknown =
      ctor && typeof ctor.value === 'function' ? (ctor.value as { name?: unknown }).name : undefined;
    return typeof name === 'string' && name !== ''
      ? `a ${name} object`
      : 'an object with an unusual prototype';
  }
  return `a ${typeof value}`;
}

function isPlainPrototype(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Copies `input` into fresh plain JSON data, or reports why it cannot be a
 * pathway document. Object properties whose value is `undefined` are
 * dropped, as `JSON.stringify` would.
 */
export function toPlainJson(input: unknown, limits: Limits = LIMITS): SanitizeResult {
  const issues: Issue[] = [];
  const path: IssuePath = [];
  const ancestors = new Set<object>();
  let values = 0;

  const tooLarge = (message: string): never => {
    throw new TooLarge(issue('too_large', [...path], message));
  };
  const notJson = (message: string): undefined => {
    if (issues.length < limits.maxIssues) issues.push(issue('not_json', [...path], message));
    return undefined;
  };

  const copy = (value: unknown, depth: number): JsonValue | undefined => {
    values += 1;
    if (values > limits.maxValues) {
      tooLarge(
        `The document holds more than ${limits.maxValues.toLocaleString('en-GB')} values; Careway reads at most that many.`,
      );
    }
    switch (typeof value) {
      case 'string':
        if (value.length > limits.maxStringLength) {
          tooLarge(
            `${where(path)} is ${value.length.toLocaleString('en-GB')} characters long; the most a text may have is ${limits.maxStringLength.toLocaleString('en-GB')}.`,
          );
        }
        return value;
      case 'boolean':
        return value;
      case 'number':
        if (!Number.isFinite(value))
          return notJson(`${where(path)} is ${String(value)}, which JSON cannot hold; use a finite number.`);
        return value === 0 ? 0 : value;
      case 'object':
        break;
      default:
        return notJson(`${where(path)} is ${describeValue(value)}; a pathway must be plain JSON data.`);
    }
    if (value === null) return null;
    if (depth >= limits.maxDepth)
      tooLarge(`${where(path)} is nested more than ${limits.maxDepth} levels deep.`);
    if (ancestors.has(value))
      return notJson(
        `${where(path)} refers back to one of its own parents (a cycle); JSON cannot hold that.`,
      );
    ancestors.add(value);
    try {
      return Array.isArray(value) ? copyArray(value, depth) : copyObject(value, depth);
    } finally {
      ancestors.delete(value);
    }
  };

  const copyArray = (array: unknown[], depth: number): JsonValue[] | undefined => {
    const length = array.length;
    if (length > limits.maxCollectionSize) {
      tooLarge(
        `${where(path)} has ${length.toLocaleString('en-GB')} items; the most a list may have is ${limits.maxCollectionSize.toLocaleString('en-GB')}.`,
      );
    }
    const out: JsonValue[] = [];
    for (let i = 0; i < length; i++) {
      path.push(i);
      const d = Object.getOwnPropertyDescriptor(array, i);
      if (d === undefined) notJson(`${where(path)} is an empty slot in a list; JSON cannot hold that.`);
      else if (d.get !== undefined || d.set !== undefined)
        notJson(`${where(path)} is a computed property; a pathway must be plain JSON data.`);
      else {
        const v = copy(d.value, depth + 1);
        if (v !== undefined) out.push(v);
      }
      path.pop();
    }
    return out;
  };

  const copyObject = (object: object, depth: number): JsonObject | undefined => {
    if (!isPlainPrototype(object))
      return notJson(`${where(path)} is ${describeValue(object)}; a pathway must be plain JSON data.`);
    const keys = Object.keys(object);
    if (keys.length > limits.maxCollectionSize) {
      tooLarge(
        `${where(path)} has ${keys.length.toLocaleString('en-GB')} properties; the most an object may have is ${limits.maxCollectionSize.toLocaleString('en-GB')}.`,
      );
    }
    const out: JsonObject = {};
    for (const key of keys) {
      path.push(key);
      if (key === '__proto__') {
        if (issues.length < limits.maxIssues) {
          issues.push(
            issue('unknown_property', [...path], `${where(path)} is not allowed anywhere in a pathway.`),
          );
        }
      } else {
        const d = Object.getOwnPropertyDescriptor(object, key);
        if (d !== undefined && (d.get !== undefined || d.set !== undefined)) {
          notJson(`${where(path)} is a computed property; a pathway must be plain JSON data.`);
        } else if (d !== undefined && d.value !== undefined) {
          const v = copy(d.value, depth + 1);
          if (v !== undefined) out[key] = v;
        }
      }
      path.pop();
    }
    return out;
  };

  try {
    const value = copy(input, 0);
    if (issues.length > 0 || value === undefined) {
      return {
        ok: false,
        issues: issues.length > 0 ? issues : [issue('not_json', [], 'The document is not JSON data.')],
      };
    }
    return { ok: true, value };
  } catch (e) {
    if (e instanceof TooLarge) return { ok: false, issues: [e.issue] };
    // A Proxy or an exotic object may throw while being read.
    return {
      ok: false,
      issues: [issue('not_json', [...path], `${where(path)} could not be read as JSON data.`)],
    };
  }
}
