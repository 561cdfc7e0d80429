/**
 * Fictional patients of the demo GP practice. NHS numbers in the 999 range are
 * reserved for testing and never belong to a real person.
 */
export interface DemoPatient {
  id: string;
  /**
   * The current encounter's id in the demo clinical system: opaque, so that it can name the draft
   * (`draft-key`) without identifying anyone.
   */
  encounterId: string;
  name: string;
  nhsNumber: string;
  dateOfBirth: string;
  sex: 'female' | 'male';
  /** Known conditions as SNOMED CT codes, as a GP system would hold them. */
  conditions: { code: string; display: string }[];
}

export const patients: readonly [DemoPatient, ...DemoPatient[]] = [
  {
    id: 'p1',
    encounterId: 'enc-5c1f8e27',
    name: 'Margaret HUGHES',
    nhsNumber: '9990001234',
    dateOfBirth: '1958-03-14',
    sex: 'female',
    conditions: [{ code: '38341003', display: 'Hypertensive disorder' }],
  },
  {
    id: 'p2',
    encounterId: 'enc-b04d19a3',
    name: 'Oliver BENNETT',
    nhsNumber: '9990002345',
    dateOfBirth: '2025-01-09',
    sex: 'male',
    conditions: [],
  },
  {
    id: 'p3',
    encounterId: 'enc-7e92c6d0',
    name: 'Aisha RAHMAN',
    nhsNumber: '9990003456',
    dateOfBirth: '1991-07-22',
    sex: 'female',
    conditions: [],
  },
  {
    id: 'p4',
    encounterId: 'enc-31aa5f4b',
    name: 'David OKAFOR',
    nhsNumber: '9990004567',
    dateOfBirth: '1973-11-02',
    sex: 'male',
    conditions: [{ code: '44054006', display: 'Diabetes mellitus type 2' }],
  },
];

/**
 * Stands in for the secret an EPR hands out for each log-in session (drafts are encrypted with it, so
 * that after log-out nobody can read them). A real host gets a fresh random one from its session at
 * log-in and never writes it into the page's code; the demo has no log-in, so it has a fixed one.
 */
export const eprSessionSecret = 'demo-portal: a stand-in for the EPR log-in session secret';

/** The referrer: the clinician signed in to the demo clinical system. */
export const referrer = {
  name: 'Dr Priya PATEL',
  role: 'General practitioner',
  organisation: 'Riverside Surgery',
  odsCode: 'Y99999',
};

/** Whole years between a date of birth and a day. */
export function ageInYears(dateOfBirth: string, today: Date): number {
  const dob = new Date(`${dateOfBirth}T00:00:00Z`);
  let years = today.getUTCFullYear() - dob.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < dob.getUTCMonth() ||
    (today.getUTCMonth() === dob.getUTCMonth() && today.getUTCDate() < dob.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}

/** Whole months between a date of birth and a day. */
export function ageInMonths(dateOfBirth: string, today: Date): number {
  const dob = new Date(`${dateOfBirth}T00:00:00Z`);
  let months = (today.getUTCFullYear() - dob.getUTCFullYear()) * 12 + today.getUTCMonth() - dob.getUTCMonth();
  if (today.getUTCDate() < dob.getUTCDate()) months -= 1;
  return months;
}

/** "999 000 1234": NHS numbers are shown in 3-3-4 groups. */
export function formatNhsNumber(nhsNumber: string): string {
  return `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`;
}

/** "14-Mar-1958", the date style of patient banners. */
export function formatBannerDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const month = date.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return `${String(date.getUTCDate()).padStart(2, '0')}-${month}-${date.getUTCFullYear()}`;
}

/** The context a GP system passes to the pathway: the facts it already knows. */
export function patientContext(patient: DemoPatient, today = new Date()): Record<string, unknown> {
  return {
    age: ageInYears(patient.dateOfBirth, today),
    age_months: ageInMonths(patient.dateOfBirth, today),
    date_of_birth: patient.dateOfBirth,
    sex: patient.sex,
    conditions: patient.conditions.map((c) => c.code),
    patient: { nhsNumber: patient.nhsNumber, name: patient.name, dateOfBirth: patient.dateOfBirth },
    referrer,
  };
}

/** The FHIR references the portal gives the pathway for its referral resources: the patient and the referrer. */
export function patientFhirContext(patient: DemoPatient) {
  return {
    subject: {
      identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: patient.nhsNumber },
      display: patient.name,
    },
    requester: {
      identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: referrer.odsCode },
      display: `${referrer.name}, ${referrer.organisation}`,
    },
  };
}
