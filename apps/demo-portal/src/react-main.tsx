// The React host page: the same portal, embedding Careway through its React wrappers.
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CarewayPathway } from '@careway/elements/react';
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
import { describeEvent, receive, type Received } from './received.js';
import { clearUsage, downloadUsage, keepUsage, usageCount } from './usage-store.js';

function Portal() {
  const [patientId, setPatientId] = useState(patients[0].id);
  const [pathwayId, setPathwayId] = useState(examplePathways[0]?.id);
  const [received, setReceived] = useState<Received | undefined>();
  const [events, setEvents] = useState<string[]>([]);
  const [usage, setUsage] = useState(usageCount);
  const patient = patients.find((p) => p.id === patientId) ?? patients[0];
  const pathway = examplePathways.find((p) => p.id === pathwayId);
  const context = useMemo(() => patientContext(patient), [patient]);
  const fhirContext = useMemo(() => patientFhirContext(patient), [patient]);
  const logEvent = (type: string) => (event: Event) =>
    setEvents((all) => [describeEvent(type, (event as CustomEvent).detail), ...all].slice(0, 50));

  return (
    <>
      <header className="portal-header">
        <p className="portal-brand">Riverside Surgery · Clinical system (React)</p>
        <p className="portal-user">
          Signed in: Dr Priya PATEL (GP) · <a href="/">Plain host</a>
        </p>
      </header>
      <section className="patient-banner" aria-label="Patient">
        <label className="patient-chooser">
          <span className="visually-hidden">Patient</span>
          <select value={patientId} onChange={(e) => setPatientId(e.target.value)}>
            {patients.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <dl className="patient-facts">
          <div>
            <dt>NHS number</dt>
            <dd>{formatNhsNumber(patient.nhsNumber)}</dd>
          </div>
          <div>
            <dt>Born</dt>
            <dd>{formatBannerDate(patient.dateOfBirth)}</dd>
          </div>
          <div>
            <dt>Age</dt>
            <dd>{ageInYears(patient.dateOfBirth, new Date())}y</dd>
          </div>
          <div>
            <dt>Gender</dt>
            <dd>{patient.sex === 'female' ? 'Female' : 'Male'}</dd>
          </div>
        </dl>
      </section>
      <div className="portal-layout">
        <nav className="pathway-picker" aria-labelledby="picker-heading">
          <h2 id="picker-heading">Referral pathways</h2>
          <ul>
            {examplePathways.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  aria-current={p.id === pathwayId}
                  onClick={() => {
                    setPathwayId(p.id);
                    setReceived(undefined);
                  }}
                >
                  {p.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main id="pathway-area" className="pathway-area">
          <h1>{pathway?.title ?? 'New referral'}</h1>
          {pathway && (
            <CarewayPathway
              key={`${patient.id}:${pathway.id}`}
              pathway={pathway}
              context={context}
              fhirContext={fhirContext}
              draftSecret={eprSessionSecret}
              draftKey={`${patient.encounterId}:${pathway.id}`}
              onCarewayStep={logEvent('careway-step')}
              onCarewayChange={logEvent('careway-change')}
              onCarewayError={logEvent('careway-error')}
              usage
              onCarewayUsage={(event) => {
                keepUsage(event.detail.record);
                setUsage(usageCount());
              }}
              onCarewayComplete={(event) => {
                logEvent('careway-complete')(event);
                setReceived(receive(event.detail));
              }}
            />
          )}
        </main>
        <aside className="received" aria-labelledby="received-heading">
          <h2 id="received-heading">What the clinical system received</h2>
          <p role="status">{received?.status ?? 'Nothing yet: complete a pathway.'}</p>
          <details open={Boolean(received)}>
            <summary>Summary for the record</summary>
            <pre>{received?.summaryText}</pre>
          </details>
          <details>
            <summary>Structured result (JSON)</summary>
            <pre>{received?.json}</pre>
          </details>
          <details>
            <summary>FHIR Bundle</summary>
            <pre>{received?.fhir}</pre>
          </details>
          <h3>Usage records</h3>
          <p>
            Each session&rsquo;s usage — pages, times, routes; no answers and no patient details — for the
            pathway&rsquo;s insights.
          </p>
          <p>
            {usage === 0 ? 'No usage records yet.' : `${usage} usage record${usage === 1 ? '' : 's'} kept.`}
          </p>
          <p className="usage-actions">
            <button type="button" onClick={downloadUsage}>
              Download usage records
            </button>
            <button
              type="button"
              onClick={() => {
                clearUsage();
                setUsage(0);
              }}
            >
              Clear
            </button>
          </p>
          <h3>Events</h3>
          <ol className="event-log">
            {events.map((e, i) => (
              <li key={`${events.length - i}`}>{e}</li>
            ))}
          </ol>
        </aside>
      </div>
    </>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Portal />
    </StrictMode>,
  );
