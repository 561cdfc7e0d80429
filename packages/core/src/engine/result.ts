/**
 * The result filed once the outcome is reached: the answers that apply on
 * the route taken (visible fields of the steps on the route, in route
 * order), the scores with their explanations, the route, the trace, the
 * check-your-answers list and the summary text.
 */
import type { Compiled } from './compiled.js';
import type { AnswerValue, Coding, Field, OutcomeNode, StepNode, Variable } from './doc.js';
import { isUnknown } from './expressions.js';
import type { Scope } from './scope.js';
import { summaryText } from './summary.js';
import type { AnsweredItem, Result, ReviewItem, ScoreResult } from './types.js';
import { valueOf, type EngineState as SessionState } from './state.js';
import { displayAnswer, sameValue } from './values.js';

/** A visible field of a step on the route, with its answer if any. */
export interface RouteField {
  field: Exclude<Field, { type: 'display' }>;
  node: StepNode;
  value: AnswerValue | undefined;
}

/** The visible, answerable fields of the steps on the route, in route order (each once). */
export function routeFields(c: Compiled, s: SessionState, scope: Scope): RouteField[] {
  const seen = new Set<string>();
  const list: RouteField[] = [];
  for (const id of s.route) {
    const node = c.nodes.get(id);
    if (node?.kind !== 'step' || seen.has(id)) continue;
    seen.add(id);
    for (const field of node.fields) {
      if (field.type === 'display' || !scope.visible(field.id)) continue;
      list.push({ field, node, value: valueOf(c, s.answers, field.id) });
    }
  }
  return list;
}

/** The check-your-answers list. */
export function reviewItems(c: Compiled, s: SessionState, scope: Scope): ReviewItem[] {
  return routeFields(c, s, scope).map(({ field, node, value }) => ({
    nodeId: node.id,
    fieldId: field.id,
    question: field.label,
    answer: value === undefined ? 'Not answered' : displayAnswer(field, value),
    changeTarget: node.id,
  }));
}

/** Whether an answer is a red flag: the field's `redFlag.when`, or by default a true boolean or a red-flag option. */
export function isRedFlag(field: Field, value: AnswerValue, scope: Scope): boolean {
  if (field.redFlag?.when !== undefined) return scope.evaluate(field.redFlag.when) === true;
  if (field.type === 'boolean') return field.redFlag !== undefined && value === true;
  if (field.type === 'choice' || field.type === 'multi-choice') {
    const chosen = Array.isArray(value) ? (value as unknown[]) : [value];
    return field.options.some((o) => o.redFlag === true && chosen.includes(o.value));
  }
  return false;
}

function codesOf(field: Field, value: AnswerValue): Coding[] {
  const codes: Coding[] = field.code ? [field.code] : [];
  if (field.type === 'choice' || field.type === 'multi-choice') {
    const chosen = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const o of field.options) if (o.code && chosen.includes(o.value)) codes.push(o.code);
  }
  return codes;
}

/** The answers that apply on the route taken. */
export function answeredItems(c: Compiled, s: SessionState, scope: Scope): AnsweredItem[] {
  const items: AnsweredItem[] = [];
  for (const { field, node, value } of routeFields(c, s, scope)) {
    if (value === undefined) continue;
    const item: AnsweredItem = {
      fieldId: field.id,
      nodeId: node.id,
      label: field.label,
      type: field.type,
      value,
      display: displayAnswer(field, value),
      codes: codesOf(field, value),
      prefilled: sameValue(valueOf(c, s.prefill, field.id), value),
      redFlag: isRedFlag(field, value, scope),
    };
    if ((field.type === 'integer' || field.type === 'decimal') && field.unit) item.unit = field.unit;
    items.push(item);
  }
  return items;
}

/** Scores (always) and expression variables marked `show`, with explanations. */
export function scoreResults(c: Compiled, scope: Scope): ScoreResult[] {
  const out: ScoreResult[] = [];
  for (const v of c.pathway.variables) {
    if (v.kind !== 'score' && v.show !== true) continue;
    out.push(scoreResult(v, scope));
  }
  return out;
}

function scoreResult(v: Variable, scope: Scope): ScoreResult {
  const raw = scope.lookup(v.id);
  const value = isUnknown(raw) ? null : scalar(raw);
  const result: ScoreResult = { id: v.id, label: v.label, value, explanation: [] };
  if (v.kind !== 'score') return result;
  result.explanation = v.items
    .filter((i) => scope.evaluate(i.when) === true)
    .map((i) => ({ label: i.label, points: i.points }));
  if (typeof value === 'number') {
    const band = (v.bands ?? []).find(
      (b) => (b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max),
    );
    if (band) result.band = band.label;
  }
  return result;
}

function scalar(value: unknown): number | string | boolean | null {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Builds the result of a state at an outcome (review or complete). */
export function buildResult(c: Compiled, s: SessionState, outcome: OutcomeNode, scope: Scope): Result {
  const p = c.pathway;
  const base: Omit<Result, 'summaryText'> = {
    pathway: { id: p.id, version: p.version, fingerprint: c.fingerprint(), title: p.title },
    outcome,
    answers: answeredItems(c, s, scope),
    scores: scoreResults(c, scope),
    route: [...s.route],
    trace: s.trace.map((t) => ({ ...t, values: { ...t.values } })),
    review: reviewItems(c, s, scope),
    context: { ...s.context },
  };
  if (s.completedAt !== undefined) base.completedAt = s.completedAt;
  return { ...base, summaryText: summaryText(base, c) };
}
