/**
 * Core's check that every expression of a pathway can be read
 * (`unreadableExpressions`), as the element reports it. Loaded on demand by
 * `expressions.ts`, so that the type checker and the analysis model it needs
 * stay out of the main file.
 */
import { unreadableExpressions, type Pathway } from './core.js';
import type { CarewayErrorDetail } from './errors.js';

/** The `unreadable_expression` problem of a pathway, or `undefined` when every expression can be read. */
export function unreadableProblem(pathway: Pathway): CarewayErrorDetail | undefined {
  const found = unreadableExpressions(pathway);
  if (found.length === 0) return undefined;
  const more = found.length > 5 ? ` (and ${found.length - 5} more)` : '';
  return {
    code: 'unreadable_expression',
    message: `The pathway has ${found.length === 1 ? 'an expression' : `${found.length} expressions`} that cannot be read, so it has not been run: ${found
      .slice(0, 5)
      .map((f) => f.message)
      .join(' ')}${more}`,
    severity: 'error',
    data: {
      issues: found.map((f) => ({
        code: f.code,
        path: f.path,
        message: f.message,
        ...(f.nodeId !== undefined ? { nodeId: f.nodeId } : {}),
        ...(f.edgeId !== undefined ? { edgeId: f.edgeId } : {}),
        ...(f.fieldId !== undefined ? { fieldId: f.fieldId } : {}),
      })),
    },
  };
}
