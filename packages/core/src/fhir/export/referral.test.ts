import { describe, expect, it } from 'vitest';
import type { OutcomeNode, Pathway, Result } from '../careway-types.js';
import { validateR4 } from '../test-fixtures.js';
import type { FhirResource } from '../types.js';
import { fhirResources, PRIORITY, referralBundle } from './referral.js';
import { resultToQuestionnaireResponse } from './response.js';

const SNOMED = 'http://snomed.info/sct';

const refer: OutcomeNode = {
  id: 'refer_2ww',
  kind: 'outcome',
  title: 'Suspected cancer referral',
  disposition: 'refer',
  urgency: 'suspected-cancer',
  timeframe: 'within 2 weeks',
  service: {
    name: 'Colorectal 2WW clinic',
    code: { system: SNOMED, code: '310156008', display: 'Colorectal surgery service' },
  },
  actor: 'GP',
  safetyNetting: 'Come back if the bleeding gets worse.',
  nextSteps: 'The clinic will call within 2 weeks.',
  requires: ['rectal_bleeding'],
  code: { system: SNOMED, code: '306206005', display: 'Referral to service' },
};

const advice: OutcomeNode = {
  id: 'ask_derm',
  kind: 'outcome',
  title: 'Ask dermatology for advice',
  disposition: 'advice-request',
  urgency: 'routine',
  timeframe: 'within 5 working days',
  service: { name: 'Dermatology A&G' },
  actor: 'Dermatologist',
  requires: [],
};

const pathway: Pathway = {
  schemaVersion: 1,
  id: 'lower-gi',
  version: '1.2.0',
  title: 'Lower GI symptoms',
  status: 'active',
  approvals: [],
  sources: [],
  context: [],
  start: 'symptoms',
  nodes: [
    {
      id: 'symptoms',
      kind: 'step',
      title: 'Symptoms',
      fields: [
        {
          id: 'rectal_bleeding',
          label: 'Rectal bleeding?',
          type: 'boolean',
          code: { system: SNOMED, code: '405729008', display: 'Rectal bleeding' },
        },
        {
          id: 'symptoms',
          label: 'Other symptoms',
          type: 'multi-choice',
          options: [
            {
              value: 'weight_loss',
              label: 'Weight loss',
              code: { system: SNOMED, code: '89362005', display: 'Weight loss' },
            },
            { value: 'fatigue', label: 'Tiredness' },
          ],
        },
        { id: 'fit', label: 'FIT result', type: 'decimal', unit: { label: 'µg Hb/g', ucum: 'ug/g' } },
        { id: 'age_years', label: 'Age', type: 'integer' },
        { id: 'onset', label: 'Onset', type: 'date' },
        { id: 'notes', label: 'Notes', type: 'long-text', required: false },
      ],
    },
    refer,
    advice,
  ],
  edges: [{ id: 'e1', from: 'symptoms', to: 'refer_2ww' }],
  variables: [],
  scenarios: [],
};

