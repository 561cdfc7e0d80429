/**
 * The syntax tree of an expression: plain JSON, no positions, no class
 * instances, so that it can be stored, compared with `deepEqual` and sent
 * anywhere. Source positions travel beside it in a `Map` (see `parser.ts`).
 */
import { isReservedWord } from './words.js';

/** Units of a duration literal such as `12 weeks`. Stored in the plural; `1 week` prints in the singular. */
export type DurationUnit = 'hours' | 'days' | 'weeks' | 'months' | 'years';

/** Every duration unit, shortest first. */
export const DURATION_UNITS: readonly DurationUnit[] = ['hours', 'days', 'weeks', 'months', 'years'];

/** `+ - * /` */
export type ArithmeticOp = '+' | '-' | '*' | '/';
/** `= != < <= > >=` (`==` is read as `=`) */
export type ComparisonOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
/** `x in list`, `x not in list` */
export type MembershipOp = 'in' | 'not in';
/** Operators of {@link BinaryNode}. */
export type BinaryOp = ArithmeticOp | ComparisonOp | MembershipOp;

/** A number written in the text: always finite and not negative (`-2` is a unary minus applied to `2`). */
export interface NumberNode {
  readonly kind: 'number';
  readonly value: number;
}
/** A text literal, `'haemoptysis'`. */
export interface StringNode {
  readonly kind: 'string';
  readonly value: string;
}
/** `true` or `false`. */
export interface BooleanNode {
  readonly kind: 'boolean';
  readonly value: boolean;
}
/** A calendar date, `date('2024-01-31')`; `value` is the ISO text `YYYY-MM-DD`. */
export interface DateNode {
  readonly kind: 'date';
  readonly value: string;
}
/** A duration, `12 weeks`; `value` is finite and not negative. */
export interface DurationNode {
  readonly kind: 'duration';
  readonly value: number;
  readonly unit: DurationUnit;
}
/** A list of values, `['current', 'ex']`. */
export interface ListNode {
  readonly kind: 'list';
  readonly items: readonly ExprNode[];
}
/** A field or variable of the pathway, by id: `wells_score`. */
export interface RefNode {
  readonly kind: 'ref';
  readonly name: string;
}
/** A fact passed in by the host: `context.age`. */
export interface ContextNode {
  readonly kind: 'context';
  readonly name: string;
}
/** `not x`, `-x`. */
export interface UnaryNode {
  readonly kind: 'unary';
  readonly op: 'not' | '-';
  readonly operand: ExprNode;
}
/** Arithmetic, comparison and membership: `a + b`, `a >= b`, `'x' in list`. */
export interface BinaryNode {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: ExprNode;
  readonly right: ExprNode;
}
/** `a and b and c`, `a or b`: two or more operands, in order. */
export interface LogicalNode {
  readonly kind: 'logical';
  readonly op: 'and' | 'or';
  readonly operands: readonly ExprNode[];
}
/** A function call, `count(red_flags)`. */
export interface CallNode {
  readonly kind: 'call';
  readonly name: string;
  readonly args: readonly ExprNode[];
}

/** Any node of an expression's syntax tree. */
export type ExprNode =
  | NumberNode
  | StringNode
  | BooleanNode
  | DateNode
  | DurationNode
  | ListNode
  | RefNode
  | ContextNode
  | UnaryNode
  | BinaryNode
  | LogicalNode
  | CallNode;

const NAME = /^[a-z][a-z0-9_]*$/;

/** Whether `name` can name a field, variable, context fact or function in an expression. */
export function isValidName(name: string): boolean {
  return NAME.test(name) && !isReservedWord(name);
}

/** The direct children of a node, in source order. */
export function childrenOf(node: ExprNode): readonly ExprNode[] {
  switch (node.kind) {
    case 'list':
      return node.items;
    case 'unary':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'logical':
      return node.operands;
    case 'call':
      return node.args;
    default:
      return [];
  }
}

/**
 * `node` with each direct child replaced by `fn(child)`, or `node` itself
 * when no child changed: the building block of rewrites that keep the
 * tree's shape (renaming a field, an option value or a context fact).
 *
 * @example
 * const rename = (n: ExprNode): ExprNode =>
 *   n.kind === 'ref' && n.name === 'age' ? { kind: 'ref', name: 'age_years' } : mapChildren(n, rename);
 */
export function mapChildren(node: ExprNode, fn: (child: ExprNode) => ExprNode): ExprNode {
  const all = (items: readonly ExprNode[]) => {
    const next = items.map(fn);
    return next.some((item, i) => item !== items[i]) ? next : items;
  };
  switch (node.kind) {
    case 'list': {
      const items = all(node.items);
      return items === node.items ? node : { ...node, items };
    }
    case 'unary': {
      const operand = fn(node.operand);
      return operand === node.operand ? node : { ...node, operand };
    }
    case 'binary': {
      const left = fn(node.left);
      const right = fn(node.right);
      return left === node.left && right === node.right ? node : { ...node, left, right };
    }
    case 'logical': {
      const operands = all(node.operands);
      return operands === node.operands ? node : { ...node, operands };
    }
    case 'call': {
      const args = all(node.args);
      return args === node.args ? node : { ...node, args };
    }
    default:
      return node;
  }
}

/**
 * The first node found deeper than `max` levels (the root is level 1), or
 * `undefined`. Never descends further than `max + 1` levels, so it is safe on
 * trees of any depth, even cyclic ones.
 */
export function nodeBeyondDepth(root: ExprNode, max: number): ExprNode | undefined {
  const visit = (node: ExprNode, level: number): ExprNode | undefined => {
    if (level > max) return node;
    for (const child of childrenOf(node)) {
      const found = visit(child, level + 1);
      if (found) return found;
    }
    return undefined;
  };
  return visit(root, 1);
}
