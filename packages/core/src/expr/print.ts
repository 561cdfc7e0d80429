/**
 * Syntax tree → canonical text. Printing is canonical: one spelling per tree
 * (`=` not `==`, single quotes, `1 week` / `2 weeks`, brackets only where
 * needed), so `parseExpression(printExpression(ast)).ast` deep-equals `ast`
 * and printing the parse of printed text gives the same text.
 */
import type { ExprNode } from './ast.js';
import { MAX_DEPTH, nodeBudget } from './limits.js';

/** Binding strength of each form; higher binds tighter. */
const Prec = { Or: 1, And: 2, Not: 3, Compare: 4, Add: 5, Multiply: 6, Negate: 7, Atom: 8 } as const;
type Prec = number;

function precedence(node: ExprNode): Prec {
  switch (node.kind) {
    case 'logical':
      return node.op === 'or' ? Prec.Or : Prec.And;
    case 'unary':
      return node.op === 'not' ? Prec.Not : Prec.Negate;
    case 'binary':
      if (node.op === '+' || node.op === '-') return Prec.Add;
      if (node.op === '*' || node.op === '/') return Prec.Multiply;
      return Prec.Compare;
    case 'number':
    case 'duration':
      return node.value < 0 || Object.is(node.value, -0) ? Prec.Negate : Prec.Atom;
    default:
      return Prec.Atom;
  }
}

/** A number as the lexer reads it back exactly (`String` round-trips every finite double). */
function printNumber(value: number): string {
  return value < 0 || Object.is(value, -0) ? `-${String(-value)}` : String(value);
}

/** Single-quoted text with escapes for the quote, the backslash and control characters. */
export function quote(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "'" || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}'`;
}

function printAt(node: ExprNode, min: Prec, depth: number, count: () => void): string {
  count();
  const text = depth > MAX_DEPTH ? '…' : printNode(node, depth + 1, count);
  return precedence(node) < min ? `(${text})` : text;
}

function printNode(node: ExprNode, depth: number, count: () => void): string {
  const sub = (child: ExprNode, min: Prec) => printAt(child, min, depth, count);
  const list = (items: readonly ExprNode[]) => items.map((item) => sub(item, Prec.Or)).join(', ');
  switch (node.kind) {
    case 'number':
      return printNumber(node.value);
    case 'string':
      return quote(node.value);
    case 'boolean':
      return node.value ? 'true' : 'false';
    case 'date':
      return `date(${quote(node.value)})`;
    case 'duration':
      return `${printNumber(node.value)} ${node.value === 1 ? node.unit.slice(0, -1) : node.unit}`;
    case 'list':
      return `[${list(node.items)}]`;
    case 'ref':
      return node.name;
    case 'context':
      return `context.${node.name}`;
    case 'call':
      return `${node.name}(${list(node.args)})`;
    case 'unary':
      return node.op === 'not' ? `not ${sub(node.operand, Prec.Not)}` : `-${sub(node.operand, Prec.Negate)}`;
    case 'logical': {
      const inner = node.op === 'or' ? Prec.And : Prec.Not;
      return node.operands.map((operand) => sub(operand, inner)).join(` ${node.op} `);
    }
    case 'binary': {
      const prec = precedence(node);
      const [left, right] = prec === Prec.Compare ? [Prec.Add, Prec.Add] : [prec, prec + 1];
      return `${sub(node.left, left)} ${node.op} ${sub(node.right, right)}`;
    }
    default:
      return '…';
  }
}

/**
 * The canonical text of an expression.
 *
 * @example
 * const { ast } = parseExpression('age>=40 and (x == "a")');
 * if (ast) printExpression(ast); // "age >= 40 and x = 'a'"
 */
export function printExpression(ast: ExprNode): string {
  try {
    return printAt(ast, Prec.Or, 1, nodeBudget());
  } catch {
    return '…';
  }
}