function resultFor(outcome: OutcomeNode): Result {
  return {
    pathway: { id: pathway.id, version: pathway.version, fingerprint: 'sha256-x', title: pathway.title },
    outcome,
    answers: [
      {
        fieldId: 'rectal_bleeding',
        nodeId: 'symptoms',
        label: 'Rectal bleeding?',
        type: 'boolean',
        value: true,
        display: 'Yes',
        codes: [{ system: SNOMED, code: '405729008', display: 'Rectal bleeding' }],
        prefilled: false,
        redFlag: true,
      },
      {
        fieldId: 'symptoms',
        nodeId: 'symptoms',
        label: 'Other symptoms',
        type: 'multi-choice',
        value: ['weight_loss', 'fatigue'],
        display: 'Weight loss, Tiredness',
        codes: [{ system: SNOMED, code: '89362005', display: 'Weight loss' }],
        prefilled: false,
        redFlag: false,
      },
      {
        fieldId: 'fit',
        nodeId: 'symptoms',
        label: 'FIT result',
        type: 'decimal',
        value: 12.5,
        display: '12.5 µg Hb/g',
        codes: [],
        unit: { label: 'µg Hb/g', ucum: 'ug/g' },
        prefilled: false,
        redFlag: false,
      },
      {
        fieldId: 'age_years',
        nodeId: 'symptoms',
        label: 'Age',
        type: 'integer',
        value: 67,
        display: '67',
        codes: [],
        prefilled: true,
        redFlag: false,
      },
      {
        fieldId: 'onset',
        nodeId: 'symptoms',
        label: 'Onset',
        type: 'date',
        value: '2026-10-01',
        display: '1 October 2026',
        codes: [],
        prefilled: false,
        redFlag: false,
      },
    ],
    scores: [],
    route: ['symptoms', outcome.id],
    trace: [],
    review: [],
    summaryText: 'Rectal bleeding: yes\nFIT: 12.5 µg Hb/g',
    context: {},
    completedAt: '2026-11-24T10:00:00Z',
  };
}

const context = {
  subject: {
    identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9000000009' },
    display: 'Ann Example',
  },
  requester: { reference: 'Practitioner/G1234567', display: 'Dr A Smith' },
};

function resources(bundle: { entry: { resource: FhirResource }[] }, type: string): Record<string, unknown>[] {
  return bundle.entry
    .filter((e) => e.resource.resourceType === type)
    .map((e) => e.resource as Record<string, unknown>);
}

describe('resultToQuestionnaireResponse', () => {
  const qr = resultToQuestionnaireResponse(pathway, resultFor(refer), { subject: context.subject });

  it('is a valid R4 QuestionnaireResponse linked to the questionnaire url|version', () => {
    expect(validateR4(qr)).toEqual([]);
    expect(qr.questionnaire).toBe('https://careway.dev/fhir/Questionnaire/lower-gi|1.2.0');
    expect(qr.status).toBe('completed');
    expect(qr.authored).toBe('2026-11-24T10:00:00Z');
  });

  it('answers with codes and units', () => {
    const items = qr.item?.[0]?.item ?? [];
    expect(items.map((i) => [i.linkId, i.answer])).toEqual([
      ['rectal_bleeding', [{ valueBoolean: true }]],
      [
        'symptoms',
        [
          { valueCoding: { system: SNOMED, code: '89362005', display: 'Weight loss' } },
          {
            valueCoding: {
              system: 'https://careway.dev/fhir/CodeSystem/lower-gi/symptoms',
              code: 'fatigue',
              display: 'Tiredness',
            },
          },
        ],
      ],
      [
        'fit',
        [
          {
            valueQuantity: {
              value: 12.5,
              unit: 'µg Hb/g',
              system: 'http://unitsofmeasure.org',
              code: 'ug/g',
            },
          },
        ],
      ],
      ['age_years', [{ valueInteger: 67 }]],
      ['onset', [{ valueDate: '2026-10-01' }]],
    ]);
  });
});

