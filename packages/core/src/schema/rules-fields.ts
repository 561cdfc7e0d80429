/**
 * Rules within one field, context fact or score that a schema cannot say:
 * ranges in order, option values unique, red flags that can fire.
 */
import type { RuleIssue } from './codes.js';
import { redFlagNeedsWhen, type Field, type Option } from './fields.js';
import { issue, type IssuePath } from '../issues/issue.js';
import type { Pathway } from './pathway.js';
import { nameAt } from './rules-ids.js';

function uniqueOptions(pathway: Pathway, options: readonly Option[], at: IssuePath, out: RuleIssue[]): void {
  const seen = new Set<string>();
  options.forEach((option, o) => {
    if (seen.has(option.value)) {
      out.push(
        issue(
          'duplicate_value',
          [...at, 'options', o, 'value'],
          `${nameAt(pathway, at)} offers the value "${option.value}" twice; option values must be unique within a field.`,
        ),
      );
    }
    seen.add(option.value);
  });
}

function range(
  label: string,
  at: IssuePath,
  min: number | undefined,
  max: number | undefined,
  names: [string, string],
  out: RuleIssue[],
): void {
  if (min !== undefined && max !== undefined && min > max) {
    out.push(
      issue(
        'invalid_range',
        [...at, names[1]],
        `${label}: "${names[0]}" (${min}) is more than "${names[1]}" (${max}).`,
      ),
    );
  }
}

function checkRedFlag(pathway: Pathway, field: Field, at: IssuePath, out: RuleIssue[]): void {
  const choice = field.type === 'choice' || field.type === 'multi-choice';
  const flaggedOption = choice && field.options.some((o) => o.redFlag === true);
  if (field.redFlag === undefined) {
    if (flaggedOption) {
      out.push(
        issue(
          'missing_property',
          [...at, 'redFlag'],
          `${nameAt(pathway, at)} marks an option as a red flag but has no "redFlag" saying what urgency it demands.`,
        ),
      );
    }
    return;
  }
  if (field.redFlag.when !== undefined || !redFlagNeedsWhen(field)) return;
  const why = choice
    ? 'no option is marked "redFlag": true, so it can never fire; mark the options or write "when"'
    : `${/^[aeiou]/.test(field.type) ? 'an' : 'a'} ${field.type} field needs "when" to say which answers are red flags`;
  out.push(
    issue(
      'missing_property',
      [...at, 'redFlag', 'when'],
      `${nameAt(pathway, at)}: "redFlag" has no "when" and ${why}.`,
    ),
  );
}

function checkField(pathway: Pathway, field: Field, at: IssuePath, out: RuleIssue[]): void {
  switch (field.type) {
    case 'choice':
    case 'multi-choice':
      uniqueOptions(pathway, field.options, at, out);
      if (field.type === 'multi-choice') {
        field.exclusive?.forEach((value, e) => {
          if (!field.options.some((o) => o.value === value)) {
            out.push(
              issue(
                'unknown_reference',
                [...at, 'exclusive', e],
                `${nameAt(pathway, at)}: "exclusive" names "${value}", which is not one of its options.`,
              ),
            );
          }
        });
      }
      break;
    case 'integer':
    case 'decimal':
      range(nameAt(pathway, at), at, field.min, field.max, ['min', 'max'], out);
      if (field.type === 'integer') {
        for (const key of ['min', 'max', 'step'] as const) {
          const v = field[key];
          if (v !== undefined && !Number.isInteger(v)) {
            out.push(
              issue(
                'invalid_type',
                [...at, key],
                `${nameAt(pathway, at)}: "${key}" must be a whole number for an integer field (found ${v}).`,
              ),
            );
          }
        }
      }
      break;
    case 'attachment':
      range(nameAt(pathway, at), at, field.minFiles, field.maxFiles, ['minFiles', 'maxFiles'], out);
      break;
    case 'display':
      for (const key of ['required', 'prefill', 'redFlag', 'validations'] as const) {
        if (field[key] !== undefined) {
          out.push(
            issue(
              'not_applicable',
              [...at, key],
              `${nameAt(pathway, at)}: a display field asks nothing, so "${key}" does not apply.`,
            ),
          );
        }
      }
      return;
    default:
      break;
  }
  checkRedFlag(pathway, field, at, out);
}

/** Field, context and score rules. */
export function checkFields(pathway: Pathway, out: RuleIssue[]): void {
  pathway.nodes.forEach((node, n) => {
    if (node.kind === 'step')
      node.fields.forEach((field, f) => checkField(pathway, field, ['nodes', n, 'fields', f], out));
  });
  pathway.context.forEach((field, c) => {
    const at = ['context', c];
    const choice = field.type === 'choice' || field.type === 'multi-choice';
    if (choice && field.options === undefined) {
      out.push(
        issue(
          'missing_property',
          [...at, 'options'],
          `${nameAt(pathway, at)}: a ${field.type} context fact needs "options".`,
        ),
      );
    } else if (!choice && field.options !== undefined) {
      out.push(
        issue(
          'not_applicable',
          [...at, 'options'],
          `${nameAt(pathway, at)}: "options" apply only to choice and multi-choice facts.`,
        ),
      );
    }
    if (field.options) uniqueOptions(pathway, field.options, at, out);
    if (field.unit !== undefined && field.type !== 'integer' && field.type !== 'decimal') {
      out.push(
        issue(
          'not_applicable',
          [...at, 'unit'],
          `${nameAt(pathway, at)}: "unit" applies only to integer and decimal facts.`,
        ),
      );
    }
  });
  pathway.variables.forEach((variable, v) => {
    if (variable.kind !== 'score') return;
    variable.bands?.forEach((band, b) =>
      range(
        `${nameAt(pathway, ['variables', v])}, band "${band.label}"`,
        ['variables', v, 'bands', b],
        band.min,
        band.max,
        ['min', 'max'],
        out,
      ),
    );
  });
}
