/**
 * Before a pathway runs, every expression in it must be read: parsed and
 * type-checked by core. The check loads on demand from beside the element's
 * module (on-demand.ts), once for the page.
 */
import type { Pathway } from './core.js';
import { problem, type CarewayErrorDetail } from './errors.js';
import type * as Readable from './readable.js';

let check: Promise<typeof Readable> | undefined;

/**
 * Why `pathway` may not run (`unreadable_expression`), or `undefined` when
 * it may. When the check itself cannot be loaded the pathway is not run
 * either (`engine_error`): nothing runs that has not been read. Never rejects.
 */
export function expressionProblem(pathway: Pathway): Promise<CarewayErrorDetail | undefined> {
  check ??= import('./on-demand.js');
  return check.then(
    (module) => module.unreadableProblem(pathway),
    () => {
      check = undefined;
      return problem('engine_error', 'The expression check could not be loaded: serve all of dist/.');
    },
  );
}
