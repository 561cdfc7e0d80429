import type { ContextField, Field, Option, Pathway } from '../../core.js';
import { unreadableMentions } from './expr-rewrite.js';
import { idProblem } from './id-rules.js';
import { fieldIds } from './ids.js';

/** The field or context fact whose options an option value belongs to. */
export type OptionOwner = { readonly field: string } | { readonly context: string };

/** The field with id `id`, wherever it is asked. */
export function findField(doc: Pathway, id: string): Field | undefined {
  for (const node of doc.nodes)
    if (node.kind === 'step') for (const field of node.fields) if (field.id === id) return field;
  return undefined;
}

/** The options of a field or context fact (`undefined` when it has none). */
export function optionsOf(doc: Pathway, owner: OptionOwner): readonly Option[] | undefined {
  if ('field' in owner) {
    const field = findField(doc, owner.field);
    return field && 'options' in field ? field.options : undefined;
  }
  return doc.context.find((c: ContextField) => c.id === owner.context)?.options;
}

/** Why node `from` cannot be renamed `to`; `undefined` when it can (or when `to` is `from`). */
export function renameNodeProblem(doc: Pathway, from: string, to: string): string | undefined {
  if (from === to) return undefined;
  if (!doc.nodes.some((n) => n.id === from)) return `There is no node “${from}” to rename.`;
  return (
    idProblem('node', to) ??
    (doc.nodes.some((n) => n.id === to) ? 'Another node already has this id.' : undefined)
  );
}

/**
 * Why question or variable `from` cannot be renamed `to`, in words for the
 * author; `undefined` when it can (or when `to` is `from`: nothing to do).
 * Fields and variables share one namespace, since both are names in conditions.
 */
export function renameNameProblem(
  doc: Pathway,
  which: 'field' | 'variable',
  from: string,
  to: string,
): string | undefined {
  if (from === to) return undefined;
  const exists = which === 'field' ? findField(doc, from) : doc.variables.find((v) => v.id === from);
  if (!exists) return `There is no ${which === 'field' ? 'question' : 'variable'} “${from}” to rename.`;
  return (
    idProblem('field', to) ??
    (fieldIds(doc).has(to) ? `“${to}” is already the id of a question or variable.` : undefined)
  );
}

/** Why context fact `from` cannot be renamed `to`; `undefined` when it can. */
export function renameContextProblem(doc: Pathway, from: string, to: string): string | undefined {
  if (from === to) return undefined;
  if (!doc.context.some((c) => c.id === from)) return `There is no context fact “${from}” to rename.`;
  return (
    idProblem('field', to) ??
    (doc.context.some((c) => c.id === to) ? `“${to}” is already the id of a context fact.` : undefined)
  );
}

/** Why option value `from` of a field or context fact cannot become `to`; `undefined` when it can. */
export function renameOptionProblem(
  doc: Pathway,
  owner: OptionOwner,
  from: string,
  to: string,
): string | undefined {
  if (from === to) return undefined;
  const options = optionsOf(doc, owner);
  if (!options?.some((o) => o.value === from)) return `There is no option “${from}” to rename.`;
  return (
    idProblem('option', to) ??
    (options.some((o) => o.value === to) ? `Another option already has the value “${to}”.` : undefined)
  );
}

/**
 * What a rename cannot reach: the expressions that mention the old name but
 * do not read yet, in words ("the condition of edge e3"), for the author to
 * fix by hand.
 */
export function renameLeftovers(doc: Pathway, name: string): string[] {
  return unreadableMentions(doc, name).map((site) => site.what);
}
