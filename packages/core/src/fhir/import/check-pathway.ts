/**
 * Validation of an embedded pathway through the schema module's
 * `safeParsePathway`, the one source of truth for the document.
 */
import { safeParsePathway } from '../../schema/parse.js';
import type { Pathway } from '../careway-types.js';

/** The pathway if `value` is a valid Careway document, else a short reason. */
export function checkPathway(
  value: unknown,
): { ok: true; pathway: Pathway } | { ok: false; message: string } {
  const result = safeParsePathway(value);
  if (result.ok) return { ok: true, pathway: result.pathway };
  const first = result.issues[0];
  return {
    ok: false,
    message: first
      ? `${first.message}${result.issues.length > 1 ? ` and ${result.issues.length - 1} more problems` : ''}`
      : 'invalid',
  };
}
