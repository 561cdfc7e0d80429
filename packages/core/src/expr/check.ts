/**
 * Parse and type-check in one call: what the designer runs on every
 * keystroke and the CLI on every expression of a pathway.
 */
import type { ExprNode } from './ast.js';
import { exprError, type ExprError } from './errors.js';
import type { SourceRange } from '../issues/issue.js';
import { parseExpression } from './parser.js';
import { typecheck } from './typecheck.js';
import { describeType, type ExprType, type TypeEnv, type TypeName } from './types.js';

/** The result of {@link checkExpression}. */
export interface CheckResult {
  /** The syntax tree, when the text parses. */
  readonly ast?: ExprNode;
  /** Where each node of `ast` sits in the text. */
  readonly ranges: ReadonlyMap<ExprNode, SourceRange>;
  /** The type of the value, when it is clear. */
  readonly type?: ExprType;
  /** Parse errors, or else type errors; empty when the expression is sound. */
  readonly errors: readonly ExprError[];
}

const EXPECTED_WORDS: Readonly<Record<TypeName, string>> = {
  boolean: 'a condition: it must be true or false',
  number: 'a number',
  string: 'text',
  date: 'a date',
  duration: 'a duration',
  list: 'a list',
};

/**
 * Parses `text` and type-checks it against `env`; with `expected`, also
 * checks the kind of value it gives (`'boolean'` for a condition).
 *
 * @example
 * checkExpression('wells_score >= 2 and not previous_dvt', { names: { wells_score: 'number', previous_dvt: 'boolean' } }, 'boolean');
 * // { ast: {…}, ranges, type: { kind: 'boolean' }, errors: [] }
 * checkExpression('wells_score', { names: { wells_score: 'number' } }, 'boolean').errors[0]?.code;
 * // 'wrong_result_type'
 */
export function checkExpression(text: string, env: TypeEnv, expected?: TypeName): CheckResult {
  const parsed = parseExpression(text);
  if (!parsed.ast) return { ranges: parsed.ranges, errors: parsed.errors };
  const { ast, ranges } = parsed;
  const checked = typecheck(ast, env, ranges);
  const errors = [...checked.errors];
  const type = checked.type;
  if (expected && type && type.kind !== expected) {
    const range = ranges.get(ast) ?? { from: 0, to: text.length };
    const hint =
      expected === 'boolean' && type.kind === 'number' ? ' Compare it with something, e.g. score >= 2.' : '';
    errors.push(
      exprError(
        'wrong_result_type',
        `This should be ${EXPECTED_WORDS[expected]}, but it gives ${describeType(type)}.${hint}`,
        range,
      ),
    );
  }
  return { ast, ranges, ...(type ? { type } : {}), errors };
}
