import { describe, expect, it } from 'vitest';
import { createSession, type Session } from './session.js';
import { dvtPathway, LIKELY_ANSWERS } from './test-fixtures.js';
import type { Result } from './types.js';

function complete(answers: Record<string, unknown>, context: Record<string, unknown> = { age: 67 }): Session {
  const session = createSession(dvtPathway(), {
    context,
    today: '2026-11-24',
    now: () => new Date('2026-11-24T10:30:00Z'),
  });
  for (let i = 0; i < 4 && session.view().kind !== 'review'; i++) {
    const view = session.view();
    if (view.kind === 'step')
      for (const f of view.node.fields) if (f.id in answers) session.answer(f.id, answers[f.id]);
    session.next();
  }
  return session;
}

const FULL = {
  ...LIKELY_ANSWERS,
  sex: 'female',
  pregnant: false,
  nhs_number: '9434765919',
  letter: [{ name: 'letter.pdf', type: 'application/pdf', size: 2048 }],
  bedridden: true,
};

describe('result', () => {
  it('is undefined until the outcome is reached', () => {
    const session = createSession(dvtPathway());
    expect(session.result()).toBeUndefined();
  });

  it('lists the answers on the route in route order with display text, codes and units', () => {
    const result = complete(FULL).result() as Result;
    expect(result.pathway).toMatchObject({ id: 'test-dvt', version: '1.0.0', title: 'Suspected DVT' });
    expect(result.pathway.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.outcome.id).toBe('likely');
    expect(result.route).toEqual(['about', 'symptoms', 'wells', 'decide', 'likely']);
    expect(result.answers.map((a) => [a.fieldId, a.display])).toEqual([
      ['age', '67 years'],
      ['sex', 'Female'],
      ['pregnant', 'No'],
      ['nhs_number', '9434765919'],
      ['letter', 'letter.pdf (2 KB)'],
      ['symptoms', 'Leg swelling, Calf pain'],
      ['onset', '20 November 2026'],
      ['calf_diff', '3.5 cm'],
      ['cancer', 'Yes'],
      ['previous_dvt', 'No'],
      ['bedridden', 'Yes'],
    ]);
    const sex = result.answers.find((a) => a.fieldId === 'sex');
    expect(sex).toMatchObject({
      nodeId: 'about',
      type: 'choice',
      value: 'female',
      prefilled: false,
      redFlag: false,
    });
    expect(sex?.codes).toEqual([{ system: 'http://snomed.info/sct', code: '248152002' }]);
    expect(result.answers.find((a) => a.fieldId === 'calf_diff')?.unit).toEqual({ label: 'cm', ucum: 'cm' });
    expect(result.answers.find((a) => a.fieldId === 'cancer')?.codes).toEqual([
      { system: 'http://snomed.info/sct', code: '363346000' },
    ]);
    expect(result.context).toEqual({ age: 67 });
  });

  it('marks red-flag answers', () => {
    const result = complete({ ...FULL, symptoms: ['haemoptysis'] }).result() as Result;
    expect(result.outcome.id).toBe('emergency');
    const symptoms = result.answers.find((a) => a.fieldId === 'symptoms');
    expect(symptoms).toMatchObject({ redFlag: true, display: 'Coughing up blood' });
    expect(symptoms?.codes).toEqual([{ system: 'http://snomed.info/sct', code: '66857006' }]);
  });

  it('explains scores by the items that held, with their band', () => {
    const result = complete(FULL).result() as Result;
    expect(result.scores).toEqual([
      {
        id: 'wells_score',
        label: 'Wells score',
        value: 3,
        band: 'DVT likely',
        explanation: [
          { label: 'Active cancer', points: 1 },
          { label: 'Bedridden recently', points: 1 },
          { label: 'Calf swollen by 3 cm or more', points: 1 },
        ],
      },
      { id: 'age_band', label: 'Age band', value: 'older', explanation: [] },
    ]);
  });

  it('carries the trace and the review list', () => {
    const result = complete(FULL).result() as Result;
    expect(result.trace).toHaveLength(4);
    expect(result.review.find((r) => r.fieldId === 'onset')).toEqual({
      nodeId: 'symptoms',
      fieldId: 'onset',
      question: 'Date symptoms started',
      answer: '20 November 2026',
      changeTarget: 'symptoms',
    });
  });

  it('is stamped with the time of confirmation', () => {
    const session = complete(FULL);
    session.next();
    expect(session.result()?.completedAt).toBe('2026-11-24T10:30:00.000Z');
  });
});

describe('summaryText', () => {
  it('lays the result out for a clinical record', () => {
    const session = complete({ ...FULL, symptoms: ['swelling'] });
    session.next();
    const text = session.result()?.summaryText ?? '';
    expect(text).toBe(
      [
        'Suspected DVT (test-dvt@1.0.0)',
        'Completed: 2026-11-24T10:30:00.000Z',
        '',
        'Outcome: Refer to the DVT clinic',
        'Disposition: Refer',
        'Urgency: Urgent',
        'Timeframe: within 4 hours',
        'Service: DVT ambulatory clinic',
        'Action by: GP',
        '',
        'Answers:',
        'About the patient',
        '- Age: 67 years (from the record)',
        "- What is the patient's sex?: Female",
        '- Is the patient pregnant?: No',
        '- NHS number: 9434765919',
        '- Referral letter: letter.pdf (2 KB)',
        'Symptoms',
        '- Symptoms: Leg swelling',
        '- Date symptoms started: 20 November 2026',
        '- Calf circumference difference: 3.5 cm',
        'Wells score',
        '- Does the patient have active cancer?: Yes',
        '- Has the patient had a DVT before?: No',
        '- Bedridden recently: Yes',
        '',
        'Scores:',
        'Wells score: 3 (DVT likely)',
        '- Active cancer: +1',
        '- Bedridden recently: +1',
        '- Calf swollen by 3 cm or more: +1',
        'Age band: older',
        '',
        'Next steps:',
        'Book a scan.',
        '',
        'Safety netting:',
        'Call 999 if breathless.',
        '',
        '- chest pain',
        '- coughing up blood',
      ].join('\n'),
    );
  });

  it('puts red flags first, with their reason', () => {
    const text = complete({ ...FULL, symptoms: ['haemoptysis', 'pain'] }).result()?.summaryText ?? '';
    expect(text).toContain(
      'Red flags:\n- Symptoms: Calf pain, Coughing up blood (possible pulmonary embolism)\n',
    );
    expect(text.indexOf('Red flags:')).toBeLessThan(text.indexOf('Answers:'));
    expect(text).toContain('Not yet confirmed');
  });
});
