import { describe, expect, it } from 'vitest';
import { validate, type Field, type Pathway } from '../../core.js';
import { smallPathway } from '../test-fixtures.js';
import { emptyHistory, execute, undo } from './history.js';
import { renameContext, renameField, renameOptionValue, renameVariable } from './rename-commands.js';
import { renameLeftovers, renameNameProblem, renameOptionProblem } from '../document/rename-checks.js';

/** The small pathway with every kind of reference to `age`, `bleeding`, `colour` and `context.sex`. */
function referencing(): Pathway {
  const doc = smallPathway();
  const step = doc.nodes[0];
  if (step?.kind !== 'step') throw new Error('the small pathway starts with a step');
  const colour: Field = {
    id: 'colour',
    type: 'choice',
    label: 'Colour of the blood',
    options: [
      { value: 'red', label: 'Bright red' },
      { value: 'dark', label: 'Dark' },
    ],
    showWhen: 'bleeding',
  };
  const kinds: Field = {
    id: 'kinds',
    type: 'multi-choice',
    label: 'Other signs',
    options: [
      { value: 'red', label: 'Red skin' },
      { value: 'none', label: 'None of these' },
    ],
    exclusive: ['none'],
    required: false,
  };
  const age = step.fields[1] as Field;
  step.fields[1] = {
    ...age,
    prefill: 'context.age',
    validations: [{ when: 'age >= 16', message: 'Adults only.' }],
  };
  step.fields.push(colour, kinds);
  doc.context.push(
    { id: 'age', label: 'Age', type: 'integer' },
    {
      id: 'sex',
      label: 'Sex',
      type: 'choice',
      options: [
        { value: 'female', label: 'Female' },
        { value: 'male', label: 'Male' },
      ],
    },
  );
  doc.edges[1] = {
    ...(doc.edges[1] as Pathway['edges'][number]),
    when: "bleeding or age >= 60 or colour = 'red' or 'red' in kinds or context.sex = 'male'",
  };
  doc.variables.push(
    { id: 'older', label: 'Older', kind: 'expression', expr: 'age >= 60 and context.age > 0' },
    { id: 'risk', label: 'Risk', kind: 'score', items: [{ label: 'Old', when: 'older', points: 1 }] },
  );
  const refer = doc.nodes[2];
  if (refer?.kind === 'outcome') refer.requires = ['bleeding', 'age', 'risk'];
  doc.scenarios[0] = {
    ...(doc.scenarios[0] as Pathway['scenarios'][number]),
    answers: { bleeding: true, age: 50, colour: 'red', kinds: ['red'] },
    context: { sex: 'male', age: 50 },
  };
  doc.translations = {
    cy: {
      'field.age.label': 'Oed',
      'option.colour.red.label': 'Coch llachar',
      'variable.risk.label': 'Risg',
      'context.sex.label': 'Rhyw',
    },
  };
  return doc;
}

const field = (doc: Pathway, id: string) =>
  doc.nodes.flatMap((n) => (n.kind === 'step' ? n.fields : [])).find((f) => f.id === id);

describe('renameField', () => {
  it('renames the question and every reference to it, and nothing else', () => {
    const before = referencing();
    expect(validate(before).ok).toBe(true);
    const doc = renameField('age', 'age_years').apply(before);
    expect(field(doc, 'age_years')?.label).toBe('Age');
    expect(field(doc, 'age_years')?.validations?.[0]?.when).toBe('age_years >= 16');
    expect(field(doc, 'age_years')?.prefill).toBe('context.age');
    expect(doc.edges[1]?.when).toBe(
      "bleeding or age_years >= 60 or colour = 'red' or 'red' in kinds or context.sex = 'male'",
    );
    expect(doc.variables[0]).toMatchObject({ expr: 'age_years >= 60 and context.age > 0' });
    expect(doc.nodes[2]).toMatchObject({ requires: ['bleeding', 'age_years', 'risk'] });
    expect(doc.scenarios[0]?.answers).toEqual({
      bleeding: true,
      age_years: 50,
      colour: 'red',
      kinds: ['red'],
    });
    expect(doc.scenarios[0]?.context).toEqual({ sex: 'male', age: 50 });
    expect(doc.translations?.cy?.['field.age_years.label']).toBe('Oed');
    expect(validate(doc).ok).toBe(true);
  });

  it('rewrites a red-flag condition, a show-when and a score item', () => {
    const before = referencing();
    const doc = renameField('bleeding', 'rectal_bleeding').apply(before);
    expect(field(doc, 'colour')?.showWhen).toBe('rectal_bleeding');
    const older = renameVariable('older', 'is_older').apply(doc);
    expect(older.variables[1]).toMatchObject({ items: [{ when: 'is_older' }] });
  });

  it('refuses a taken, invalid or reserved id with a message, leaving the document alone', () => {
    const doc = referencing();
    expect(renameNameProblem(doc, 'field', 'age', 'bleeding')).toBe(
      '“bleeding” is already the id of a question or variable.',
    );
    expect(renameNameProblem(doc, 'field', 'age', 'risk')).toMatch(/already the id/);
    expect(renameNameProblem(doc, 'field', 'age', 'Age')).toMatch(/lower-case/);
    expect(renameNameProblem(doc, 'field', 'age', 'context')).toMatch(/reserved/);
    expect(renameNameProblem(doc, 'field', 'nothing', 'x')).toMatch(/no question/);
    expect(renameField('age', 'bleeding').apply(doc)).toBe(doc);
    expect(renameField('age', 'constructor').apply(doc)).toBe(doc);
  });

  it('is one undoable command', () => {
    const doc = referencing();
    const done = execute(emptyHistory, doc, renameField('age', 'age_years'));
    expect(done.history.past).toHaveLength(1);
    expect(done.history.past[0]?.label).toBe('Rename question "age" to "age_years"');
    expect(undo(done.history)?.doc).toBe(doc);
  });

  it('names the expressions it cannot read, and leaves them as they are', () => {
    const doc = referencing();
    doc.edges[2] = { ...(doc.edges[2] as Pathway['edges'][number]), when: 'age >= (' };
    expect(renameLeftovers(doc, 'age')).toEqual(['the condition of edge e3']);
    expect(renameField('age', 'age_years').apply(doc).edges[2]?.when).toBe('age >= (');
  });
});

