/**
 * Passing what the host already knows: the patient's facts by the pathway's
 * context ids, and the FHIR references for the resources in careway-complete.
 */
import '@careway/elements/define';
import type { CarewayPathway } from '@careway/elements';

/** Gives `el` the patient from the host's record. */
export function passPatient(el: CarewayPathway): void {
  // Facts by the ids in the pathway's "context" list; answers prefilled from them show "From the record".
  el.context = { age: 67, sex: 'female' };
  // Who the referral is about, and who makes it, for the FHIR resources.
  el.fhirContext = {
    subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001234' } },
    requester: { identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'A81001' } },
  };
}
