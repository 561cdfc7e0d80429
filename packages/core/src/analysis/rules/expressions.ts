/**
 * Expression rules: every condition, prefill, validation rule, red-flag
 * condition and variable is parsed and type-checked by the expression
 * language's own checker, against the names the pathway defines.
 */
import { checkExpression } from '../../expr/check.js';
import type { ExprError } from '../../expr/errors.js';
import { typeOfField, type ExprType, type TypeName, type TypeSpec } from '../../expr/types.js';
import { finding } from '../finding.js';
import { buildModel, type PathwayModel } from '../model.js';
import type { Pathway } from '../provisional.js';
import type { Finding } from '../types.js';

/** One expression of the document and what it must give. */
export interface ExpressionSite {
  readonly text: string;
  readonly path: (string | number)[];
  /** What it is, for messages: "the condition of edge e3". */
  readonly what: string;
  readonly expected?: TypeName;
  readonly nodeId?: string;
  readonly edgeId?: string;
  readonly fieldId?: string;
}

/** Every expression of the pathway with its location and expected type. */
export function expressionSites(model: PathwayModel): ExpressionSite[] {
  const sites: ExpressionSite[] = [];
  model.pathway.edges.forEach((edge, i) => {
    if (edge.when !== undefined)
      sites.push({
        text: edge.when,
        path: ['edges', i, 'when'],
        what: `the condition of edge ${edge.id}`,
        expected: 'boolean',
        nodeId: edge.from,
        edgeId: edge.id,
      });
  });
  for (const { field, step, path } of model.fields.values()) {
    const at = { nodeId: step.id, fieldId: field.id };
    if (field.showWhen !== undefined)
      sites.push({
        text: field.showWhen,
        path: [...path, 'showWhen'],
        what: `the showWhen of field ${field.id}`,
        expected: 'boolean',
        ...at,
      });
    if (field.prefill !== undefined) {
      const kind = typeOfField(field)?.kind;
      sites.push({
        text: field.prefill,
        path: [...path, 'prefill'],
        what: `the prefill of field ${field.id}`,
        ...(kind ? { expected: kind } : {}),
        ...at,
      });
    }
    if (field.redFlag?.when !== undefined)
      sites.push({
        text: field.redFlag.when,
        path: [...path, 'redFlag', 'when'],
        what: `the red-flag condition of field ${field.id}`,
        expected: 'boolean',
        ...at,
      });
    (field.validations ?? []).forEach((rule, k) => {
      sites.push({
        text: rule.when,
        path: [...path, 'validations', k, 'when'],
        what: `validation rule ${k + 1} of field ${field.id}`,
        expected: 'boolean',
        ...at,
      });
    });
  }
  for (const { variable, path } of model.variables.values()) {
    if (variable.kind === 'expression')
      sites.push({
        text: variable.expr,
        path: [...path, 'expr'],
        what: `variable ${variable.id}`,
        fieldId: variable.id,
      });
    else {
      variable.items.forEach((item, k) => {
        sites.push({
          text: item.when,
          path: [...path, 'items', k, 'when'],
          what: `item “${item.label}” of score ${variable.id}`,
          expected: 'boolean',
          fieldId: variable.id,
        });
      });
    }
  }
  return sites;
}

/**
 * The type environment of a pathway: its fields, its variables (scores are
 * numbers; an expression variable has the type of its expression, worked
 * out in dependency order) and its context facts.
 */
export function pathwayTypeEnv(model: PathwayModel): {
  names: Record<string, TypeSpec>;
  context: Record<string, TypeSpec>;
} {
  const names: Record<string, TypeSpec> = {};
  const context: Record<string, TypeSpec> = {};
  for (const { field } of model.fields.values()) {
    const type = typeOfField(field);
    if (type) names[field.id] = type;
  }
  for (const c of model.pathway.context) {
    const type = typeOfField(c);
    if (type) context[c.id] = type;
  }
  const pending = [];
  for (const { variable } of model.variables.values()) {
    if (variable.kind === 'score') names[variable.id] = 'number';
    else pending.push(variable);
  }
  // Each pass types the variables whose inputs are typed; a cycle or an error leaves a variable untyped.
  for (let progress = true; progress && pending.length > 0;) {
    progress = false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const v = pending[i] as (typeof pending)[number];
      const checked = checkExpression(v.expr, { names, context });
      if (checked.type && checked.errors.length === 0) {
        names[v.id] = checked.type as ExprType;
        pending.splice(i, 1);
        progress = true;
      }
    }
  }
  return { names, context };
}

/**
 * {@link expressionSites} of a document: every condition, prefill,
 * validation rule, red-flag condition, variable and score item it holds,
 * with its JSON path. For tools that rewrite expressions (the designer's
 * renames) without building the analysis model themselves.
 */
export function expressionSitesOf(pathway: Pathway): ExpressionSite[] {
  return expressionSites(buildModel(pathway));
}

/** {@link pathwayTypeEnv} of a document: the type of every name an expression in it may use. */
export function typeEnvOf(pathway: Pathway): ReturnType<typeof pathwayTypeEnv> {
  return pathwayTypeEnv(buildModel(pathway));
}

/** The longest expression text a message quotes whole; a longer one is cut, so a message stays readable. */
const QUOTED = 120;

function quote(text: string): string {
  return text.length <= QUOTED ? text : `${text.slice(0, QUOTED - 1)}…`;
}

function toFinding(site: ExpressionSite, error: ExprError): Finding {
  const range = error.range ?? { from: 0, to: site.text.length };
  const excerpt = site.text.slice(range.from, Math.max(range.to, range.from + 1));
  return finding(
    error.code,
    site.path,
    `In ${site.what} (“${quote(site.text)}”)${excerpt.trim() !== '' && excerpt !== site.text ? `, at “${quote(excerpt)}”` : ''}: ${error.message}`,
    { nodeId: site.nodeId, edgeId: site.edgeId, fieldId: site.fieldId, range },
  );
}

/** Parse and type errors of every expression in the pathway. */
export function expressionErrors(model: PathwayModel): Finding[] {
  const env = pathwayTypeEnv(model);
  const out: Finding[] = [];
  for (const site of expressionSites(model)) {
    const checked = checkExpression(site.text, env, site.expected);
    for (const error of checked.errors) out.push(toFinding(site, error));
  }
  return out;
}

/**
 * Every expression of a document that cannot be read — it does not parse, or
 * does not type-check against the pathway's fields, variables and context, or
 * gives the wrong kind of value (a number where a condition must stand) — as
 * error findings with the place it stands (`path`, and `nodeId`, `edgeId` or
 * `fieldId`). Empty when every expression can be read.
 *
 * The one rule that decides whether a pathway may run: the element refuses a
 * document for which it is not empty, `careway validate` reports it,
 * `careway publish` refuses (through {@link analyze}, which runs the same
 * check) and the designer lists it.
 *
 * @example
 * const unreadable = unreadableExpressions(pathway);
 * if (unreadable.length > 0) refuse(unreadable.map((f) => f.message));
 */
export function unreadableExpressions(pathway: Pathway): Finding[] {
  return expressionErrors(buildModel(pathway)).filter((f) => f.severity === 'error');
}
