import type { ExprNode } from '../../core.js';
import type { Rule, RuleGroup, RuleItem, RuleOp, SubjectType } from './types.js';

/** Whether an item of a group is a nested group. */
export const isGroup = (item: RuleItem): item is RuleGroup => 'combinator' in item;

/** How deep the builder nests groups; deeper conditions are left to the text form. */
export const MAX_GROUP_DEPTH = 4;

const subjectNode = (subject: string): ExprNode =>
  subject.startsWith('context.')
    ? { kind: 'context', name: subject.slice(8) }
    : { kind: 'ref', name: subject };

function literal(value: Rule['value'], type: SubjectType | undefined): ExprNode {
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (type === 'date' && typeof value === 'string') return { kind: 'date', value };
  return { kind: 'string', value: String(value ?? '') };
}

/** The syntax tree of one rule. */
export function ruleToAst(rule: Rule, type: SubjectType | undefined): ExprNode {
  const subject = subjectNode(rule.subject);
  switch (rule.op) {
    case 'is_yes':
      return subject;
    case 'is_no':
      return { kind: 'unary', op: 'not', operand: subject };
    case 'answered':
      return { kind: 'call', name: 'answered', args: [subject] };
    case 'not_answered':
      return { kind: 'unary', op: 'not', operand: { kind: 'call', name: 'answered', args: [subject] } };
    case 'includes':
    case 'excludes':
      return {
        kind: 'binary',
        op: rule.op === 'includes' ? 'in' : 'not in',
        left: { kind: 'string', value: String(rule.value ?? '') },
        right: subject,
      };
    case 'one_of':
      return {
        kind: 'binary',
        op: 'in',
        left: subject,
        right: {
          kind: 'list',
          items: (Array.isArray(rule.value) ? rule.value : []).map((v) => ({
            kind: 'string' as const,
            value: v,
          })),
        },
      };
    default:
      return { kind: 'binary', op: rule.op, left: subject, right: literal(rule.value, type) };
  }
}

/** The syntax tree of a group of rules (`undefined` when it has none); empty nested groups are dropped. */
export function groupToAst(group: RuleGroup, types: ReadonlyMap<string, SubjectType>): ExprNode | undefined {
  const nodes = group.rules.flatMap((item) => {
    const node = isGroup(item) ? groupToAst(item, types) : ruleToAst(item, types.get(item.subject));
    return node ? [node] : [];
  });
  if (nodes.length === 0) return undefined;
  if (nodes.length === 1) return nodes[0];
  return { kind: 'logical', op: group.combinator, operands: nodes };
}

const subjectOf = (node: ExprNode): string | undefined =>
  node.kind === 'ref' ? node.name : node.kind === 'context' ? `context.${node.name}` : undefined;

const literalOf = (node: ExprNode): string | number | boolean | undefined =>
  node.kind === 'number' || node.kind === 'string' || node.kind === 'boolean' || node.kind === 'date'
    ? node.value
    : undefined;

/** Reads one simple condition as a rule; `undefined` when the builder cannot show it. */
export function astToRule(node: ExprNode): Rule | undefined {
  const subject = subjectOf(node);
  if (subject) return { subject, op: 'is_yes' };
  if (node.kind === 'unary' && node.op === 'not') {
    const inner = subjectOf(node.operand);
    if (inner) return { subject: inner, op: 'is_no' };
    const answered =
      node.operand.kind === 'call' && node.operand.name === 'answered' && node.operand.args[0]
        ? subjectOf(node.operand.args[0])
        : undefined;
    return answered ? { subject: answered, op: 'not_answered' } : undefined;
  }
  if (node.kind === 'call' && node.name === 'answered' && node.args.length === 1 && node.args[0]) {
    const s = subjectOf(node.args[0]);
    return s ? { subject: s, op: 'answered' } : undefined;
  }
  if (node.kind !== 'binary') return undefined;
  if ((node.op === 'in' || node.op === 'not in') && node.left.kind === 'string') {
    const s = subjectOf(node.right);
    return s
      ? { subject: s, op: node.op === 'in' ? 'includes' : 'excludes', value: node.left.value }
      : undefined;
  }
  if (node.op === 'in' && node.right.kind === 'list') {
    const s = subjectOf(node.left);
    const values = node.right.items.map((i) => (i.kind === 'string' ? i.value : undefined));
    return s && values.every((v) => v !== undefined)
      ? { subject: s, op: 'one_of', value: values as string[] }
      : undefined;
  }
  if (['=', '!=', '<', '<=', '>', '>='].includes(node.op)) {
    const s = subjectOf(node.left);
    const v = literalOf(node.right);
    return s && v !== undefined ? { subject: s, op: node.op as RuleOp, value: v } : undefined;
  }
  return undefined;
}

/**
 * Reads a whole condition as a group of rules, with a nested group for each
 * bracketed `and`/`or` inside it; `undefined` when it is too complex for the
 * builder (a test it has no row for, or groups nested past {@link MAX_GROUP_DEPTH}).
 */
export function astToGroup(node: ExprNode, depth = 1): RuleGroup | undefined {
  if (node.kind === 'logical') {
    const items: RuleItem[] = [];
    for (const operand of node.operands) {
      const item =
        operand.kind === 'logical'
          ? depth < MAX_GROUP_DEPTH
            ? astToGroup(operand, depth + 1)
            : undefined
          : astToRule(operand);
      if (!item) return undefined;
      items.push(item);
    }
    return { combinator: node.op, rules: items };
  }
  const rule = astToRule(node);
  return rule ? { combinator: 'and', rules: [rule] } : undefined;
}
