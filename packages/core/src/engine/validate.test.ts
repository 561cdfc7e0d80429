import { describe, expect, it } from 'vitest';
import type { Field } from './doc.js';
import { ENGINE_MESSAGES_EN as EN, subjectOf } from './messages/index.js';
import { createSession } from './session.js';
import { outcome, tinyPathway } from './test-fixtures.js';
import type { ViewIssue } from './types.js';

/** Runs one field on a one-step pathway: answer it (unless `undefined`), press continue, return the issues. */
function issuesFor(field: Field, value: unknown, today = '2026-11-24'): ViewIssue[] {
  const p = tinyPathway(
    [{ id: 's', kind: 'step', title: 'S', fields: [field] }, outcome('o')],
    [{ id: 'e', from: 's', to: 'o' }],
  );
  const session = createSession(p, { today });
  if (value !== undefined) session.answer(field.id, value);
  const view = session.next();
  return view.kind === 'step' ? view.errors : [];
}

const codes = (issues: ViewIssue[]) => issues.map((i) => i.code);

describe('required', () => {
  it.each<[Field, string]>([
    [{ id: 'fit', type: 'integer', label: 'FIT result' }, 'Enter the FIT result'],
    [
      { id: 'p', type: 'boolean', label: 'Is the patient pregnant?' },
      'Select yes if the patient is pregnant',
    ],
    [
      { id: 'h', type: 'boolean', label: 'Has the patient had rectal bleeding?' },
      'Select yes if the patient has had rectal bleeding',
    ],
    [
      { id: 'x', type: 'boolean', label: 'Does the patient smoke?' },
      'Select yes or no for “Does the patient smoke?”',
    ],
    [
      { id: 's', type: 'choice', label: "What is the patient's sex?", options: [{ value: 'f', label: 'F' }] },
      "Select the patient's sex",
    ],
    [
      { id: 'm', type: 'multi-choice', label: 'Symptoms', options: [{ value: 'a', label: 'A' }] },
      'Select the symptoms',
    ],
    [{ id: 'd', type: 'date', label: 'Date of birth' }, 'Enter the date of birth'],
    [{ id: 't', type: 'text', label: 'How did it start?' }, 'Enter an answer for “How did it start?”'],
    [
      {
        id: 'a',
        type: 'attachment',
        label: 'Referral letter',
        accept: ['application/pdf'],
        maxBytes: 10,
        maxFiles: 1,
      },
      'Upload the referral letter',
    ],
    [{ id: 'e', type: 'decimal', label: 'eGFR' }, 'Enter the eGFR'],
  ])('asks for %s in the NHS style', (field, message) => {
    expect(issuesFor(field, undefined)).toEqual([
      { code: 'required', severity: 'error', path: [], fieldId: field.id, message },
    ]);
    expect(EN.required(field, {})).toBe(message);
  });

  it('does not ask for an optional field', () => {
    expect(issuesFor({ id: 'n', type: 'text', label: 'Notes', required: false }, undefined)).toEqual([]);
  });

  it('counts an empty multi-choice as unanswered when required, as an answer when optional', () => {
    const options = [{ value: 'a', label: 'A' }];
    expect(codes(issuesFor({ id: 'm', type: 'multi-choice', label: 'M', options }, []))).toEqual([
      'required',
    ]);
    expect(issuesFor({ id: 'm', type: 'multi-choice', label: 'M', options, required: false }, [])).toEqual(
      [],
    );
  });

  it('finds a noun in "what is" questions and keeps acronyms', () => {
    expect(subjectOf({ label: 'What is the FIT result?' })).toBe('the FIT result');
    expect(subjectOf({ label: 'PSA level' })).toBe('the PSA level');
    expect(subjectOf({ label: 'Is it sore?' })).toBeUndefined();
  });
});

describe('numbers', () => {
  const fit: Field = {
    id: 'fit',
    type: 'integer',
    label: 'FIT result',
    min: 0,
    max: 400,
    unit: { label: 'µg Hb/g' },
  };

  it('checks the range with the unit', () => {
    expect(issuesFor(fit, 401)).toEqual([
      {
        code: 'out_of_range',
        severity: 'error',
        path: [],
        fieldId: 'fit',
        message: 'The FIT result must be between 0 and 400 µg Hb/g',
        params: { min: 0, max: 400, unit: 'µg Hb/g' },
      },
    ]);
    expect(issuesFor(fit, 400)).toEqual([]);
    expect(
      issuesFor(
        { id: 'fit', type: 'integer', label: 'FIT result', min: 0, unit: { label: 'µg Hb/g' } },
        -1,
      )[0]?.message,
    ).toBe('The FIT result must be 0 µg Hb/g or more');
    expect(issuesFor({ id: 'n', type: 'decimal', label: 'Dose', max: 5 }, 6)[0]?.message).toBe(
      'The dose must be 5 or less',
    );
  });

  it('wants a whole number for an integer field, any number for a decimal', () => {
    expect(codes(issuesFor(fit, 1.5))).toEqual(['not_integer']);
    expect(issuesFor({ ...fit, type: 'decimal' }, 1.5)).toEqual([]);
  });

  it('refuses text for a number', () => {
    expect(codes(issuesFor(fit, '12'))).toEqual(['invalid_type']);
    expect(codes(issuesFor(fit, NaN))).toEqual(['invalid_type']);
  });
});