describe('referralBundle', () => {
  it('builds a valid transaction Bundle with a UK Core ServiceRequest and its Task for a referral', () => {
    const { bundle, issues } = referralBundle(pathway, resultFor(refer), context);
    expect(issues).toEqual([]);
    expect(validateR4(bundle)).toEqual([]);
    expect(bundle.type).toBe('transaction');
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      'QuestionnaireResponse',
      'ServiceRequest',
      'Task',
    ]);
    for (const e of bundle.entry) {
      expect(e.fullUrl).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(e.request).toEqual({ method: 'POST', url: e.resource.resourceType });
    }
    const [sr] = resources(bundle, 'ServiceRequest');
    const qrUrl = bundle.entry[0]?.fullUrl;
    expect(sr).toMatchObject({
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest'] },
      status: 'active',
      intent: 'order',
      priority: 'urgent',
      category: [{ coding: [{ system: SNOMED, code: '3457005' }] }],
      code: { coding: [{ system: SNOMED, code: '306206005' }] },
      subject: context.subject,
      requester: context.requester,
      performer: [{ display: 'Colorectal 2WW clinic' }],
      supportingInfo: [{ reference: qrUrl }],
      authoredOn: '2026-11-24T10:00:00Z',
      patientInstruction: 'Come back if the bleeding gets worse.',
    });
    expect((sr?.['reasonCode'] as { coding: { code: string }[] }[]).map((r) => r.coding[0]?.code)).toEqual([
      '405729008',
      '89362005',
    ]);
    const [task] = resources(bundle, 'Task');
    expect(task).toMatchObject({
      status: 'requested',
      intent: 'order',
      priority: 'urgent',
      focus: { reference: bundle.entry[1]?.fullUrl },
      for: context.subject,
      owner: { display: 'Colorectal 2WW clinic' },
    });
  });

  it('builds a CommunicationRequest for an advice request', () => {
    const { bundle } = referralBundle(pathway, resultFor(advice), context);
    expect(validateR4(bundle)).toEqual([]);
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      'QuestionnaireResponse',
      'CommunicationRequest',
      'Task',
    ]);
    const [cr] = resources(bundle, 'CommunicationRequest');
    expect(cr).toMatchObject({
      status: 'active',
      priority: 'routine',
      recipient: [{ display: 'Dermatology A&G' }],
      sender: context.requester,
      about: [{ reference: bundle.entry[0]?.fullUrl }],
    });
  });

  it('hands the response and the Bundle over in one call', () => {
    const { questionnaireResponse, bundle } = fhirResources(pathway, resultFor(refer), context);
    expect(questionnaireResponse).toBe(bundle.entry[0]?.resource);
    expect(questionnaireResponse.subject).toEqual(context.subject);
    expect(questionnaireResponse.author).toEqual(context.requester);
  });

  it('maps every urgency to the FHIR priority', () => {
    expect(PRIORITY).toEqual({
      routine: 'routine',
      urgent: 'urgent',
      'suspected-cancer': 'urgent',
      'same-day': 'asap',
      emergency: 'stat',
    });
    for (const urgency of Object.keys(PRIORITY) as (keyof typeof PRIORITY)[]) {
      const { bundle } = referralBundle(pathway, resultFor({ ...refer, urgency }), context);
      expect(resources(bundle, 'ServiceRequest')[0]?.['priority']).toBe(PRIORITY[urgency]);
    }
  });

  it('is deterministic, and takes an id generator', () => {
    const a = referralBundle(pathway, resultFor(refer), context).bundle;
    const b = referralBundle(pathway, resultFor(refer), context).bundle;
    expect(a).toEqual(b);
    const other = referralBundle(
      pathway,
      { ...resultFor(refer), completedAt: '2026-11-24T11:00:00Z' },
      context,
    ).bundle;
    expect(other.entry[0]?.fullUrl).not.toBe(a.entry[0]?.fullUrl);
    let n = 0;
    const counted = referralBundle(pathway, resultFor(refer), {
      ...context,
      idGenerator: () => `00000000-0000-4000-8000-00000000000${n++}`,
    }).bundle;
    expect(counted.entry.map((e) => e.fullUrl)).toEqual([
      'urn:uuid:00000000-0000-4000-8000-000000000000',
      'urn:uuid:00000000-0000-4000-8000-000000000001',
      'urn:uuid:00000000-0000-4000-8000-000000000002',
    ]);
  });

  it('warns when no patient is given, and carries only the response for outcomes that ask no one', () => {
    const { bundle, issues } = referralBundle(pathway, resultFor({ ...refer, disposition: 'self-care' }));
    expect(validateR4(bundle)).toEqual([]);
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(['QuestionnaireResponse']);
    expect(issues.map((i) => i.code)).toEqual(['fhir_no_subject', 'fhir_no_request_for_outcome']);
  });
});
