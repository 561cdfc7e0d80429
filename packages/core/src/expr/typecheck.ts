/**
 * The type checker: finds unknown names, misspelt options, wrong arities and
 * mismatched types before a pathway is published, each reported with the
 * range to underline.
 */
import type { CallNode, ContextNode, ExprNode, RefNode } from './ast.js';
import { ANY, show, type CheckContext, type Checked } from './checker.js';
import { exprError, type ExprError, type ExprErrorCode } from './errors.js';
import type { SourceRange } from '../issues/issue.js';
import { FUNCTIONS, lookupFunction } from './functions/registry.js';
import { MAX_DEPTH, MAX_NODES, nodeBudget, TreeTooLarge } from './limits.js';
import { canonicalRanges } from './ranges.js';
import { didYouMean } from './suggest.js';
import { checkArithmetic, checkComparison, checkMembership, checkUnary } from './typerules.js';
import { lookupType, type ExprType, type TypeEnv } from './types.js';

/** The result of {@link typecheck}. */
export interface TypecheckResult {
  /** The type of the expression's value; omitted when an error leaves it unclear. */
  readonly type?: ExprType;
  readonly errors: readonly ExprError[];
}

const BOOLEAN: Checked = { kind: 'boolean' };
const MAX_ERRORS = 100;

function arityText(min: number, max: number | undefined): string {
  if (max === min) return min === 1 ? 'exactly 1 argument' : `exactly ${min} arguments`;
  if (max === undefined) return min === 1 ? 'at least 1 argument' : `at least ${min} arguments`;
  return `${min} to ${max} arguments`;
}

class Checker implements CheckContext {
  readonly errors: ExprError[] = [];
  readonly visit = nodeBudget();

  constructor(
    readonly env: TypeEnv,
    readonly ranges: ReadonlyMap<ExprNode, SourceRange>,
    readonly whole: SourceRange,
  ) {}

  range(node: ExprNode): SourceRange {
    return this.ranges.get(node) ?? this.whole;
  }

  error(code: ExprErrorCode, message: string, at: ExprNode): void {
    // a hostile tree could otherwise produce thousands of copies of one complaint
    if (this.errors.length < MAX_ERRORS) this.errors.push(exprError(code, message, this.range(at)));
  }

  check(node: ExprNode, depth: number): Checked {
    // also stops a cyclic tree built by hand
    if (depth > MAX_DEPTH) {
      this.error(
        'expression_too_deep',
        `This expression is nested more than ${MAX_DEPTH} levels deep; split it into variables.`,
        node,
      );
      return ANY;
    }
    this.visit();
    return this.checkNode(node, depth + 1);
  }

  checkNode(node: ExprNode, depth: number): Checked {
    switch (node.kind) {
      case 'number':
      case 'string':
      case 'boolean':
      case 'date':
      case 'duration':
        return { kind: node.kind };
      case 'list':
        for (const item of node.items) {
          const type = this.check(item, depth);
          if (type.kind !== 'any' && type.kind !== 'string') {
            this.error(
              'type_mismatch',
              `A list holds option values (text); ${show(item)} is not text.`,
              item,
            );
          }
        }
        return { kind: 'list' };
      case 'ref':
        return this.ref(node);
      case 'context':
        return this.context(node);
      case 'unary':
        return checkUnary(this, node, this.check(node.operand, depth));
      case 'logical':
        for (const operand of node.operands) {
          const type = this.check(operand, depth);
          if (type.kind !== 'any' && type.kind !== 'boolean') {
            this.error(
              'type_mismatch',
              `Both sides of “${node.op}” must be true or false; ${show(operand)} is not.`,
              operand,
            );
          }
        }
        return BOOLEAN;
      case 'binary': {
        const left = this.check(node.left, depth);
        const right = this.check(node.right, depth);
        if (node.op === 'in' || node.op === 'not in') return checkMembership(this, node, left, right);
        if (['+', '-', '*', '/'].includes(node.op)) return checkArithmetic(this, node, left, right);
        return checkComparison(this, node, left, right);
      }
      case 'call':
        return this.call(node, depth);
      default:
        this.error(
          'internal_error',
          'This part of the expression is not understood (a malformed syntax tree).',
          node,
        );
        return ANY;
    }
  }

  ref(node: RefNode): Checked {
    const type = lookupType(this.env.names, node.name);
    if (type) return type;
    const inContext = lookupType(this.env.context, node.name) !== undefined;
    const hint = inContext
      ? ` The host supplies it: write context.${node.name}.`
      : didYouMean(node.name, Object.keys(this.env.names ?? {}));
    this.error('unknown_name', `There is no question or variable called “${node.name}”.${hint}`, node);
    return ANY;
  }

  context(node: ContextNode): Checked {
    const type = lookupType(this.env.context, node.name);
    if (type) return type;
    const inNames = lookupType(this.env.names, node.name) !== undefined;
    const hint = inNames
      ? ` “${node.name}” is a question or variable of the pathway: write it without “context.”.`
      : didYouMean(node.name, Object.keys(this.env.context ?? {}), (s) => `“context.${s}”`);
    this.error('unknown_context', `The host supplies no fact called “context.${node.name}”.${hint}`, node);
    return ANY;
  }

  call(node: CallNode, depth: number): Checked {
    const args = node.args.map((arg) => ({ node: arg, type: this.check(arg, depth) }));
    const fn = lookupFunction(node.name);
    if (!fn) {
      const hint = didYouMean(node.name, FUNCTIONS.keys());
      this.error(
        'unknown_function',
        `There is no function called “${node.name}”.${hint} The expression guide lists the functions.`,
        node,
      );
      return ANY;
    }
    if (args.length < fn.minArgs || (fn.maxArgs !== undefined && args.length > fn.maxArgs)) {
      const expected = arityText(fn.minArgs, fn.maxArgs);
      this.error(
        'wrong_arity',
        `${node.name}(…) takes ${expected} (${fn.signatures.join('; ')}), but is given ${args.length}.`,
        node,
      );
      return ANY;
    }
    return fn.check(this, args, node);
  }
}

/**
 * Type-checks an expression against the names a pathway defines.
 *
 * `ranges` (from {@link parseExpression}) place errors in the original text;
 * without them, errors are placed in the expression's canonical text
 * ({@link printExpression}).
 *
 * @example
 * const { ast, ranges } = parseExpression("smoking = 'smoker'");
 * typecheck(ast!, { names: { smoking: { kind: 'string', options: ['current', 'ex', 'never'] } } }, ranges);
 * // { type: { kind: 'boolean' }, errors: [{ code: 'unknown_option', range: { from: 10, to: 18 }, … }] }
 */
export function typecheck(
  ast: ExprNode,
  env: TypeEnv,
  ranges?: ReadonlyMap<ExprNode, SourceRange>,
): TypecheckResult {
  let checker: Checker | undefined;
  try {
    const placed = ranges ?? canonicalRanges(ast).ranges;
    checker = new Checker(env, placed, placed.get(ast) ?? { from: 0, to: 0 });
    const type = checker.check(ast, 1);
    return type.kind === 'any' ? { errors: checker.errors } : { type, errors: checker.errors };
  } catch (e: unknown) {
    const whole = { from: 0, to: 0 };
    const error =
      e instanceof TreeTooLarge
        ? exprError(
            'expression_too_large',
            `This expression has more than ${MAX_NODES} parts; split it into variables.`,
            whole,
          )
        : exprError(
            'internal_error',
            'This expression could not be checked (a defect in Careway: please report it).',
            whole,
          );
    return { errors: [...(checker?.errors ?? []), error] };
  }
}
