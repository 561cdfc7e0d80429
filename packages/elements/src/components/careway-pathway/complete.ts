/** What `careway-complete` carries when the clinician confirms the outcome. */
import { fhirResources, type FhirResources, type Pathway, type View } from '../../internal/core.js';
import { describeThrown, problem } from '../../internal/errors.js';
import { report, type CarewayCompleteDetail } from '../../internal/events.js';
import type { CarewayPathway } from './careway-pathway.js';

/**
 * The detail of `careway-complete` for the outcome `view`. The FHIR resources
 * are built from the pathway as published (`source`, not as translated), like
 * the record summary; if that fails it is reported and they are left out.
 */
export function completeDetail(
  host: EventTarget & Pick<CarewayPathway, 'fhirContext' | 'attachments'>,
  view: Extract<View, { kind: 'outcome' }>,
  source: Pathway | undefined,
): CarewayCompleteDetail {
  let fhir: FhirResources | undefined;
  try {
    if (source) fhir = fhirResources(source, view.result, { ...(host.fhirContext ?? {}) });
  } catch (error) {
    report(
      host,
      problem('fhir_failed', `The FHIR resources could not be built: ${describeThrown(error)}`, 'warning'),
    );
  }
  return {
    outcome: view.outcome,
    answers: view.result.answers,
    summaryText: view.result.summaryText,
    result: view.result,
    attachments: host.attachments,
    ...(fhir ? { fhir } : {}),
  };
}
