/**
 * Pathways for the engine's tests: a small suspected-DVT pathway that uses
 * every node kind and field type, and helpers to build variants.
 */
import type { AnswerValue, Node, Pathway } from './doc.js';

/** A suspected-DVT pathway exercising every node kind, field type and feature the engine runs. */
export function dvtPathway(): Pathway {
  return {
    schemaVersion: 1,
    id: 'test-dvt',
    version: '1.0.0',
    title: 'Suspected DVT',
    status: 'draft',
    approvals: [],
    sources: [],
    context: [
      { id: 'age', label: 'Age', type: 'integer', unit: { label: 'years' } },
      { id: 'on_anticoagulants', label: 'On anticoagulants', type: 'boolean' },
    ],
    start: 'about',
    nodes: [
      {
        id: 'about',
        kind: 'step',
        title: 'About the patient',
        fields: [
          { id: 'intro', type: 'display', label: 'Before you start', text: 'Use this for **adults** only.' },
          {
            id: 'age',
            type: 'integer',
            label: 'Age',
            prefill: 'context.age',
            min: 16,
            max: 120,
            unit: { label: 'years' },
          },
          {
            id: 'sex',
            type: 'choice',
            label: "What is the patient's sex?",
            options: [
              {
                value: 'female',
                label: 'Female',
                code: { system: 'http://snomed.info/sct', code: '248152002' },
              },
              { value: 'male', label: 'Male', code: { system: 'http://snomed.info/sct', code: '248153007' } },
            ],
          },
          { id: 'pregnant', type: 'boolean', label: 'Is the patient pregnant?', showWhen: "sex = 'female'" },
          { id: 'nhs_number', type: 'text', label: 'NHS number', required: false, maxLength: 10 },
          { id: 'notes', type: 'long-text', label: 'Notes', required: false },
          {
            id: 'letter',
            type: 'attachment',
            label: 'Referral letter',
            required: false,
            accept: ['application/pdf', 'image/*'],
            maxBytes: 1_000_000,
            minFiles: 1,
            maxFiles: 2,
          },
        ],
      },
      {
        id: 'symptoms',
        kind: 'step',
        title: 'Symptoms',
        fields: [
          {
            id: 'symptoms',
            type: 'multi-choice',
            label: 'Symptoms',
            options: [
              { value: 'swelling', label: 'Leg swelling' },
              { value: 'pain', label: 'Calf pain' },
              {
                value: 'haemoptysis',
                label: 'Coughing up blood',
                redFlag: true,
                code: { system: 'http://snomed.info/sct', code: '66857006' },
              },
              { value: 'none', label: 'None of these' },
            ],
            exclusive: ['none'],
            redFlag: { urgency: 'emergency', reason: 'possible pulmonary embolism' },
          },
          { id: 'onset', type: 'date', label: 'Date symptoms started', notInFuture: true },
          {
            id: 'calf_diff',
            type: 'decimal',
            label: 'Calf circumference difference',
            unit: { label: 'cm', ucum: 'cm' },
            min: 0,
            max: 20,
            validations: [{ when: 'calf_diff != 13', message: 'Measure the calf again', code: 'remeasure' }],
          },
        ],
      },
      {
        id: 'wells',
        kind: 'step',
        title: 'Wells score',
        fields: [
          {
            id: 'cancer',
            type: 'boolean',
            label: 'Does the patient have active cancer?',
            code: { system: 'http://snomed.info/sct', code: '363346000' },
          },
          { id: 'previous_dvt', type: 'boolean', label: 'Has the patient had a DVT before?' },
          { id: 'bedridden', type: 'boolean', label: 'Bedridden recently', required: false },
        ],
      },
      { id: 'decide', kind: 'decision', title: 'Is DVT likely?' },
      { id: 'info_unlikely', kind: 'info', title: 'DVT unlikely', body: 'Consider a **D-dimer** test.' },
      {
        id: 'emergency',
        kind: 'outcome',
        title: 'Call 999',
        disposition: 'emergency',
        urgency: 'emergency',
        timeframe: 'now',
        actor: 'Patient',
        requires: [],
      },
      {
        id: 'likely',
        kind: 'outcome',
        title: 'Refer to the DVT clinic',
        disposition: 'refer',
        urgency: 'urgent',
        timeframe: 'within 4 hours',
        service: { name: 'DVT ambulatory clinic' },
        actor: 'GP',
        requires: ['wells_score'],
        nextSteps: 'Book a scan.',
        safetyNetting: 'Call 999 if **breathless**.\n\n- chest pain\n- coughing up blood',
      },
      {
        id: 'unlikely',
        kind: 'outcome',
        title: 'Manage in primary care',
        disposition: 'primary-care',
        urgency: 'routine',
        timeframe: 'within 2 weeks',
        actor: 'GP',
        requires: [],
      },
    ],
    edges: [
      { id: 'e1', from: 'about', to: 'symptoms' },
      { id: 'e2', from: 'symptoms', to: 'emergency', when: "'haemoptysis' in symptoms" },
      { id: 'e3', from: 'symptoms', to: 'wells' },
      { id: 'e4', from: 'wells', to: 'decide' },
      { id: 'e5', from: 'decide', to: 'likely', when: 'wells_score >= 2' },
      { id: 'e6', from: 'decide', to: 'info_unlikely' },
      { id: 'e7', from: 'info_unlikely', to: 'unlikely' },
    ],
    variables: [
      {
        id: 'wells_score',
        label: 'Wells score',
        kind: 'score',
        items: [
          { label: 'Active cancer', when: 'cancer', points: 1 },
          { label: 'Previous DVT', when: 'previous_dvt', points: 1 },
          { label: 'Bedridden recently', when: 'coalesce(bedridden, false)', points: 1 },
          { label: 'Calf swollen by 3 cm or more', when: 'calf_diff >= 3', points: 1 },
        ],
        bands: [
          { label: 'DVT unlikely', max: 1 },
          { label: 'DVT likely', min: 2 },
        ],
        show: true,
      },
      {
        id: 'age_band',
        label: 'Age band',
        kind: 'expression',
        expr: "if(age >= 60, 'older', 'younger')",
        show: true,
      },
    ],
    scenarios: [],
  };
}

/** Answers that take {@link dvtPathway} to the `likely` outcome. */
export const LIKELY_ANSWERS: Readonly<Record<string, AnswerValue>> = {
  age: 67,
  sex: 'male',
  symptoms: ['swelling', 'pain'],
  onset: '2026-11-20',
  calf_diff: 3.5,
  cancer: true,
  previous_dvt: false,
};

/** A minimal pathway built from nodes and edges (start = first node). */
export function tinyPathway(nodes: Node[], edges: Pathway['edges'], extra: Partial<Pathway> = {}): Pathway {
  return {
    schemaVersion: 1,
    id: 'tiny',
    version: '1.0.0',
    title: 'Tiny',
    status: 'draft',
    approvals: [],
    sources: [],
    context: [],
    start: nodes[0]?.id ?? 'start',
    nodes,
    edges,
    variables: [],
    scenarios: [],
    ...extra,
  };
}

/** An outcome node with defaults. */
export function outcome(id: string, urgency: 'routine' | 'urgent' | 'emergency' = 'routine'): Node {
  return {
    id,
    kind: 'outcome',
    title: `Outcome ${id}`,
    disposition: 'primary-care',
    urgency,
    timeframe: 'soon',
    actor: 'GP',
    requires: [],
  };
}
