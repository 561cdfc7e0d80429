import { typeEnvOf, type ExprType, type Pathway } from '../../core.js';
import type { RuleOp, Subject, SubjectType } from './types.js';

type Spec = ReturnType<typeof typeEnvOf>['names'][string] | undefined;

/** The builder's kind of a type as core's checker gives it; `undefined` for what the builder cannot test (durations). */
function subjectType(spec: Spec): SubjectType | undefined {
  const type: ExprType | undefined = typeof spec === 'string' ? { kind: spec } : spec;
  switch (type?.kind) {
    case 'boolean':
    case 'number':
    case 'date':
      return type.kind;
    case 'string':
      return type.options ? 'choice' : 'text';
    case 'list':
      return type.options ? 'multi-choice' : undefined;
    default:
      return undefined;
  }
}

const labelled = (values: readonly string[] | undefined) => values?.map((value) => ({ value, label: value }));

/**
 * Everything in the pathway a rule can test, each typed by core's type
 * environment (`typeEnvOf`): fields by their type, scores as numbers, an
 * expression variable as the type of its expression, and the context facts.
 */
export function subjectsOf(doc: Pathway): Subject[] {
  const env = typeEnvOf(doc);
  const out: Subject[] = [];
  const seen = new Set<string>();
  for (const node of doc.nodes)
    if (node.kind === 'step')
      for (const f of node.fields) {
        const type = subjectType(env.names[f.id]);
        if (!type || seen.has(f.id)) continue;
        seen.add(f.id);
        out.push({
          id: f.id,
          label: f.label,
          type,
          ...('options' in f ? { options: f.options } : {}),
          ...('min' in f && f.min !== undefined ? { min: f.min } : {}),
          ...('max' in f && f.max !== undefined ? { max: f.max } : {}),
          ...('unit' in f && f.unit ? { unit: f.unit.label } : {}),
        });
      }
  for (const v of doc.variables) {
    const spec = env.names[v.id];
    const type = subjectType(spec);
    if (!type || seen.has(v.id)) continue;
    const options = labelled(typeof spec === 'object' ? spec.options : undefined);
    out.push({ id: v.id, label: v.label, type, ...(options ? { options } : {}) });
  }
  for (const c of doc.context) {
    const type = subjectType(env.context[c.id]);
    if (!type) continue;
    out.push({
      id: `context.${c.id}`,
      label: c.label,
      type,
      ...(c.options ? { options: c.options } : {}),
      ...(c.unit ? { unit: c.unit.label } : {}),
    });
  }
  return out;
}

/** The operators that fit a subject's type, with their words. */
export function operatorsFor(type: SubjectType): { op: RuleOp; label: string }[] {
  const answered = [
    { op: 'answered' as const, label: 'is answered' },
    { op: 'not_answered' as const, label: 'is not answered' },
  ];
  switch (type) {
    case 'boolean':
      return [{ op: 'is_yes', label: 'is yes' }, { op: 'is_no', label: 'is no' }, ...answered];
    case 'choice':
      return [
        { op: '=', label: 'is' },
        { op: '!=', label: 'is not' },
        { op: 'one_of', label: 'is one of' },
        ...answered,
      ];
    case 'multi-choice':
      return [
        { op: 'includes', label: 'includes' },
        { op: 'excludes', label: 'does not include' },
        ...answered,
      ];
    case 'number':
    case 'date':
      return [
        { op: '>=', label: type === 'date' ? 'is on or after' : 'is at least' },
        { op: '>', label: type === 'date' ? 'is after' : 'is more than' },
        { op: '<=', label: type === 'date' ? 'is on or before' : 'is at most' },
        { op: '<', label: type === 'date' ? 'is before' : 'is less than' },
        { op: '=', label: 'is' },
        { op: '!=', label: 'is not' },
        ...answered,
      ];
    case 'text':
      return [{ op: '=', label: 'is' }, { op: '!=', label: 'is not' }, ...answered];
  }
}
