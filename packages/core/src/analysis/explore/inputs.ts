/**
 * What an expression reads, in terms the exploration can branch on: the
 * fields and context facts (`context.<id>`) behind its names, following
 * variables and the `showWhen` and `validations` of the fields it reads
 * (a field's value depends on whether it is shown, and which values it may
 * take on whether they pass its rules).
 */
import { childrenOf, type ExprNode } from '../../expr/ast.js';
import { parseExpression } from '../../expr/parser.js';
import type { PathwayModel } from '../model.js';

/** Parses expression texts once per analysis. */
export class ExpressionCache {
  readonly #asts = new Map<string, ExprNode | null>();

  /** The syntax tree of `text`, or `undefined` when it does not parse. */
  ast(text: string): ExprNode | undefined {
    let ast = this.#asts.get(text);
    if (ast === undefined) {
      ast = parseExpression(text).ast ?? null;
      this.#asts.set(text, ast);
    }
    return ast ?? undefined;
  }

  /** The names an expression references directly: field and variable ids, `context.<id>`. */
  names(text: string): string[] {
    const ast = this.ast(text);
    if (!ast) return [];
    const out = new Set<string>();
    const visit = (node: ExprNode): void => {
      if (node.kind === 'ref') out.add(node.name);
      else if (node.kind === 'context') out.add(`context.${node.name}`);
      for (const child of childrenOf(node)) visit(child);
    };
    visit(ast);
    return [...out];
  }

  /** Whether the expression calls `answered(…)`, which looks at whether a value is known (not monotone in unknowns). */
  observesUnknown(text: string): boolean {
    const ast = this.ast(text);
    const visit = (node: ExprNode): boolean =>
      (node.kind === 'call' && node.name === 'answered') || childrenOf(node).some(visit);
    return ast ? visit(ast) : false;
  }
}

/** Resolves names to the inputs behind them, memoised per analysis. */
export class Inputs {
  readonly #memo = new Map<string, readonly string[]>();
  readonly #textMemo = new Map<string, readonly string[]>();
  readonly #observes = new Map<string, boolean>();

  constructor(
    readonly model: PathwayModel,
    readonly exprs: ExpressionCache,
  ) {}

  /** The variable texts behind a variable id. */
  variableTexts(id: string): string[] {
    const v = this.model.variables.get(id)?.variable;
    if (!v) return [];
    return v.kind === 'expression' ? [v.expr] : v.items.map((i) => i.when);
  }

  /** The field's own dependencies: its `showWhen` and validation rules. */
  fieldTexts(id: string): string[] {
    const f = this.model.fields.get(id)?.field;
    if (!f) return [];
    return [...(f.showWhen !== undefined ? [f.showWhen] : []), ...(f.validations ?? []).map((v) => v.when)];
  }

  /** Fields and context facts behind a name (a field is its own input). */
  ofName(name: string): readonly string[] {
    const hit = this.#memo.get(name);
    if (hit) return hit;
    this.#memo.set(name, []);
    const out = new Set<string>();
    if (name.startsWith('context.')) out.add(name);
    else if (this.model.fields.has(name)) {
      out.add(name);
      for (const text of this.fieldTexts(name))
        for (const n of this.exprs.names(text)) for (const i of this.ofName(n)) out.add(i);
    } else {
      for (const text of this.variableTexts(name))
        for (const n of this.exprs.names(text)) for (const i of this.ofName(n)) out.add(i);
    }
    const list = [...out];
    this.#memo.set(name, list);
    return list;
  }

  /** Fields and context facts an expression text depends on. */
  ofText(text: string): readonly string[] {
    const hit = this.#textMemo.get(text);
    if (hit) return hit;
    const out = new Set<string>();
    for (const n of this.exprs.names(text)) for (const i of this.ofName(n)) out.add(i);
    const list = [...out];
    this.#textMemo.set(text, list);
    return list;
  }

  /** Whether the text, or a variable it uses, calls `answered(…)`. */
  observesUnknown(text: string, seen = new Set<string>()): boolean {
    const hit = this.#observes.get(text);
    if (hit !== undefined) return hit;
    if (seen.has(text)) return false;
    seen.add(text);
    const result =
      this.exprs.observesUnknown(text) ||
      this.exprs.names(text).some((n) => this.variableTexts(n).some((t) => this.observesUnknown(t, seen)));
    this.#observes.set(text, result);
    return result;
  }
}
