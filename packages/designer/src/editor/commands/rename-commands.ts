import type { Pathway, PathwayNode, Scenario } from '../../core.js';
import { command, type Command } from './command.js';
import { renameOptionLiterals, renameReferences, rewriteExpressions } from '../document/expr-rewrite.js';
import { renameKey } from '../document/paths.js';
import { renameTextKeys } from '../document/text-keys.js';
import {
  renameContextProblem,
  renameNameProblem,
  renameOptionProblem,
  type OptionOwner,
} from '../document/rename-checks.js';

const swap = (from: string, to: string) => (id: string) => (id === from ? to : id);

/** Renames a name of the shared field/variable namespace in outcomes' `requires` and every expression. */
function renameName(doc: Pathway, from: string, to: string): Pathway {
  const nodes = doc.nodes.map((n): PathwayNode => {
    if (n.kind === 'outcome' && n.requires.includes(from))
      return { ...n, requires: n.requires.map(swap(from, to)) };
    return n;
  });
  return rewriteExpressions({ ...doc, nodes }, renameReferences('ref', from, to));
}

/**
 * Renames a question's id everywhere it is used: the conditions, prefills,
 * validation rules, red-flag conditions, variables and score items that
 * read it (rewritten through core's parser and printer), the outcomes that
 * require it, the scenarios' answers and the Welsh translations. Refused
 * (no change) when the new id is taken or invalid; see `renameNameProblem`.
 */
export function renameField(from: string, to: string): Command {
  return command('rename-field', `Rename question "${from}" to "${to}"`, (doc) => {
    if (from === to || renameNameProblem(doc, 'field', from, to) !== undefined) return doc;
    const nodes = doc.nodes.map((n): PathwayNode =>
      n.kind === 'step' && n.fields.some((f) => f.id === from)
        ? { ...n, fields: n.fields.map((f) => (f.id === from ? { ...f, id: to } : f)) }
        : n,
    );
    const scenarios = doc.scenarios.map((s) =>
      Object.hasOwn(s.answers, from) ? { ...s, answers: renameKey(s.answers, from, to) } : s,
    );
    return renameTextKeys(renameName({ ...doc, nodes, scenarios }, from, to), [
      [`field.${from}.`, `field.${to}.`],
      [`option.${from}.`, `option.${to}.`],
      [`validation.${from}.`, `validation.${to}.`],
    ]);
  });
}

/** Renames a variable or score everywhere it is used (expressions, outcomes' `requires`, translations). */
export function renameVariable(from: string, to: string): Command {
  return command('rename-variable', `Rename variable "${from}" to "${to}"`, (doc) => {
    if (from === to || renameNameProblem(doc, 'variable', from, to) !== undefined) return doc;
    const variables = doc.variables.map((v) => (v.id === from ? { ...v, id: to } : v));
    return renameTextKeys(renameName({ ...doc, variables }, from, to), [
      [`variable.${from}.`, `variable.${to}.`],
    ]);
  });
}

/** Renames a context fact everywhere: `context.<id>` in expressions, the scenarios' context, translations. */
export function renameContext(from: string, to: string): Command {
  return command('rename-context', `Rename context fact "${from}" to "${to}"`, (doc) => {
    if (from === to || renameContextProblem(doc, from, to) !== undefined) return doc;
    const context = doc.context.map((c) => (c.id === from ? { ...c, id: to } : c));
    const scenarios = doc.scenarios.map((s) =>
      s.context && Object.hasOwn(s.context, from) ? { ...s, context: renameKey(s.context, from, to) } : s,
    );
    const next = rewriteExpressions({ ...doc, context, scenarios }, renameReferences('context', from, to));
    return renameTextKeys(next, [[`context.${from}.`, `context.${to}.`]]);
  });
}

const swapValue = (value: unknown, from: string, to: string): unknown =>
  value === from
    ? to
    : Array.isArray(value) && value.includes(from)
      ? value.map((v: unknown) => (v === from ? to : v))
      : value;

function withOptionRenamed(doc: Pathway, owner: OptionOwner, from: string, to: string): Pathway {
  const options = <T extends { value: string }>(list: readonly T[]) =>
    list.map((o) => (o.value === from ? { ...o, value: to } : o));
  if ('context' in owner)
    return {
      ...doc,
      context: doc.context.map((c) =>
        c.id === owner.context && c.options ? { ...c, options: options(c.options) } : c,
      ),
    };
  const nodes = doc.nodes.map((n): PathwayNode => {
    if (n.kind !== 'step' || !n.fields.some((f) => f.id === owner.field)) return n;
    const fields = n.fields.map((f) => {
      if (f.id !== owner.field || !('options' in f)) return f;
      const exclusive = 'exclusive' in f && f.exclusive ? { exclusive: f.exclusive.map(swap(from, to)) } : {};
      return { ...f, options: options(f.options), ...exclusive };
    });
    return { ...n, fields };
  });
  return { ...doc, nodes };
}

function scenariosWithValue(doc: Pathway, owner: OptionOwner, from: string, to: string): Scenario[] {
  return doc.scenarios.map((s) => {
    const [bag, key] = 'field' in owner ? [s.answers, owner.field] : [s.context, owner.context];
    if (!bag || !Object.hasOwn(bag, key)) return s;
    const value = swapValue(bag[key], from, to);
    if (value === bag[key]) return s;
    const next = { ...bag, [key]: value };
    return 'field' in owner
      ? { ...s, answers: next as Scenario['answers'] }
      : { ...s, context: next as NonNullable<Scenario['context']> };
  });
}

/**
 * Changes the value of an option of a question (or context fact) everywhere
 * it is used: the `exclusive` list, the text values of conditions that stand
 * for it (as core's type checker reads them), the scenarios' answers and
 * context, and the Welsh translations of its label and hint.
 */
export function renameOptionValue(owner: OptionOwner, from: string, to: string): Command {
  const of = 'field' in owner ? `question "${owner.field}"` : `context fact "${owner.context}"`;
  return command('rename-option', `Rename option "${from}" of ${of} to "${to}"`, (doc) => {
    if (from === to || renameOptionProblem(doc, owner, from, to) !== undefined) return doc;
    const renamed = withOptionRenamed(doc, owner, from, to);
    const withExpressions = rewriteExpressions(renamed, renameOptionLiterals(doc, renamed, from, to));
    const next = { ...withExpressions, scenarios: scenariosWithValue(doc, owner, from, to) };
    if (!('field' in owner)) return next;
    return renameTextKeys(next, [[`option.${owner.field}.${from}.`, `option.${owner.field}.${to}.`]]);
  });
}
