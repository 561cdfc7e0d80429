/**
 * Outcome → FHIR transaction Bundle for the receiving system:
 *
 * - always the QuestionnaireResponse;
 * - a `refer` outcome adds a ServiceRequest (UK Core profile) and a Task that
 *   carries its workflow state;
 * - an `advice-request` outcome adds a CommunicationRequest and its Task.
 *
 * Every entry has a `urn:uuid:` full URL derived from its content, so the same
 * result and context always give the same Bundle.
 */
import type { OutcomeNode, Pathway, Result, Urgency } from '../careway-types.js';
import { stableJson } from '../canonical.js';
import { FHIR_URL } from '../extensions.js';
import type { FhirIssue } from '../import/issues.js';
import type {
  FhirBundle,
  FhirBundleEntry,
  FhirCodeableConcept,
  FhirQuestionnaireResponse,
  FhirReference,
  FhirResource,
} from '../types.js';
import { deterministicIds, type IdGenerator } from '../uuid.js';
import { questionnaireUrl } from './codes.js';
import { type ResponseOptions, resultToQuestionnaireResponse } from './response.js';

/** Who the request is about, from and to. */
export interface ReferralContext {
  /** The patient (e.g. `{ identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9000000009' } }`). */
  subject?: FhirReference;
  /** The referring clinician or organisation. */
  requester?: FhirReference;
  /** The receiving service; default: the outcome's service, by name. */
  performer?: FhirReference;
  encounter?: FhirReference;
}

/** Options of {@link referralBundle}. */
export interface ReferralOptions extends ReferralContext, Omit<ResponseOptions, 'subject' | 'encounter'> {
  /** Id source for the `urn:uuid:` full URLs; default: name-based UUIDs of the content. */
  idGenerator?: IdGenerator;
  /** `authoredOn` and `Bundle.timestamp` when the result has no `completedAt`. */
  now?: string;
}

/** The Bundle and anything the caller should know (e.g. a missing patient). */
export interface ReferralBundleResult {
  bundle: FhirBundle;
  issues: FhirIssue[];
}

/** FHIR request priority for each Careway urgency. */
export const PRIORITY: Readonly<Record<Urgency, 'routine' | 'urgent' | 'asap' | 'stat'>> = {
  routine: 'routine',
  urgent: 'urgent',
  'suspected-cancer': 'urgent',
  'same-day': 'asap',
  emergency: 'stat',
};

const REFERRAL_CATEGORY: FhirCodeableConcept = {
  coding: [{ system: FHIR_URL.snomed, code: '3457005', display: 'Patient referral' }],
};

const ADVICE_CATEGORY: FhirCodeableConcept = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/communication-category',
      code: 'instruction',
      display: 'Instruction',
    },
  ],
  text: 'Advice and guidance request',
};

function outcomeCode(outcome: OutcomeNode): FhirCodeableConcept {
  const coding = outcome.code ?? outcome.service?.code;
  return {
    ...(coding
      ? {
          coding: [
            {
              system: coding.system,
              code: coding.code,
              ...(coding.display ? { display: coding.display } : {}),
            },
          ],
        }
      : {}),
    text: outcome.service ? `${outcome.title} (${outcome.service.name})` : outcome.title,
  };
}

