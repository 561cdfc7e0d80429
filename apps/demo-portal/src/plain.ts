// The plain host page: no framework, one <script type="module">, the element used as HTML.
import '@careway/elements/define';
import type { CarewayPathway } from '@careway/elements';
import { examplePathways } from './examples.js';
import {
  ageInYears,
  eprSessionSecret,
  formatBannerDate,
  formatNhsNumber,
  patientContext,
  patientFhirContext,
  patients,
} from './patients.js';
import { carewayEvents, describeEvent, receive } from './received.js';
import { clearUsage, downloadUsage, keepUsage, usageCount } from './usage-store.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const element = byId<CarewayPathway>('pathway');
const patientSelect = byId<HTMLSelectElement>('patient');
const list = byId<HTMLUListElement>('pathway-list');
const log = byId<HTMLOListElement>('event-log');

const params = new URLSearchParams(location.search);
let patient = patients.find((p) => p.id === params.get('patient')) ?? patients[0];
let pathway = examplePathways.find((p) => p.id === params.get('pathway')) ?? examplePathways[0];

for (const p of patients) patientSelect.add(new Option(p.name, p.id, false, p === patient));
patientSelect.addEventListener('change', () => {
  patient = patients.find((p) => p.id === patientSelect.value) ?? patient;
  show();
});

for (const p of examplePathways) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = p.title;
  button.dataset['pathwayId'] = p.id;
  button.addEventListener('click', () => {
    pathway = p;
    show();
    byId('pathway-area').focus();
  });
  item.append(button);
  list.append(item);
}

for (const type of carewayEvents) {
  element.addEventListener(type, (event) => {
    const entry = document.createElement('li');
    entry.textContent = describeEvent(type, (event as CustomEvent).detail);
    log.prepend(entry);
    if (type === 'careway-complete') {
      const received = receive((event as CustomEvent).detail);
      byId('received-status').textContent = received.status;
      byId('received-summary').textContent = received.summaryText;
      byId('received-json').textContent = received.json;
      byId('received-fhir').textContent = received.fhir;
      byId<HTMLDetailsElement>('received-summary-panel').open = true;
    }
  });
}

function showUsageCount() {
  const n = usageCount();
  byId('usage-count').textContent =
    n === 0 ? 'No usage records yet.' : `${n} usage record${n === 1 ? '' : 's'} kept.`;
}
element.addEventListener('careway-usage', (event) => {
  keepUsage(event.detail.record);
  showUsageCount();
});
byId('usage-download').addEventListener('click', downloadUsage);
byId('usage-clear').addEventListener('click', () => {
  clearUsage();
  showUsageCount();
});
showUsageCount();

function show() {
  const today = new Date();
  byId('banner-nhs').textContent = formatNhsNumber(patient.nhsNumber);
  byId('banner-dob').textContent = formatBannerDate(patient.dateOfBirth);
  byId('banner-age').textContent = `${ageInYears(patient.dateOfBirth, today)}y`;
  byId('banner-sex').textContent = patient.sex === 'female' ? 'Female' : 'Male';
  for (const button of list.querySelectorAll('button')) {
    button.setAttribute('aria-current', String(button.dataset['pathwayId'] === pathway?.id));
  }
  byId('received-status').textContent = 'Nothing yet: complete a pathway.';
  for (const id of ['received-summary', 'received-json', 'received-fhir']) byId(id).textContent = '';
  if (!pathway) return;
  byId('pathway-heading').textContent = pathway.title;
  element.draftSecret = eprSessionSecret;
  element.setAttribute('draft-key', `${patient.encounterId}:${pathway.id}`);
  element.context = patientContext(patient, today);
  element.fhirContext = patientFhirContext(patient);
  element.pathway = pathway;
}

show();
