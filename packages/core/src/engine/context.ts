/**
 * The host's context facts as the engine keeps them: only the pathway's
 * declared context fields, only with values of their declared type, only
 * plain JSON. Anything else is left out and reported, never thrown.
 */
import { engineIssue } from './messages/index.js';
import type { ContextField } from './doc.js';
import type { ViewIssue } from './types.js';
import { clonePlain } from './clone.js';
import { isJsonValue, parseIsoDate } from './values.js';
import { LIMITS } from '../schema/limits.js';

const CONTEXT_CHECK: Record<ContextField['type'], (v: unknown) => boolean> = {
  boolean: (v) => typeof v === 'boolean',
  integer: (v) => typeof v === 'number' && Number.isInteger(v),
  decimal: (v) => typeof v === 'number' && Number.isFinite(v),
  string: (v) => typeof v === 'string' && v.length <= LIMITS.maxAnswerLength,
  date: (v) => typeof v === 'string' && parseIsoDate(v) !== undefined,
  choice: (v) => typeof v === 'string' && v.length <= LIMITS.maxAnswerLength,
  'multi-choice': (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
};

/** Keeps the declared context facts with values of their declared type; reports the rest. */
export function cleanContext(
  declared: ReadonlyMap<string, ContextField>,
  given: Record<string, unknown>,
  notices: ViewIssue[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof given !== 'object' || given === null) return out;
  try {
    collect(declared, given, notices, out);
  } catch {
    // A host object that throws when read (a hostile getter or proxy) gives no context.
    notices.push(engineIssue('context_invalid', undefined));
    return {};
  }
  return out;
}

function collect(
  declared: ReadonlyMap<string, ContextField>,
  given: Record<string, unknown>,
  notices: ViewIssue[],
  out: Record<string, unknown>,
): void {
  for (const [id, value] of Object.entries(given)) {
    if (value === undefined || value === null) continue;
    const field = declared.get(id);
    if (!field) {
      notices.push(engineIssue('context_ignored', undefined, { id }));
    } else if (!isJsonValue(value) || !(CONTEXT_CHECK[field.type]?.(value) ?? false)) {
      // A text longer than an answer may be could never be prefilled: say so rather than drop it quietly.
      const long = typeof value === 'string' && value.length > LIMITS.maxAnswerLength;
      notices.push(
        engineIssue('context_invalid', undefined, {
          id,
          type: long ? `${field.type} of at most ${LIMITS.maxAnswerLength} characters` : field.type,
        }),
      );
    } else {
      out[id] = clonePlain(value);
    }
  }
}
