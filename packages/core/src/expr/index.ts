/**
 * The Careway expression language: the conditions, computed values and
 * prefills of a pathway, written for clinicians to read
 * (`age >= 40 and (rectal_bleeding or weight_loss)`).
 *
 * - {@link parseExpression} / {@link printExpression}: text ⇄ plain-JSON syntax tree, exactly round-tripping.
 * - {@link typecheck} / {@link checkExpression}: unknown names, misspelt options, type mismatches, with ranges.
 * - {@link evaluate} / {@link evaluateWithTrace}: three-valued evaluation; unanswered is {@link UNKNOWN}.
 * - {@link references}: what an expression depends on.
 * - {@link listFunctions}: the function library, for documentation and autocompletion.
 *
 * The language itself is described in `docs/format/expressions.md`.
 *
 * @example
 * import { checkExpression, evaluate, isUnknown } from '@careway/core';
 *
 * const env = { names: { age: 'number', symptoms: { kind: 'list', options: ['haemoptysis', 'cough'] } } } as const;
 * const { ast, errors } = checkExpression("age >= 40 and 'haemoptysis' in symptoms", env, 'boolean');
 * if (ast && errors.length === 0) {
 *   const value = evaluate(ast, { values: { age: 52 }, today: '2025-03-01' });
 *   isUnknown(value); // true: symptoms is not answered yet
 * }
 *
 * @packageDocumentation
 */
export type {
  ArithmeticOp,
  BinaryNode,
  BinaryOp,
  BooleanNode,
  CallNode,
  ComparisonOp,
  ContextNode,
  DateNode,
  DurationNode,
  DurationUnit,
  ExprNode,
  ListNode,
  LogicalNode,
  MembershipOp,
  NumberNode,
  RefNode,
  StringNode,
  UnaryNode,
} from './ast.js';
export { isReservedWord, LITERAL_WORDS, OPERATOR_WORDS, RESERVED_WORDS } from './words.js';
export {
  DURATION_UNITS,
  isValidName,
  childrenOf as exprChildren,
  mapChildren as mapExprChildren,
} from './ast.js';
export { EXPR_ERROR_CODES, type ExprError, type ExprErrorCode } from './errors.js';
export { MAX_DEPTH, MAX_EXPRESSION_LENGTH, MAX_NODES } from './limits.js';
export { parseExpression, type ParseResult } from './parser.js';
export { printExpression } from './print.js';
export { canonicalRanges } from './ranges.js';
export { isExprNode } from './validate.js';
export {
  describeType,
  typeOfField,
  type ExprType,
  type FieldShape,
  type TypeEnv,
  type TypeName,
  type TypeSpec,
} from './types.js';
export { typecheck, type TypecheckResult } from './typecheck.js';
export { checkExpression, type CheckResult } from './check.js';
export {
  UNKNOWN,
  isDuration,
  isUnknown,
  toValue,
  type DurationValue,
  type ExprValue,
  type Unknown,
} from './values.js';
export {
  evaluate,
  evaluateWithTrace,
  type EvalScope,
  type Lookup,
  type TraceRead,
  type TracedValue,
} from './evaluate.js';
export { references, type References } from './references.js';
export { listFunctions, type FunctionInfo } from './functions/registry.js';
