/**
 * Validation of a step on `next()`: every visible field is checked for being
 * answered when required, for its type's own constraints, and against the
 * pathway's `validations[]` rules. A rule that is false fails with its
 * message; a rule that is unknown does not fail (it cannot be judged yet).
 */
import type { AnswerValue, AttachmentRef, Field, StepNode } from './doc.js';
import type { Scope } from './scope.js';
import type { ViewIssue } from './types.js';
import { engineIssue } from './messages/index.js';
import { formatBytes, hasAnswerShape, parseIsoDate } from './values.js';

/** Whether a field must be answered (visible fields only; `required` defaults to true). */
export function isRequired(field: Field): boolean {
  return field.type !== 'display' && field.required !== false;
}

/** Whether a value counts as an answer (an empty multi-choice list does not for a required field). */
export function isAnswered(field: Field, value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  return !(field.type === 'multi-choice' && Array.isArray(value) && value.length === 0 && isRequired(field));
}

/**
 * The issues of a step's visible fields. `refused` are the answers the host
 * tried to give that were refused (reported instead of "required").
 */
export function validateStep(node: StepNode, scope: Scope, refused: readonly ViewIssue[]): ViewIssue[] {
  const answers = scope.input.answers;
  const issues: ViewIssue[] = [];
  for (const field of node.fields) {
    if (field.type === 'display' || !scope.visible(field.id)) continue;
    const value = answers[scope.compiled.fields.get(field.id)?.ordinal ?? -1];
    if (value === undefined) {
      const refusal = refused.find((r) => r.fieldId === field.id);
      if (refusal) issues.push(refusal);
      else if (isRequired(field)) issues.push(engineIssue('required', field));
      continue;
    }
    if (!isAnswered(field, value)) {
      issues.push(engineIssue('required', field));
      continue;
    }
    const own = checkValue(field, value, scope.input.today);
    if (own.length > 0) {
      issues.push(...own);
      continue;
    }
    for (const rule of field.validations ?? []) {
      if (scope.evaluate(rule.when) === false) {
        const index = (field.validations ?? []).indexOf(rule);
        issues.push(
          engineIssue('validation_failed', field, { index }, { message: rule.message, rule: rule.code }),
        );
      }
    }
  }
  return issues;
}

/** The type's own constraints on an answered value. */
export function checkValue(field: Field, value: AnswerValue, today: string): ViewIssue[] {
  if (!hasAnswerShape(field, value)) return [engineIssue('invalid_type', field)];
  switch (field.type) {
    case 'choice':
      return field.options.some((o) => o.value === value) ? [] : [engineIssue('invalid_option', field)];
    case 'multi-choice': {
      const chosen = value as string[];
      if (!chosen.every((v) => field.options.some((o) => o.value === v))) {
        return [engineIssue('invalid_option', field)];
      }
      const exclusive = (field.exclusive ?? []).find((x) => chosen.includes(x));
      if (exclusive !== undefined && chosen.length > 1) {
        const label = field.options.find((o) => o.value === exclusive)?.label ?? exclusive;
        return [engineIssue('exclusive_option', field, { option: label })];
      }
      return [];
    }
    case 'integer':
    case 'decimal': {
      const n = value as number;
      if (field.type === 'integer' && !Number.isInteger(n)) return [engineIssue('not_integer', field)];
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) {
        const range = { min: field.min, max: field.max, unit: field.unit?.label };
        return [engineIssue('out_of_range', field, definedOnly(range))];
      }
      return [];
    }
    case 'date': {
      const text = value as string;
      if (!parseIsoDate(text)) return [engineIssue('invalid_date', field)];
      if ((field.notInFuture === true || field.dateOfBirth === true) && text > today) {
        return [engineIssue('date_in_future', field)];
      }
      return [];
    }
    case 'text':
    case 'long-text':
      return field.maxLength !== undefined && (value as string).length > field.maxLength
        ? [engineIssue('too_long', field, { max: field.maxLength })]
        : [];
    case 'attachment':
      return checkFiles(field, value as AttachmentRef[]);
    default:
      return [];
  }
}

function checkFiles(field: Extract<Field, { type: 'attachment' }>, files: AttachmentRef[]): ViewIssue[] {
  const issues: ViewIssue[] = [];
  if (field.minFiles !== undefined && files.length < field.minFiles) {
    issues.push(engineIssue('too_few_files', field, { min: field.minFiles }));
  }
  if (files.length > field.maxFiles)
    issues.push(engineIssue('too_many_files', field, { max: field.maxFiles }));
  for (const file of files) {
    if (!accepts(field.accept, file.type))
      issues.push(engineIssue('file_type', field, { file: file.name, accept: field.accept }));
    else if (file.size > field.maxBytes) {
      issues.push(
        engineIssue('file_too_large', field, { file: file.name, size: formatBytes(field.maxBytes) }),
      );
    }
  }
  return issues;
}

/** The params that are set: a message table reads absent ones as absent. */
function definedOnly(params: Record<string, string | number | undefined>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) out[key] = value;
  return out;
}

/** Whether a MIME type matches an accept list (`image/*` wildcards allowed). */
function accepts(accept: readonly string[], type: string): boolean {
  const t = type.toLowerCase();
  return accept.some((a) => {
    const x = a.toLowerCase();
    return x === t || (x.endsWith('/*') && t.startsWith(x.slice(0, -1))) || x === '*/*';
  });
}
