import {
  checkExpression,
  listFunctions,
  typeEnvOf,
  type ExprError,
  type Pathway,
  type TypeEnv,
} from '../../core.js';
import { fieldTypeLabels } from '../kinds/labels.js';

/** One autocompletion choice. */
export interface CompletionItem {
  readonly label: string;
  readonly type: 'variable' | 'function' | 'keyword' | 'constant' | 'property';
  /** Short text beside the label, e.g. the field type or a function signature. */
  readonly detail?: string;
  /** A longer explanation (the question text, the function's description). */
  readonly info?: string;
}

/**
 * What the expression editors need from core, bound to the pathway being
 * edited: the type checker and the names available for completion.
 */
export interface ExpressionService {
  /** Core's errors in the text, each with the characters it concerns (`range`). */
  check(text: string, expects: 'boolean' | 'any'): readonly ExprError[];
  completions(): readonly CompletionItem[];
}

/** A service that knows nothing (used outside a designer). */
export const nullService: ExpressionService = { check: () => [], completions: () => [] };

/** The names an expression in this pathway may use, for autocompletion. */
export function pathwayNames(doc: Pathway): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const node of doc.nodes)
    if (node.kind === 'step')
      for (const f of node.fields)
        if (f.type !== 'display')
          items.push({ label: f.id, type: 'variable', detail: fieldTypeLabels[f.type], info: f.label });
  for (const v of doc.variables) items.push({ label: v.id, type: 'variable', detail: v.kind, info: v.label });
  for (const c of doc.context)
    items.push({ label: `context.${c.id}`, type: 'property', detail: c.type, info: c.label });
  for (const k of ['and', 'or', 'not', 'in', 'true', 'false']) items.push({ label: k, type: 'keyword' });
  return items;
}

/**
 * The expression service of a pathway: core's checker (parse and type
 * errors with their character ranges) against core's type environment of
 * the pathway (`typeEnvOf`), and, for autocompletion, the pathway's
 * names plus core's function library.
 */
export function createExpressionService(doc: Pathway): ExpressionService {
  let env: TypeEnv | undefined;
  let names: CompletionItem[] | undefined;
  const cache = new Map<string, readonly ExprError[]>();
  return {
    check(text, expects) {
      const key = `${expects}:${text}`;
      const hit = cache.get(key);
      if (hit) return hit;
      env ??= typeEnvOf(doc);
      const { errors } = checkExpression(text, env, expects === 'boolean' ? 'boolean' : undefined);
      cache.set(key, errors);
      return errors;
    },
    completions() {
      names ??= [
        ...pathwayNames(doc),
        ...listFunctions().map((f): CompletionItem => ({
          label: f.name,
          type: 'function',
          detail: f.signatures[0] ?? '',
          info: f.summary,
        })),
      ];
      return names;
    },
  };
}
