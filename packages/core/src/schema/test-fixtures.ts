/**
 * Small valid pathways for tests across core: `minimalPathway()` is the
 * least a valid document holds; `samplePathway()` has every node kind,
 * every field type, both variable kinds, context, sources, sign-off,
 * scenarios, layout and Welsh text. Both return fresh objects.
 *
 * The sample is a test fixture shaped like a suspected-DVT pathway; it is
 * not clinical guidance.
 */
import type { Pathway } from './pathway.js';

/** The least a valid pathway holds: one question, one outcome. */
export function minimalPathway(): Pathway {
  return {
    schemaVersion: 1,
    id: 'minimal',
    version: '0.1.0',
    title: 'Minimal pathway',
    status: 'draft',
    approvals: [],
    sources: [],
    context: [],
    start: 'ask',
    nodes: [
      {
        id: 'ask',
        kind: 'step',
        title: 'Question',
        fields: [{ id: 'unwell', type: 'boolean', label: 'Is the patient unwell?' }],
      },
      {
        id: 'done',
        kind: 'outcome',
        title: 'Self-care',
        disposition: 'self-care',
        urgency: 'routine',
        timeframe: 'as needed',
        actor: 'Patient',
        requires: [],
      },
    ],
    edges: [{ id: 'e1', from: 'ask', to: 'done' }],
    variables: [],
    scenarios: [],
  };
}

const SNOMED = 'http://snomed.info/sct';

