/**
 * Careway condition → `enableWhen`, only where R4 means exactly the same
 * thing, unanswered questions included (see docs/format/fhir.md):
 *
 * | Careway                              | enableWhen                |
 * |--------------------------------------|---------------------------|
 * | `answered(q)` / `not answered(q)`    | `exists` true / false     |
 * | `q = v`, `q > v`, … (v a literal)    | `=`, `>`, …               |
 * | `q` / `not q` (yes/no)               | `= true` / `= false`      |
 * | `'v' in q` (multiple choice)         | `=` the option's coding   |
 * | `not (answered(q) and q = v)`        | `!=`                      |
 * | `a and b …` / `a or b …` of those    | enableBehavior all / any  |
 *
 * `q != v` is *not* R4's `!=` alone (unknown — hidden — in Careway when `q` is
 * unanswered, enabled in R4): it is written as `exists true` and `!= v`, which
 * R4 can only join with `all`.
 */
import type { ExprNode } from '../../expr/ast.js';
import { parseExpression } from '../../expr/parser.js';
import type { Field, Pathway } from '../careway-types.js';
import type { FhirEnableWhen } from '../types.js';
import { fieldsOf, linkIdOf, type NamingOptions, optionCoding } from './codes.js';

type Clause = FhirEnableWhen;

function literal(field: Field, node: ExprNode, pathway: Pathway): Partial<FhirEnableWhen> | undefined {
  switch (field.type) {
    case 'boolean':
      return node.kind === 'boolean' ? { answerBoolean: node.value } : undefined;
    case 'integer':
      return node.kind === 'number' && Number.isInteger(node.value)
        ? { answerInteger: node.value }
        : undefined;
    case 'decimal':
      return node.kind === 'number'
        ? field.unit
          ? { answerQuantity: { value: node.value } }
          : { answerDecimal: node.value }
        : undefined;
    case 'date':
      return node.kind === 'date' ? { answerDate: node.value } : undefined;
    case 'text':
    case 'long-text':
      return node.kind === 'string' ? { answerString: node.value } : undefined;
    case 'choice':
    case 'multi-choice': {
      if (node.kind !== 'string') return undefined;
      const option = field.options.find((o) => o.value === node.value);
      return option ? { answerCoding: optionCoding(pathway, field, option) } : undefined;
    }
    default:
      return undefined;
  }
}

function isAnswered(node: ExprNode): string | undefined {
  return node.kind === 'call' &&
    node.name === 'answered' &&
    node.args.length === 1 &&
    node.args[0]?.kind === 'ref'
    ? node.args[0].name
    : undefined;
}

/** Translates one atom; `undefined` when R4 cannot say it the same way. */
function atom(
  node: ExprNode,
  fields: ReadonlyMap<string, Field>,
  pathway: Pathway,
  options: NamingOptions,
): Clause | undefined {
  const question = (id: string): string | undefined => (fields.has(id) ? linkIdOf(id, options) : undefined);
  const answered = isAnswered(node);
  if (answered !== undefined) {
    const q = question(answered);
    return q === undefined ? undefined : { question: q, operator: 'exists', answerBoolean: true };
  }
  if (node.kind === 'ref') {
    const field = fields.get(node.name);
    return field?.type === 'boolean'
      ? { question: linkIdOf(node.name, options), operator: '=', answerBoolean: true }
      : undefined;
  }
  if (node.kind === 'unary' && node.op === 'not') {
    const inner = node.operand;
    const a = isAnswered(inner);
    if (a !== undefined) {
      const q = question(a);
      return q === undefined ? undefined : { question: q, operator: 'exists', answerBoolean: false };
    }
    if (inner.kind === 'ref' && fields.get(inner.name)?.type === 'boolean') {
      return { question: linkIdOf(inner.name, options), operator: '=', answerBoolean: false };
    }
    // not (answered(q) and q = v)  ≡  R4 "q != v"
    if (inner.kind === 'logical' && inner.op === 'and' && inner.operands.length === 2) {
      const [first, second] = inner.operands as [ExprNode, ExprNode];
      const id = isAnswered(first);
      if (id !== undefined) {
        const eq = atom(second, fields, pathway, options);
        if (eq && eq.operator === '=' && eq.question === linkIdOf(id, options))
          return { ...eq, operator: '!=' };
      }
    }
    return undefined;
  }
  if (node.kind === 'binary') {
    if (node.op === 'in' && node.left.kind === 'string' && node.right.kind === 'ref') {
      const field = fields.get(node.right.name);
      if (field?.type !== 'multi-choice') return undefined;
      const value = literal(field, node.left, pathway);
      return value ? { question: linkIdOf(field.id, options), operator: '=', ...value } : undefined;
    }
    if (!['=', '<', '<=', '>', '>='].includes(node.op) || node.left.kind !== 'ref') return undefined;
    const field = fields.get(node.left.name);
    if (!field || field.type === 'multi-choice' || field.type === 'attachment' || field.type === 'display')
      return undefined;
    if ((field.type === 'choice' || field.type === 'boolean') && node.op !== '=') return undefined;
    const value = literal(field, node.right, pathway);
    return value ? { question: linkIdOf(field.id, options), operator: node.op, ...value } : undefined;
  }
  return undefined;
}

/** An atom, or `q != v` as the two clauses R4 needs for it (both must hold). */
function conjunct(
  node: ExprNode,
  fields: ReadonlyMap<string, Field>,
  pathway: Pathway,
  options: NamingOptions,
): Clause[] | undefined {
  if (node.kind === 'binary' && node.op === '!=' && node.left.kind === 'ref') {
    const eq = atom({ ...node, op: '=' }, fields, pathway, options);
    return eq
      ? [
          { question: eq.question, operator: 'exists', answerBoolean: true },
          { ...eq, operator: '!=' },
        ]
      : undefined;
  }
  const single = atom(node, fields, pathway, options);
  return single ? [single] : undefined;
}

/** The enableWhen equivalent of `condition`, or `undefined` when there is none. */
export function conditionToEnableWhen(
  pathway: Pathway,
  condition: string,
  options: NamingOptions,
): { enableWhen: FhirEnableWhen[]; enableBehavior: 'all' | 'any' } | undefined {
  const { ast } = parseExpression(condition);
  if (!ast) return undefined;
  const fields = new Map(fieldsOf(pathway).map(({ field }) => [field.id, field]));
  const whole = conjunct(ast, fields, pathway, options);
  if (whole) return { enableWhen: whole, enableBehavior: 'all' };
  if (ast.kind !== 'logical') return undefined;
  const parts = ast.operands.map((o) => conjunct(o, fields, pathway, options));
  if (parts.some((c) => c === undefined)) return undefined;
  // `any` cannot group two clauses into one alternative.
  if (ast.op === 'or' && parts.some((c) => (c as Clause[]).length > 1)) return undefined;
  return { enableWhen: parts.flat() as Clause[], enableBehavior: ast.op === 'and' ? 'all' : 'any' };
}
