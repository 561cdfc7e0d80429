import type { Pathway } from '../core.js';

/** A small, valid pathway for tests: a step, a decision and two outcomes. */
export function smallPathway(): Pathway {
  return {
    schemaVersion: 1,
    id: 'small',
    version: '1.0.0',
    title: 'Small pathway',
    status: 'draft',
    approvals: [],
    sources: [],
    context: [],
    start: 'symptoms',
    nodes: [
      {
        kind: 'step',
        id: 'symptoms',
        title: 'Symptoms',
        fields: [
          {
            id: 'bleeding',
            type: 'boolean',
            label: 'Rectal bleeding?',
            redFlag: { urgency: 'suspected-cancer' },
          },
          { id: 'age', type: 'integer', label: 'Age', unit: { label: 'years' }, min: 0, max: 120 },
        ],
      },
      { kind: 'decision', id: 'triage', title: 'Triage' },
      {
        kind: 'outcome',
        id: 'refer',
        title: 'Refer urgently',
        disposition: 'refer',
        urgency: 'suspected-cancer',
        timeframe: 'within 2 weeks',
        actor: 'GP',
        requires: ['bleeding'],
        safetyNetting: 'Come back if worse.',
      },
      {
        kind: 'outcome',
        id: 'manage',
        title: 'Manage in primary care',
        disposition: 'primary-care',
        urgency: 'routine',
        timeframe: 'routine',
        actor: 'GP',
        requires: [],
        safetyNetting: 'Come back if worse.',
      },
    ],
    edges: [
      { id: 'e1', from: 'symptoms', to: 'triage' },
      { id: 'e2', from: 'triage', to: 'refer', when: 'bleeding or age >= 60' },
      { id: 'e3', from: 'triage', to: 'manage' },
    ],
    variables: [],
    scenarios: [
      { id: 's1', name: 'Bleeding', answers: { bleeding: true, age: 50 }, expect: { outcome: 'refer' } },
    ],
    layout: {
      nodes: {
        symptoms: { x: 0, y: 0 },
        triage: { x: 0, y: 200 },
        refer: { x: -150, y: 400 },
        manage: { x: 150, y: 400 },
      },
    },
  };
}

/**
 * The small pathway, still valid, with two of the schema's warnings: a sign-off
 * given to other content (`stale_approval`) and a Welsh text for nothing
 * (`unknown_translation_key`).
 */
export function withSchemaWarnings(): Pathway {
  return {
    ...smallPathway(),
    approvals: [
      {
        role: 'Clinical lead',
        name: 'Dr A Example',
        date: '2026-01-05',
        statement: 'Reviewed and safe.',
        fingerprint: `sha256:${'0'.repeat(64)}`,
      },
    ],
    translations: { cy: { 'node.gone.title': 'Wedi mynd' } },
  };
}

/**
 * The small pathway traced to a fictitious guideline: the red flag, the
 * decision connection and the referral cite recommendation 1.1; 1.2 is out
 * of scope with its reason; 1.3 is implemented by nothing; the routine
 * outcome names no source.
 */
export function tracedPathway(): Pathway {
  const doc = smallPathway();
  const [symptoms, triage, refer, manage] = doc.nodes;
  if (symptoms?.kind !== 'step' || !refer || !triage || !manage) throw new Error('the small pathway changed');
  const [bleeding, age] = symptoms.fields;
  if (!bleeding?.redFlag || !age) throw new Error('the small pathway changed');
  return {
    ...doc,
    sources: [
      {
        id: 'guide',
        title: 'Bowel symptoms guide (fictitious)',
        url: 'https://careway.example/bowel-guide',
        accessed: '2026-11-01',
        recommendations: [
          { id: '1.1', summary: 'Refer rectal bleeding, or anyone aged 60 or over, urgently.' },
          { id: '1.2', summary: 'Offer a faecal test first.', outOfScope: 'Done before this pathway.' },
          { id: '1.3', summary: 'Review again after 6 weeks.' },
        ],
      },
    ],
    nodes: [
      {
        ...symptoms,
        fields: [{ ...bleeding, redFlag: { ...bleeding.redFlag, sources: ['guide#1.1'] } }, age],
      },
      triage,
      { ...refer, sources: ['guide#1.1'] },
      manage,
    ],
    edges: doc.edges.map((e) => (e.id === 'e2' ? { ...e, sources: ['guide#1.1'] } : e)),
  };
}
