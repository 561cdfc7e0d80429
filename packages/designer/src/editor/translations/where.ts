import type { Field, Pathway, PathwayNode, Variable } from '../../core.js';
import type { DocPath } from '../document/paths.js';
import { NodeWords, q } from '../words/words.js';

/** Where a translatable text is, in words, and the canvas element it belongs to. */
export interface TextPlace {
  /** E.g. `Question “Temperature” — label`. */
  readonly where: string;
  readonly nodeId?: string;
  readonly edgeId?: string;
}

const propWords: Readonly<Record<string, string>> = {
  nextSteps: 'next steps',
  safetyNetting: 'safety netting',
  why: '“why we ask”',
  trueLabel: '“yes” label',
  falseLabel: '“no” label',
  reason: 'red-flag reason',
  name: 'service',
};

/** The last step of a text's path in words: `safetyNetting` → `safety netting`. */
const prop = (path: DocPath): string => {
  const last = String(path.at(-1));
  if (path.at(-2) === 'unit') return 'unit';
  return propWords[last] ?? last;
};

function fieldPlace(field: Field, rest: DocPath): string {
  const question = `Question ${q(field.label)}`;
  const [part, index] = rest;
  if (part === 'options' && typeof index === 'number' && 'options' in field) {
    const option = field.options[index];
    return `Option ${q(option?.label ?? String(index))} of question ${q(field.label)} — ${prop(rest)}`;
  }
  if (part === 'validations' && typeof index === 'number')
    return `${question} — validation message ${index + 1}`;
  return `${question} — ${prop(rest)}`;
}

function nodePlace(node: PathwayNode, rest: DocPath): string {
  const [part, index, ...more] = rest;
  if (part === 'fields' && typeof index === 'number' && node.kind === 'step') {
    const field = node.fields[index];
    if (field) return fieldPlace(field, more);
  }
  return `${NodeWords(node)} — ${prop(rest)}`;
}

function variablePlace(variable: Variable, rest: DocPath): string {
  const name = `${variable.kind === 'score' ? 'Score' : 'Variable'} ${q(variable.label)}`;
  const [part, index] = rest;
  if (part === 'items' && typeof index === 'number') return `${name} — item ${index + 1}`;
  if (part === 'bands' && typeof index === 'number') return `${name} — band ${index + 1}`;
  return `${name} — ${prop(rest)}`;
}

/**
 * Where the text at `path` (as core's `textKeys` gives it) is, for the
 * clinical lead: `Question “Temperature” — label`, `Outcome “Refer” — safety
 * netting`. Texts of a step's questions belong to the step's node.
 */
export function textPlace(doc: Pathway, path: DocPath): TextPlace {
  const [part, index, ...rest] = path;
  if (part === 'nodes' && typeof index === 'number') {
    const node = doc.nodes[index];
    if (node) return { where: nodePlace(node, rest), nodeId: node.id };
  }
  if (part === 'edges' && typeof index === 'number') {
    const edge = doc.edges[index];
    if (edge) {
      const title = (id: string) => doc.nodes.find((n) => n.id === id)?.title ?? id;
      return { where: `Connection ${q(`${title(edge.from)} → ${title(edge.to)}`)} — label`, edgeId: edge.id };
    }
  }
  if (part === 'variables' && typeof index === 'number') {
    const variable = doc.variables[index];
    if (variable) return { where: variablePlace(variable, rest) };
  }
  if (part === 'context' && typeof index === 'number') {
    const fact = doc.context[index];
    if (fact) return { where: `Context fact ${q(fact.label)} — label` };
  }
  return { where: `Pathway — ${prop(path)}` };
}
