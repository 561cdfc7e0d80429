/**
 * The constants each input is compared against anywhere in the pathway:
 * numbers, texts (option values), dates and durations. They decide where the
 * answer space is split: `age >= 40` makes 39, 40 and 41 the ages worth
 * trying. Constants found in a comparison are credited to every input the
 * comparison reads, through variables.
 */
import { childrenOf, type DurationUnit, type ExprNode } from '../../expr/ast.js';
import type { PathwayModel } from '../model.js';
import type { ExpressionCache, Inputs } from './inputs.js';

/** What one input is compared against. */
export interface Constants {
  readonly numbers: Set<number>;
  readonly strings: Set<string>;
  readonly dates: Set<string>;
  readonly durations: Map<string, { value: number; unit: DurationUnit }>;
  /** Used inside arithmetic or a function call, where any option or size may matter. */
  computed: boolean;
}

function empty(): Constants {
  return { numbers: new Set(), strings: new Set(), dates: new Set(), durations: new Map(), computed: false };
}

/** Every expression text of the pathway. */
export function allExpressionTexts(model: PathwayModel): string[] {
  const texts: string[] = [];
  for (const edge of model.pathway.edges) if (edge.when !== undefined) texts.push(edge.when);
  for (const { field } of model.fields.values()) {
    if (field.showWhen !== undefined) texts.push(field.showWhen);
    if (field.prefill !== undefined) texts.push(field.prefill);
    if (field.redFlag?.when !== undefined) texts.push(field.redFlag.when);
    for (const v of field.validations ?? []) texts.push(v.when);
  }
  for (const { variable } of model.variables.values()) {
    if (variable.kind === 'expression') texts.push(variable.expr);
    else for (const item of variable.items) texts.push(item.when);
  }
  return texts;
}

function literals(node: ExprNode, into: Constants): void {
  switch (node.kind) {
    case 'number':
      into.numbers.add(node.value);
      break;
    case 'string':
      into.strings.add(node.value);
      break;
    case 'date':
      into.dates.add(node.value);
      break;
    case 'duration':
      into.durations.set(`${node.value} ${node.unit}`, { value: node.value, unit: node.unit });
      break;
    case 'unary':
      // `-2` is a minus applied to 2: the constant compared against is -2.
      if (node.op === '-' && node.operand.kind === 'number') into.numbers.add(-node.operand.value);
      else literals(node.operand, into);
      break;
    default:
      for (const child of childrenOf(node)) literals(child, into);
  }
}

/** The fields, variables and context facts (`context.<id>`) an expression's syntax tree names, with repeats. */
export function refsIn(node: ExprNode, out: string[] = []): string[] {
  if (node.kind === 'ref') out.push(node.name);
  else if (node.kind === 'context') out.push(`context.${node.name}`);
  for (const child of childrenOf(node)) refsIn(child, out);
  return out;
}

function isComparison(node: ExprNode): boolean {
  return node.kind === 'binary' && !['+', '-', '*', '/'].includes(node.op);
}

/** Collects, for every input, the constants it is compared against. */
export function collectConstants(
  model: PathwayModel,
  exprs: ExpressionCache,
  inputs: Inputs,
): Map<string, Constants> {
  const table = new Map<string, Constants>();
  const credit = (names: readonly string[], found: Constants): void => {
    for (const name of names) {
      for (const input of inputs.ofName(name)) {
        const c = table.get(input) ?? empty();
        for (const n of found.numbers) c.numbers.add(n);
        for (const s of found.strings) c.strings.add(s);
        for (const d of found.dates) c.dates.add(d);
        for (const [k, d] of found.durations) c.durations.set(k, d);
        c.computed ||= found.computed;
        table.set(input, c);
      }
    }
  };
  const visit = (node: ExprNode, computed: boolean): void => {
    if (isComparison(node) || node.kind === 'call') {
      const found = empty();
      literals(node, found);
      found.computed = computed || node.kind === 'call';
      credit(refsIn(node, []), found);
    }
    const inner =
      computed || node.kind === 'call' || (node.kind === 'binary' && ['+', '-', '*', '/'].includes(node.op));
    for (const child of childrenOf(node)) visit(child, inner);
    if (node.kind === 'ref' && computed) credit([node.name], { ...empty(), computed: true });
  };
  for (const text of allExpressionTexts(model)) {
    const ast = exprs.ast(text);
    if (ast) visit(ast, false);
  }
  return table;
}