describe('choices', () => {
  const options = [
    { value: 'a', label: 'A' },
    { value: 'none', label: 'None of these' },
  ];

  it('refuses values that are not options', () => {
    expect(codes(issuesFor({ id: 'c', type: 'choice', label: 'C', options }, 'z'))).toEqual([
      'invalid_option',
    ]);
    expect(codes(issuesFor({ id: 'm', type: 'multi-choice', label: 'M', options }, ['a', 'z']))).toEqual([
      'invalid_option',
    ]);
    expect(codes(issuesFor({ id: 'm', type: 'multi-choice', label: 'M', options }, 'a'))).toEqual([
      'invalid_type',
    ]);
  });

  it('does not allow an exclusive option with others', () => {
    const field: Field = { id: 'm', type: 'multi-choice', label: 'Symptoms', options, exclusive: ['none'] };
    expect(issuesFor(field, ['a', 'none'])).toEqual([
      {
        code: 'exclusive_option',
        severity: 'error',
        path: [],
        fieldId: 'm',
        message: 'Select “None of these” or other options for “Symptoms”, not both',
        params: { option: 'None of these' },
      },
    ]);
    expect(issuesFor(field, ['none'])).toEqual([]);
  });

  it('refuses a non-boolean for a boolean', () => {
    expect(codes(issuesFor({ id: 'b', type: 'boolean', label: 'B' }, 'yes'))).toEqual(['invalid_type']);
  });
});

describe('dates', () => {
  const onset: Field = { id: 'onset', type: 'date', label: 'Date symptoms started', notInFuture: true };

  it('wants a real date', () => {
    expect(codes(issuesFor(onset, '2026-02-30'))).toEqual(['invalid_date']);
    expect(codes(issuesFor(onset, '24/11/2026'))).toEqual(['invalid_date']);
    expect(issuesFor(onset, '2024-02-29')).toEqual([]);
  });

  it('refuses the future when asked to, against the session’s today', () => {
    expect(issuesFor(onset, '2026-11-25')).toEqual([
      {
        code: 'date_in_future',
        severity: 'error',
        path: [],
        fieldId: 'onset',
        message: 'The date symptoms started must be today or in the past',
      },
    ]);
    expect(issuesFor(onset, '2026-11-24')).toEqual([]);
    expect(issuesFor({ ...onset, notInFuture: false }, '2030-01-01')).toEqual([]);
    expect(
      codes(issuesFor({ id: 'dob', type: 'date', label: 'Date of birth', dateOfBirth: true }, '2030-01-01')),
    ).toEqual(['date_in_future']);
  });
});

describe('text', () => {
  it('limits the length', () => {
    const field: Field = { id: 'nhs', type: 'text', label: 'NHS number', maxLength: 10 };
    expect(issuesFor(field, '12345678901')).toEqual([
      {
        code: 'too_long',
        severity: 'error',
        path: [],
        fieldId: 'nhs',
        message: 'The NHS number must be 10 characters or fewer',
        params: { max: 10 },
      },
    ]);
    expect(issuesFor(field, '1234567890')).toEqual([]);
  });
});

describe('attachments', () => {
  const letter: Field = {
    id: 'letter',
    type: 'attachment',
    label: 'Letters',
    accept: ['application/pdf', 'image/*'],
    maxBytes: 2 * 1024 * 1024,
    minFiles: 2,
    maxFiles: 3,
  };
  const file = (name: string, type = 'application/pdf', size = 1000) => ({ name, type, size });

  it('counts files', () => {
    expect(codes(issuesFor(letter, [file('a.pdf')]))).toEqual(['too_few_files']);
    expect(codes(issuesFor(letter, [file('a'), file('b'), file('c'), file('d')]))).toEqual([
      'too_many_files',
    ]);
    expect(issuesFor(letter, [file('a'), file('b', 'image/png')])).toEqual([]);
  });

  it('checks type and size', () => {
    const issues = issuesFor(letter, [
      file('a.docx', 'application/msword'),
      file('b.pdf', 'application/pdf', 3 * 1024 * 1024),
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'The selected file a.docx must be a PDF or image file',
      'The selected file b.pdf must be smaller than 2 MB',
    ]);
  });

  it('refuses malformed file references', () => {
    expect(codes(issuesFor(letter, [{ name: 'x' }]))).toEqual(['invalid_type']);
    expect(codes(issuesFor(letter, [file('a', 'application/pdf', -1)]))).toEqual(['invalid_type']);
  });
});

describe('validation rules', () => {
  const rules: Field = {
    id: 'weight',
    type: 'decimal',
    label: 'Weight',
    validations: [
      { when: 'weight > 2', message: 'Weight must be more than 2 kg', code: 'too_light' },
      { when: 'weight < context.max_weight', message: 'Check the weight' },
    ],
  };

  it('fails a rule that is false with its message and code', () => {
    expect(issuesFor(rules, 1)).toEqual([
      {
        code: 'validation_failed',
        severity: 'error',
        path: [],
        fieldId: 'weight',
        message: 'Weight must be more than 2 kg',
        rule: 'too_light',
        params: { index: 0 },
      },
    ]);
  });

  it('does not fail a rule that is unknown', () => {
    expect(issuesFor(rules, 70)).toEqual([]);
  });

  it('runs rules only on answers that pass the built-in checks', () => {
    expect(codes(issuesFor({ ...rules, max: 0.5 } as Field, 1))).toEqual(['out_of_range']);
  });
});