describe('renameVariable', () => {
  it('renames a score in conditions, requires and translations', () => {
    const doc = renameVariable('risk', 'risk_score').apply(referencing());
    expect(doc.variables[1]?.id).toBe('risk_score');
    expect(doc.nodes[2]).toMatchObject({ requires: ['bleeding', 'age', 'risk_score'] });
    expect(doc.translations?.cy?.['variable.risk_score.label']).toBe('Risg');
    expect(renameVariable('risk', 'age').apply(referencing()).variables[1]?.id).toBe('risk');
  });
});

describe('renameContext', () => {
  it('renames context.<id> in expressions and the scenarios, but not a field of the same name', () => {
    const doc = renameContext('age', 'age_at_referral').apply(referencing());
    expect(doc.context.map((c) => c.id)).toEqual(['age_at_referral', 'sex']);
    expect(field(doc, 'age')?.prefill).toBe('context.age_at_referral');
    expect(doc.variables[0]).toMatchObject({ expr: 'age >= 60 and context.age_at_referral > 0' });
    expect(doc.edges[1]?.when).toContain('age >= 60');
    expect(doc.scenarios[0]?.context).toEqual({ sex: 'male', age_at_referral: 50 });
    expect(renameContext('age', 'sex').apply(referencing()).context[0]?.id).toBe('age');
  });
});

describe('renameOptionValue', () => {
  it('renames the option of one question only, in conditions, answers and translations', () => {
    const before = referencing();
    const doc = renameOptionValue({ field: 'colour' }, 'red', 'bright_red').apply(before);
    expect(field(doc, 'colour')).toMatchObject({ options: [{ value: 'bright_red' }, { value: 'dark' }] });
    expect(doc.edges[1]?.when).toBe(
      "bleeding or age >= 60 or colour = 'bright_red' or 'red' in kinds or context.sex = 'male'",
    );
    expect(doc.scenarios[0]?.answers).toMatchObject({ colour: 'bright_red', kinds: ['red'] });
    expect(doc.translations?.cy?.['option.colour.bright_red.label']).toBe('Coch llachar');
    expect(validate(doc).ok).toBe(true);
  });

  it('renames a multiple-choice option in `in` tests, the exclusive list and answer lists', () => {
    const base = referencing();
    let doc = renameOptionValue({ field: 'kinds' }, 'red', 'flushed').apply(base);
    expect(doc.edges[1]?.when).toContain("'flushed' in kinds");
    expect(doc.edges[1]?.when).toContain("colour = 'red'");
    expect(doc.scenarios[0]?.answers['kinds']).toEqual(['flushed']);
    doc = renameOptionValue({ field: 'kinds' }, 'none', 'none_of_these').apply(doc);
    expect(field(doc, 'kinds')).toMatchObject({ exclusive: ['none_of_these'] });
  });

  it('renames an option of a context fact in conditions and the scenarios’ context', () => {
    const doc = renameOptionValue({ context: 'sex' }, 'male', 'm').apply(referencing());
    expect(doc.context[1]?.options?.map((o) => o.value)).toEqual(['female', 'm']);
    expect(doc.edges[1]?.when).toContain("context.sex = 'm'");
    expect(doc.scenarios[0]?.context).toEqual({ sex: 'm', age: 50 });
  });

  it('refuses a value another option has, or one the format does not allow', () => {
    const doc = referencing();
    expect(renameOptionProblem(doc, { field: 'colour' }, 'red', 'dark')).toBe(
      'Another option already has the value “dark”.',
    );
    expect(renameOptionProblem(doc, { field: 'colour' }, 'red', 'Red!')).toMatch(/lower-case/);
    expect(renameOptionValue({ field: 'colour' }, 'red', 'dark').apply(doc)).toBe(doc);
  });
});