/** A pathway with every node kind, field type and document part. */
export function samplePathway(): Pathway {
  return {
    schemaVersion: 1,
    id: 'sample-dvt',
    version: '1.2.0',
    title: 'Suspected DVT (sample)',
    description: 'Sample pathway for tests. **Not clinical guidance.**',
    status: 'active',
    publisher: { name: 'Careway test team', contact: 'tests@example.org' },
    approvals: [
      {
        role: 'Clinical safety officer',
        name: 'Dr A Example',
        date: '2025-01-15',
        statement: 'Reviewed for tests.',
      },
    ],
    sources: [
      {
        id: 'ng158',
        title: 'Venous thromboembolic diseases: diagnosis, management and thrombophilia testing',
        publisher: 'NICE',
        url: 'https://www.nice.org.uk/guidance/ng158',
        section: '1.1',
        accessed: '2024-02-29',
      },
    ],
    context: [
      { id: 'age', label: 'Age', type: 'integer', unit: { label: 'years', ucum: 'a' } },
      {
        id: 'sex',
        label: 'Sex',
        type: 'choice',
        options: [
          { value: 'female', label: 'Female' },
          { value: 'male', label: 'Male' },
        ],
      },
      { id: 'pregnant', label: 'Pregnant', type: 'boolean' },
    ],
    start: 'assess',
    nodes: [
      {
        id: 'assess',
        kind: 'step',
        title: 'Symptoms',
        description: 'Ask about the **affected leg**.',
        sources: ['ng158'],
        fields: [
          {
            id: 'age_years',
            type: 'integer',
            label: 'Age',
            unit: { label: 'years', ucum: 'a' },
            min: 16,
            max: 120,
            step: 1,
            prefill: 'context.age',
          },
          {
            id: 'symptoms',
            type: 'multi-choice',
            label: 'Which symptoms does the patient have?',
            hint: 'Choose all that apply.',
            options: [
              { value: 'calf_pain', label: 'Calf pain' },
              { value: 'swelling', label: 'Swelling of the whole leg', score: 1 },
              {
                value: 'haemoptysis',
                label: 'Coughing up blood',
                code: { system: SNOMED, code: '66857006', display: 'Hemoptysis' },
                redFlag: true,
              },
              { value: 'none', label: 'None of these' },
            ],
            exclusive: ['none'],
            redFlag: { urgency: 'emergency', reason: 'Coughing up blood may mean a pulmonary embolism.' },
          },
          {
            id: 'active_cancer',
            type: 'boolean',
            label: 'Active cancer?',
            why: 'Cancer raises the risk of clots.',
            trueLabel: 'Yes',
            falseLabel: 'No',
          },
          {
            id: 'other_diagnosis',
            type: 'choice',
            label: 'Is another diagnosis at least as likely?',
            options: [
              { value: 'likely', label: 'Yes', score: -2 },
              { value: 'unlikely', label: 'No' },
            ],
          },
        ],
      },
      {
        id: 'details',
        kind: 'step',
        title: 'Details',
        fields: [
          {
            id: 'details_intro',
            type: 'display',
            label: 'About these details',
            text: 'These details go with the referral.',
          },
          {
            id: 'calf_difference',
            type: 'decimal',
            label: 'Difference in calf circumference',
            unit: { label: 'cm', ucum: 'cm' },
            min: 0,
            max: 20,
            step: 0.1,
            validations: [
              {
                when: 'calf_difference <= 15',
                message: 'Check the measurement: more than 15 cm is unusual.',
                code: 'implausible',
              },
            ],
          },
          { id: 'onset', type: 'date', label: 'When did the symptoms start?', notInFuture: true },
          {
            id: 'dob',
            type: 'date',
            label: 'Date of birth',
            dateOfBirth: true,
            required: false,
            showWhen: 'not answered(age_years)',
          },
          { id: 'summary_note', type: 'text', label: 'One-line summary', maxLength: 200 },
          { id: 'history', type: 'long-text', label: 'Relevant history', required: false, maxLength: 4000 },
          {
            id: 'photo',
            type: 'attachment',
            label: 'Photograph of the leg',
            required: false,
            accept: ['image/*', 'application/pdf'],
            maxBytes: 5_000_000,
            minFiles: 0,
            maxFiles: 3,
          },
        ],
      },
      {
        id: 'triage',
        kind: 'decision',
        title: 'Wells score',
        description: 'Routes on the two-level Wells score.',
      },
      {
        id: 'advice',
        kind: 'info',
        title: 'Before you go on',
        body: 'DVT is unlikely.\n\n- Consider other causes\n- Safety-net the patient',
      },
      {
        id: 'emergency',
        kind: 'outcome',
        title: 'Send to the emergency department',
        disposition: 'emergency',
        urgency: 'emergency',
        timeframe: 'immediately',
        actor: 'Patient',
        summary: 'Possible **pulmonary embolism**.',
        safetyNetting: 'Call 999 if breathing gets worse.',
        requires: ['symptoms'],
      },
      {
        id: 'refer',
        kind: 'outcome',
        title: 'Refer to the DVT clinic',
        disposition: 'refer',
        urgency: 'same-day',
        timeframe: 'today',
        service: { name: 'DVT clinic', code: { system: SNOMED, code: '183519002' } },
        actor: 'Receiving clinician',
        nextSteps: 'The clinic arranges a scan.',
        requires: ['wells', 'calf_difference', 'onset'],
        code: { system: SNOMED, code: '306206005', display: 'Referral to service' },
      },
      {
        id: 'primary',
        kind: 'outcome',
        title: 'Manage in primary care',
        disposition: 'primary-care',
        urgency: 'routine',
        timeframe: 'within the routine waiting time',
        actor: 'GP',
        requires: [],
      },
    ],
    edges: [
      {
        id: 'to_emergency',
        from: 'assess',
        to: 'emergency',
        when: "'haemoptysis' in symptoms",
        label: 'Coughing up blood',
      },
      { id: 'to_details', from: 'assess', to: 'details' },
      { id: 'to_triage', from: 'details', to: 'triage' },
      { id: 'to_refer', from: 'triage', to: 'refer', when: 'wells >= 2', label: 'DVT likely' },
      { id: 'to_advice', from: 'triage', to: 'advice', label: 'DVT unlikely' },
      { id: 'to_primary', from: 'advice', to: 'primary' },
    ],
    variables: [
      {
        id: 'wells',
        label: 'Two-level Wells score',
        kind: 'score',
        items: [
          { label: 'Active cancer', when: 'active_cancer', points: 1 },
          { label: 'Whole leg swollen', when: "'swelling' in symptoms", points: 1 },
          { label: 'Calf swelling over 3 cm', when: 'calf_difference > 3', points: 1 },
          { label: 'Another diagnosis as likely', when: "other_diagnosis = 'likely'", points: -2 },
        ],
        bands: [
          { label: 'DVT unlikely', max: 1 },
          { label: 'DVT likely', min: 2 },
        ],
        show: true,
        explanation: 'Points for each finding; **2 or more** means DVT is likely.',
      },
      { id: 'older_adult', label: 'Aged 60 or over', kind: 'expression', expr: 'age_years >= 60' },
    ],
    scenarios: [
      {
        id: 'haemoptysis',
        name: 'Coughing up blood goes to the emergency department',
        context: { age: 70, sex: 'female' },
        answers: {
          age_years: 70,
          symptoms: ['haemoptysis'],
          active_cancer: false,
          other_diagnosis: 'unlikely',
        },
        expect: { outcome: 'emergency', path: ['assess', 'emergency'] },
      },
      {
        id: 'wells_likely',
        name: 'Wells 2 or more is referred',
        description: 'Active cancer and a swollen leg.',
        answers: {
          age_years: 55,
          symptoms: ['swelling'],
          active_cancer: true,
          other_diagnosis: 'unlikely',
          calf_difference: 4,
          onset: '2025-01-10',
          summary_note: 'Swollen left leg',
          photo: [{ name: 'leg.jpg', type: 'image/jpeg', size: 120000 }],
        },
        expect: { outcome: 'refer' },
      },
    ],
    layout: {
      nodes: {
        assess: { x: 0, y: 0 },
        details: { x: 240, y: 0 },
        triage: { x: 480, y: 0 },
        advice: { x: 720, y: 120 },
        emergency: { x: 240, y: -160 },
        refer: { x: 720, y: -60 },
        primary: { x: 960, y: 120 },
      },
    },
    translations: {
      cy: {
        'pathway.title': 'Amheuaeth o DVT (enghraifft)',
        'node.assess.title': 'Symptomau',
        'field.symptoms.label': 'Pa symptomau sydd gan y claf?',
        'option.symptoms.none.label': "Dim un o'r rhain",
      },
    },
  };
}
