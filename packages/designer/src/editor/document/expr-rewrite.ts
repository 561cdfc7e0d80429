import {
  checkExpression,
  expressionSitesOf,
  mapExprChildren,
  parseExpression,
  printExpressionAst,
  typeEnvOf,
  type ExprNode,
  type ExpressionSite,
  type Pathway,
} from '../../core.js';
import { setAt } from './paths.js';

/** A rewrite of one expression's syntax tree; returns the same tree when it has nothing to change. */
export type AstRewrite = (ast: ExprNode, site: ExpressionSite) => ExprNode;

/**
 * Applies `rewrite` to every expression of the document (core's list of
 * expression sites: conditions, prefills, validation rules, red-flag
 * conditions, variables and score items). An expression that changes is
 * written back in core's canonical text; the others keep their text as the
 * author typed it, and an expression that does not parse is left alone.
 */
export function rewriteExpressions(doc: Pathway, rewrite: AstRewrite): Pathway {
  let next = doc;
  for (const site of expressionSitesOf(doc)) {
    const ast = parseExpression(site.text).ast;
    if (!ast) continue;
    const changed = rewrite(ast, site);
    if (changed !== ast) next = setAt(next, site.path, printExpressionAst(changed));
  }
  return next;
}

/** Renames references to fields and variables (`kind: 'ref'`) or context facts (`kind: 'context'`) in a tree. */
function renameIn(ast: ExprNode, kind: 'ref' | 'context', renames: ReadonlyMap<string, string>): ExprNode {
  const visit = (node: ExprNode): ExprNode => {
    const to = node.kind === kind ? renames.get(node.name) : undefined;
    return to !== undefined ? { kind, name: to } : mapExprChildren(node, visit);
  };
  return visit(ast);
}

/** Renames every reference to a field or variable (`kind: 'ref'`) or a context fact (`kind: 'context'`). */
export function renameReferences(kind: 'ref' | 'context', from: string, to: string): AstRewrite {
  const renames = new Map([[from, to]]);
  return (ast) => renameIn(ast, kind, renames);
}

/**
 * The text of an expression with fields and variables renamed, through
 * core's parser and printer (so neither quoted text nor `context.<id>` is
 * touched); the text itself when nothing changes or it does not parse.
 */
export function renameNamesInText(text: string, renames: ReadonlyMap<string, string>): string {
  const ast = renames.size === 0 ? undefined : parseExpression(text).ast;
  if (!ast) return text;
  const next = renameIn(ast, 'ref', renames);
  return next === ast ? text : printExpressionAst(next);
}

/**
 * Renames the text values that stand for option `from` of one field or
 * context fact. Which `'text'` in an expression is an option of which field
 * is the type checker's knowledge (it follows comparisons, `in`, lists,
 * `contains` and variables), so it decides: a literal is one of the
 * renamed option's when core reports it as an unknown option once the
 * option is renamed, and did not before.
 */
export function renameOptionLiterals(before: Pathway, after: Pathway, from: string, to: string): AstRewrite {
  const envBefore = typeEnvOf(before);
  const envAfter = typeEnvOf(after);
  return (ast, site) => {
    const unknownRanges = (env: typeof envBefore) =>
      new Set(
        checkExpression(site.text, env, site.expected)
          .errors.filter((e) => e.code === 'unknown_option')
          .map((e) => `${e.range.from}:${e.range.to}`),
      );
    const was = unknownRanges(envBefore);
    const now = unknownRanges(envAfter);
    const ours = new Set([...now].filter((r) => !was.has(r)));
    if (ours.size === 0) return ast;
    const { ast: parsed, ranges } = parseExpression(site.text);
    if (!parsed) return ast;
    const visit = (node: ExprNode): ExprNode => {
      const range = ranges.get(node);
      if (node.kind === 'string' && node.value === from && range && ours.has(`${range.from}:${range.to}`))
        return { kind: 'string', value: to };
      return mapExprChildren(node, visit);
    };
    const result = visit(parsed);
    return result === parsed ? ast : result;
  };
}

/**
 * Where the document has an expression that does not read (so cannot be
 * rewritten) and mentions `name`: what a rename leaves for the author to fix.
 */
export function unreadableMentions(doc: Pathway, name: string): ExpressionSite[] {
  return expressionSitesOf(doc).filter(
    (site) => site.text.includes(name) && parseExpression(site.text).ast === undefined,
  );
}
