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

  /**
   * The names whose being unknown the expression looks at: those inside
   * `answered(…)` and `coalesce(…)`, which give a value where an unknown
   * would otherwise make the whole expression unknown. The exploration must
   * decide these before evaluating, since a value not chosen yet would read
   * as "not answered".
   */
  observedNames(text: string): string[] {
    const ast = this.ast(text);
    if (!ast) return [];
    const out = new Set<string>();
    const collect = (node: ExprNode): void => {
      if (node.kind === 'ref') out.add(node.name);
      else if (node.kind === 'context') out.add(`context.${node.name}`);
      for (const child of childrenOf(node)) collect(child);
    };
    const visit = (node: ExprNode): void => {
      if (node.kind === 'call' && (node.name === 'answered' || node.name === 'coalesce')) collect(node);
      else for (const child of childrenOf(node)) visit(child);
    };
    visit(ast);
    return [...out];
  }

  /** Whether the expression calls `answered(…)` or `coalesce(…)`, which look at whether a value is known (not monotone in unknowns). */
  observesUnknown(text: string): boolean {
    return this.observedNames(text).length > 0;
  }
}

/** Resolves names to the inputs behind them, memoised per analysis. */
export class Inputs {
  readonly #memo = new Map<string, readonly string[]>();
  readonly #textMemo = new Map<string, readonly string[]>();
  readonly #observed = new Map<string, readonly string[]>();

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

  /**
   * The inputs whose being answered or provided the text (or a variable it
   * uses) looks at, through `answered(…)` or `coalesce(…)`: they are decided
   * before the text is evaluated. Empty for texts that are monotone in
   * unknowns, where inputs are decided only when the value comes out unknown.
   */
  observedInputs(text: string, seen = new Set<string>()): readonly string[] {
    const hit = this.#observed.get(text);
    if (hit) return hit;
    if (seen.has(text)) return [];
    seen.add(text);
    const out = new Set<string>();
    for (const name of this.exprs.observedNames(text)) for (const i of this.ofName(name)) out.add(i);
    for (const name of this.exprs.names(text))
      for (const t of this.variableTexts(name)) for (const i of this.observedInputs(t, seen)) out.add(i);
    const list = [...out];
    this.#observed.set(text, list);
    return list;
  }

  /** Whether the text, or a variable it uses, calls `answered(…)` or `coalesce(…)`. */
  observesUnknown(text: string): boolean {
    return this.observedInputs(text).length > 0;
  }
}
