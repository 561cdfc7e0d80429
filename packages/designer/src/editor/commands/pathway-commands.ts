import type { Pathway } from '../../core.js';
import { command, type Command } from './command.js';

/**
 * Edits a pathway-level part of the document (title, publisher, approvals,
 * sources, context, variables, scenarios). `what` names it for the audit list.
 */
export function updatePathway(what: string, update: (doc: Pathway) => Pathway, clinical = true): Command {
  return command('update-pathway', `Change ${what}`, update, { clinical, coalesceKey: `pathway:${what}` });
}

/** Sets one top-level property of the pathway. */
export function setPathwayProperty<K extends keyof Pathway>(
  key: K,
  value: Pathway[K],
  what: string = String(key),
): Command {
  return updatePathway(what, (doc) => (doc[key] === value ? doc : { ...doc, [key]: value }));
}
