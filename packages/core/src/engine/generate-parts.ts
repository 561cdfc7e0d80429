/**
 * The pieces of a generated pathway: its steps' fields, the conditions on
 * them, its variables, and where conditional edges jump to.
 */
import type { Field, Node, Variable } from './doc.js';
import type { GenerateOptions } from './generate.js';

/** The options every generated choice offers. */
export const OPTIONS = ['a', 'b', 'c'].map((v) => ({ value: v, label: `Option ${v.toUpperCase()}` }));

/** Where a conditional edge out of spine node `i` goes (`undefined`: leave it out). */
export function jumpTarget(
  i: number,
  spine: number,
  total: number,
  nodes: readonly Node[],
  options: GenerateOptions,
  rnd: () => number,
): number | undefined {
  const outcomes = total - spine;
  const exit = options.exitRate === undefined ? rnd() < outcomes / (total - i - 1) : rnd() < options.exitRate;
  if (exit || i + 1 >= spine) return spine + Math.floor(rnd() * outcomes);
  const reach = Math.min(options.jumpReach ?? spine, spine - i - 1);
  const to = i + 1 + Math.floor(rnd() * reach);
  return options.safe === true && nodes[to]?.kind === 'decision' ? undefined : to;
}

/** The fields of step `i`: a boolean first, then up to two more of mixed types. */
export function makeFields(i: number, rnd: () => number): Field[] {
  const count = 1 + Math.floor(rnd() * 3);
  const fields: Field[] = [{ id: `f${i}_0`, type: 'boolean', label: `Is the patient ${i} unwell?` }];
  for (let j = 1; j < count; j++) {
    const id = `f${i}_${j}`;
    const r = rnd();
    let field: Field;
    if (r < 0.3) field = { id, type: 'choice', label: `Which option ${i}.${j}?`, options: OPTIONS };
    else if (r < 0.45)
      field = { id, type: 'multi-choice', label: `Options ${i}.${j}`, options: OPTIONS, required: false };
    else if (r < 0.75) {
      field = {
        id,
        type: 'integer',
        label: `Reading ${i}.${j}`,
        min: 0,
        max: 100,
        unit: { label: 'mmol/L' },
      };
      if (rnd() < 0.3) field.prefill = 'context.age';
      if (rnd() < 0.3)
        field.validations = [{ when: `${id} != 13`, message: `Reading ${i}.${j} cannot be 13` }];
    } else field = { id, type: 'boolean', label: `Has the patient had sign ${i}.${j}?` };
    if (rnd() < 0.3) field.showWhen = `f${i}_0`;
    fields.push(field);
  }
  return fields;
}

/** A condition on a field that can be true or false. */
export function condition(field: Field, rnd: () => number): string {
  switch (field.type) {
    case 'boolean':
      return rnd() < 0.5 ? field.id : `not ${field.id}`;
    case 'choice':
      return `${field.id} = '${OPTIONS[Math.floor(rnd() * 3)]?.value ?? 'a'}'`;
    case 'multi-choice':
      return `'${OPTIONS[Math.floor(rnd() * 3)]?.value ?? 'a'}' in ${field.id}`;
    case 'integer':
      return rnd() < 0.5
        ? `${field.id} >= ${Math.floor(rnd() * 100)}`
        : `${field.id} < ${Math.floor(rnd() * 100)}`;
    default:
      return 'true';
  }
}

/** A condition on a variable. */
export function variableCondition(v: Variable, rnd: () => number): string {
  return v.kind === 'score'
    ? `${v.id} >= ${1 + Math.floor(rnd() * 2)}`
    : `${v.id} > ${Math.floor(rnd() * 150)}`;
}

/** A few scores over boolean fields and a sum of two number fields. */
export function makeVariables(stepFields: Field[][], rnd: () => number, safe: boolean): Variable[] {
  const read = (id: string, fallback: string) => (safe ? `coalesce(${id}, ${fallback})` : id);
  const variables: Variable[] = [];
  const booleans = stepFields.flat().filter((f) => f.type === 'boolean');
  const numbers = stepFields.flat().filter((f) => f.type === 'integer');
  const count = Math.min(5, Math.floor(stepFields.length / 10) + 1);
  for (let k = 0; k < count && booleans.length >= 2; k++) {
    const items = [0, 1, 2].map((n) => {
      const f = booleans[Math.floor(rnd() * booleans.length)] as Field;
      return { label: `Sign ${n + 1}`, when: read(f.id, 'false'), points: 1 };
    });
    variables.push({
      id: `v${k}`,
      label: `Score ${k}`,
      kind: 'score',
      items,
      bands: [
        { label: 'Low', max: 1 },
        { label: 'High', min: 2 },
      ],
      show: true,
    });
  }
  if (numbers.length >= 2) {
    const a = numbers[Math.floor(rnd() * numbers.length)] as Field;
    const b = numbers[Math.floor(rnd() * numbers.length)] as Field;
    variables.push({
      id: 'total',
      label: 'Total reading',
      kind: 'expression',
      expr: `${read(a.id, '0')} + ${read(b.id, '0')}`,
      show: true,
    });
  }
  return variables;
}
