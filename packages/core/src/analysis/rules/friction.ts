/**
 * Friction that needs no exploration: questions whose answers nothing uses.
 * An answer is used when a condition, a variable, another field's
 * `showWhen`, `prefill` or validation rule, an outcome's `requires` or the
 * field's own red flag reads it. (The summary carries every answer, so it
 * does not count as a use: a question asked only for the summary should be
 * listed in the outcome's `requires`.)
 */
import { finding } from '../finding.js';
import type { ExpressionCache } from '../explore/inputs.js';
import { allExpressionTexts } from '../explore/thresholds.js';
import { nodeName, type PathwayModel } from '../model.js';
import type { Finding } from '../types.js';

/** How many times each name (field or variable id) is used, and by what. */
export function usesOf(model: PathwayModel, exprs: ExpressionCache): Map<string, number> {
  const uses = new Map<string, number>();
  const add = (name: string): void => void uses.set(name, (uses.get(name) ?? 0) + 1);
  const own = new Map<string, string[]>();
  for (const { field } of model.fields.values()) {
    own.set(
      field.id,
      [field.showWhen, field.prefill, ...(field.validations ?? []).map((v) => v.when)].filter(
        (t): t is string => t !== undefined,
      ),
    );
  }
  for (const text of allExpressionTexts(model)) {
    for (const name of exprs.names(text)) add(name);
  }
  // A field's own showWhen, prefill or validation rules do not count as using it.
  for (const [id, texts] of own)
    for (const text of texts) if (exprs.names(text).includes(id)) uses.set(id, (uses.get(id) ?? 1) - 1);
  for (const outcome of model.outcomes) for (const id of outcome.requires) add(id);
  for (const { field } of model.fields.values()) if (field.redFlag) add(field.id);
  return uses;
}

/** Questions and hidden variables that nothing uses. */
export function unusedFields(model: PathwayModel, exprs: ExpressionCache): Finding[] {
  const uses = usesOf(model, exprs);
  const out: Finding[] = [];
  for (const { field, step, path } of model.fields.values()) {
    if (field.type === 'display' || (uses.get(field.id) ?? 0) > 0) continue;
    out.push(
      finding(
        'unused_field',
        path,
        `The question “${field.label}” (${field.id}) on ${nodeName(step, step.id)} is asked, but no route, score, other question or outcome uses the answer. Remove it to save the clinician time, or list it in the "requires" of the outcomes that need it.`,
        { nodeId: step.id, fieldId: field.id },
      ),
    );
  }
  for (const { variable, path } of model.variables.values()) {
    if (variable.show === true || (uses.get(variable.id) ?? 0) > 0) continue;
    out.push(
      finding(
        'unused_variable',
        path,
        `The variable “${variable.label}” (${variable.id}) is worked out but neither shown nor used by any condition or outcome. Remove it, or set "show": true if clinicians should see it.`,
        {
          fieldId: variable.id,
        },
      ),
    );
  }
  return out;
}