/** Coded answers that explain the request: chosen options with codes, and yes-answers to coded questions. */
function reasonCodes(result: Result): FhirCodeableConcept[] {
  const seen = new Set<string>();
  const out: FhirCodeableConcept[] = [];
  for (const a of result.answers) {
    const coded =
      a.type === 'choice' || a.type === 'multi-choice' || (a.type === 'boolean' && a.value === true);
    if (!coded) continue;
    for (const c of a.codes) {
      const key = `${c.system}|${c.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        coding: [{ system: c.system, code: c.code, ...(c.display ? { display: c.display } : {}) }],
        text: `${a.label}: ${a.display}`,
      });
    }
  }
  return out;
}

function entry(ids: IdGenerator, resource: FhirResource): FhirBundleEntry {
  return {
    fullUrl: `urn:uuid:${ids(resource.resourceType, stableJson(resource))}`,
    resource,
    request: { method: 'POST', url: resource.resourceType },
  };
}

function notes(outcome: OutcomeNode, result: Result): { text: string }[] {
  return [
    { text: `Timeframe: ${outcome.timeframe}. Action by: ${outcome.actor}.` },
    ...(outcome.nextSteps ? [{ text: outcome.nextSteps }] : []),
    { text: result.summaryText },
  ];
}

/**
 * Builds the transaction Bundle for `result`.
 *
 * @example
 * const { bundle } = referralBundle(pathway, session.result()!, {
 *   subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9000000009' } },
 *   requester: { reference: 'Practitioner/G1234567' },
 * });
 */
export function referralBundle(
  pathway: Pathway,
  result: Result,
  options: ReferralOptions = {},
): ReferralBundleResult {
  const ids = options.idGenerator ?? deterministicIds;
  const issues: FhirIssue[] = [];
  const outcome = result.outcome;
  const when = result.completedAt ?? options.now;
  const subject = options.subject ?? { display: 'Patient not identified' };
  if (!options.subject) {
    issues.push({
      code: 'fhir_no_subject',
      severity: 'warning',
      path: ['subject'],
      message:
        'No patient was given (context subject); the requests name an unidentified patient. Pass the patient as subject.',
    });
  }
  const qr = resultToQuestionnaireResponse(pathway, result, {
    ...options,
    subject,
    ...(options.encounter ? { encounter: options.encounter } : {}),
    ...(options.requester && !options.author ? { author: options.requester } : {}),
  });
  const qrEntry = entry(ids, qr as unknown as FhirResource);
  const entries: FhirBundleEntry[] = [qrEntry];
  const performer = options.performer ?? (outcome.service ? { display: outcome.service.name } : undefined);
  const common = {
    status: 'active',
    priority: PRIORITY[outcome.urgency],
    subject,
    ...(options.encounter ? { encounter: options.encounter } : {}),
    ...(when ? { authoredOn: when } : {}),
    ...(options.requester ? { requester: options.requester } : {}),
  };
  let request: FhirResource | undefined;
  if (outcome.disposition === 'refer') {
    const reasons = reasonCodes(result);
    request = {
      resourceType: 'ServiceRequest',
      meta: { profile: [FHIR_URL.ukCoreServiceRequest] },
      instantiatesUri: [questionnaireUrl(pathway, options)],
      ...common,
      intent: 'order',
      category: [REFERRAL_CATEGORY],
      code: outcomeCode(outcome),
      ...(performer ? { performer: [performer] } : {}),
      ...(reasons.length > 0 ? { reasonCode: reasons } : {}),
      supportingInfo: [{ reference: qrEntry.fullUrl, type: 'QuestionnaireResponse' }],
      ...(outcome.safetyNetting ? { patientInstruction: outcome.safetyNetting } : {}),
      note: notes(outcome, result),
    };
  } else if (outcome.disposition === 'advice-request') {
    const reasons = reasonCodes(result);
    request = {
      resourceType: 'CommunicationRequest',
      ...common,
      category: [ADVICE_CATEGORY, ...(outcome.code ? [outcomeCode(outcome)] : [])],
      about: [{ reference: qrEntry.fullUrl, type: 'QuestionnaireResponse' }],
      payload: [
        { contentString: result.summaryText },
        { contentReference: { reference: qrEntry.fullUrl, type: 'QuestionnaireResponse' } },
      ],
      ...(performer ? { recipient: [performer] } : {}),
      ...(options.requester ? { sender: options.requester } : {}),
      ...(reasons.length > 0 ? { reasonCode: reasons } : {}),
      note: notes(outcome, result),
    };
  } else {
    issues.push({
      code: 'fhir_no_request_for_outcome',
      severity: 'info',
      path: ['outcome', 'disposition'],
      message: `The outcome "${outcome.title}" (${outcome.disposition}) asks no other service to act, so the Bundle carries only the QuestionnaireResponse.`,
    });
  }
  if (request) {
    const requestEntry = entry(ids, request);
    entries.push(requestEntry);
    const task: FhirResource = {
      resourceType: 'Task',
      meta: { profile: [FHIR_URL.ukCoreTask] },
      status: 'requested',
      businessStatus: { text: 'Awaiting acceptance by the receiving service' },
      intent: 'order',
      priority: PRIORITY[outcome.urgency],
      code: {
        coding: [{ system: FHIR_URL.taskCode, code: 'fulfill', display: 'Fulfill the focal request' }],
      },
      description: `${outcome.title}: ${outcome.timeframe}`,
      focus: { reference: requestEntry.fullUrl, type: request.resourceType },
      for: subject,
      ...(options.encounter ? { encounter: options.encounter } : {}),
      ...(when ? { authoredOn: when, lastModified: when } : {}),
      ...(options.requester ? { requester: options.requester } : {}),
      ...(performer ? { owner: performer } : {}),
      input: [
        {
          type: { text: 'QuestionnaireResponse' },
          valueReference: { reference: qrEntry.fullUrl, type: 'QuestionnaireResponse' },
        },
      ],
    };
    entries.push(entry(ids, task));
  }
  const bundle: FhirBundle = {
    resourceType: 'Bundle',
    identifier: {
      system: FHIR_URL.carewayRequestIdentifier,
      value: ids('Bundle', entries.map((e) => e.fullUrl).join(' ')),
    },
    type: 'transaction',
    ...(when ? { timestamp: when } : {}),
    entry: entries,
  };
  return { bundle, issues };
}

/** What a completed session hands to the host in FHIR: the response on its own, the Bundle, and the issues. */
export interface FhirResources extends ReferralBundleResult {
  /** The QuestionnaireResponse (also the Bundle's first entry). */
  questionnaireResponse: FhirQuestionnaireResponse;
}

/**
 * The FHIR resources of a completed session in one call, e.g. for the
 * `careway-complete` event's detail.
 *
 * @example
 * const { questionnaireResponse, bundle } = fhirResources(pathway, session.result()!, { subject, requester });
 */
export function fhirResources(
  pathway: Pathway,
  result: Result,
  options: ReferralOptions = {},
): FhirResources {
  const { bundle, issues } = referralBundle(pathway, result, options);
  return {
    questionnaireResponse: bundle.entry[0]?.resource as unknown as FhirQuestionnaireResponse,
    bundle,
    issues,
  };
}
