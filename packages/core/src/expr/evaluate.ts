/**
 * The interpreter. Walks the syntax tree over plain data — never `eval`, so
 * it runs under a strict Content-Security-Policy — and never throws: anything
 * unanswered, unsuitable or malformed is {@link UNKNOWN}.
 */
import type { ArithmeticOp, ComparisonOp, ExprNode } from './ast.js';
import { parseIsoDate } from './dates.js';
import { lookupFunction } from './functions/registry.js';
import type { RunContext } from './functions/types.js';
import { MAX_DEPTH, nodeBudget } from './limits.js';
import { arithmetic, compare, member, negate, not } from './operators.js';
import { isUnknown, toValue, UNKNOWN, type ExprValue } from './values.js';

/** Values by name: a plain record (own properties only) or a lookup function. */
export type Lookup = Readonly<Record<string, unknown>> | ((name: string) => unknown);

/**
 * What an expression is evaluated against. Values are as the pathway stores
 * answers (`true`, `42`, `'current'`, `['cough']`, `'2024-01-31'` for a
 * date); `undefined`, `null` or {@link UNKNOWN} mean unanswered.
 *
 * @example
 * const scope: EvalScope = { values: { age: 52, symptoms: ['haemoptysis'] }, context: { sex: 'female' }, today: '2025-03-01' };
 */
export interface EvalScope {
  /** Fields and variables by id. */
  readonly values?: Lookup;
  /** Facts from the host by id, read as `context.<id>`. */
  readonly context?: Lookup;
  /** Today's date as `YYYY-MM-DD`, so that evaluation is repeatable. Date functions give unknown if it is not a valid date. */
  readonly today: string;
}

/** One value read during evaluation. */
export interface TraceRead {
  readonly kind: 'ref' | 'context';
  readonly name: string;
  readonly value: ExprValue;
}

/** The result of {@link evaluateWithTrace}. */
export interface TracedValue {
  readonly value: ExprValue;
  /** The values read, in the order first read. Parts skipped (the other branch of `if`, the rest of a decided `and`) are not read. */
  readonly reads: readonly TraceRead[];
  /** The same values keyed as written in the expression (`age`, `context.sex`), for a trace. */
  readonly values: Readonly<Record<string, ExprValue>>;
}

interface Run extends RunContext {
  readonly scope: EvalScope;
  readonly reads: Map<string, TraceRead> | undefined;
  /** Counts nodes visited, so that a hand-built tree sharing nodes cannot make evaluation explode. */
  readonly visit: () => void;
}

function lookUp(source: Lookup | undefined, name: string): ExprValue {
  try {
    if (typeof source === 'function') return toValue(source(name));
    if (source && Object.prototype.hasOwnProperty.call(source, name)) return toValue(source[name]);
  } catch {
    // a host lookup that throws is an unanswered value, not a crash
  }
  return UNKNOWN;
}

function read(run: Run, kind: 'ref' | 'context', name: string): ExprValue {
  const value = lookUp(kind === 'ref' ? run.scope.values : run.scope.context, name);
  const key = kind === 'ref' ? name : `context.${name}`;
  if (run.reads && !run.reads.has(key)) run.reads.set(key, { kind, name, value });
  return value;
}

function logical(operands: readonly ExprNode[], stop: boolean, run: Run, depth: number): ExprValue {
  let unknown = false;
  for (const operand of operands) {
    const value = ev(operand, run, depth);
    if (value === stop) return stop;
    if (typeof value !== 'boolean') unknown = true;
  }
  return unknown ? UNKNOWN : !stop;
}

function ev(node: ExprNode, run: Run, depth: number): ExprValue {
  if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return UNKNOWN;
  run.visit();
  const next = depth + 1;
  switch (node.kind) {
    case 'number':
    case 'boolean':
    case 'string':
      return typeof node.value === node.kind ? toValue(node.value) : UNKNOWN;
    case 'date':
      return typeof node.value === 'string' && parseIsoDate(node.value) !== undefined ? node.value : UNKNOWN;
    case 'duration':
      return toValue({ kind: 'duration', value: node.value, unit: node.unit });
    case 'list': {
      const items: string[] = [];
      for (const item of node.items) {
        const value = ev(item, run, next);
        if (typeof value !== 'string') return UNKNOWN;
        items.push(value);
      }
      return items;
    }
    case 'ref':
    case 'context':
      return typeof node.name === 'string' ? read(run, node.kind, node.name) : UNKNOWN;
    case 'unary': {
      const operand = ev(node.operand, run, next);
      return node.op === 'not' ? not(operand) : node.op === '-' ? negate(operand) : UNKNOWN;
    }
    case 'logical':
      if (node.op !== 'and' && node.op !== 'or') return UNKNOWN;
      return logical(node.operands, node.op === 'or', run, next);
    case 'binary': {
      const left = ev(node.left, run, next);
      const right = ev(node.right, run, next);
      if (isUnknown(left) || isUnknown(right)) return UNKNOWN;
      switch (node.op) {
        case 'in':
          return member(left, right);
        case 'not in':
          return not(member(left, right));
        case '+':
        case '-':
        case '*':
        case '/':
          return arithmetic(node.op as ArithmeticOp, left, right);
        case '=':
        case '!=':
        case '<':
        case '<=':
        case '>':
        case '>=':
          return compare(node.op as ComparisonOp, left, right);
        default:
          return UNKNOWN;
      }
    }
    case 'call': {
      const fn = typeof node.name === 'string' ? lookupFunction(node.name) : undefined;
      const count = node.args.length;
      if (!fn || count < fn.minArgs || (fn.maxArgs !== undefined && count > fn.maxArgs)) return UNKNOWN;
      return toValue(
        fn.run(
          node.args.map((arg) => () => ev(arg, run, next)),
          run,
        ),
      );
    }
    default:
      return UNKNOWN;
  }
}

function start(ast: ExprNode, scope: EvalScope, reads: Map<string, TraceRead> | undefined): ExprValue {
  try {
    const today = typeof scope.today === 'string' ? parseIsoDate(scope.today) : undefined;
    return ev(ast, { scope, today, reads, visit: nodeBudget() }, 1);
  } catch {
    return UNKNOWN;
  }
}

/**
 * Evaluates an expression with three-valued logic: unanswered is
 * {@link UNKNOWN}, `unknown and false` is false, `unknown or true` is true,
 * and anything else touching unknown is unknown. Never throws.
 *
 * @example
 * const { ast } = parseExpression("age >= 40 and 'haemoptysis' in symptoms");
 * evaluate(ast!, { values: { age: 52, symptoms: ['haemoptysis'] }, today: '2025-03-01' }); // true
 * evaluate(ast!, { values: { age: 30 }, today: '2025-03-01' });                             // false
 * evaluate(ast!, { values: { age: 52 }, today: '2025-03-01' });                             // UNKNOWN
 */
export function evaluate(ast: ExprNode, scope: EvalScope): ExprValue {
  return start(ast, scope, undefined);
}

/**
 * Evaluates like {@link evaluate} and also returns the values that were read:
 * "the values that decided it", for the engine's trace.
 *
 * @example
 * evaluateWithTrace(ast, scope).values; // { age: 30 }  — `symptoms` was never needed
 */
export function evaluateWithTrace(ast: ExprNode, scope: EvalScope): TracedValue {
  const reads = new Map<string, TraceRead>();
  const value = start(ast, scope, reads);
  return {
    value,
    reads: [...reads.values()],
    values: Object.fromEntries([...reads].map(([key, r]) => [key, r.value])),
  };
}
