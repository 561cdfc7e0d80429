/**
 * Careway's page: fetches the FHIR Questionnaire, imports it with
 * `@careway/core` in the browser (as a portal rendering FHIR must), and runs
 * it in `<careway-pathway>` from the single-file build, loaded beside this
 * script.
 */
import { importQuestionnaire } from '@careway/core';
import { fail, fetchForm, pageParams } from './load.js';

/** The one property of `<careway-pathway>` the page sets (its class is in the build loaded beside). */
interface PathwayElement extends HTMLElement {
  pathway: unknown;
}

async function main(): Promise<void> {
  const { n } = pageParams();
  const questionnaire = await fetchForm(`${n}.fhir.json`);
  const t0 = performance.now();
  const imported = importQuestionnaire(questionnaire);
  globalThis.__bench.notes['import ms'] = performance.now() - t0;
  if (!imported.ok || !imported.pathway) {
    throw new Error(`import failed: ${imported.issues.map((i) => i.code).join(', ')}`);
  }
  const fieldIds = imported.linkIds;
  await customElements.whenDefined('careway-pathway');
  const el = document.createElement('careway-pathway') as PathwayElement;
  document.getElementById('form')?.append(el);
  if (el.shadowRoot) globalThis.__bench.observe(el.shadowRoot);
  globalThis.__bench.use((linkId) => {
    const id = fieldIds[linkId];
    return id === undefined ? null : el.shadowRoot?.querySelector(`[data-field="${id}"]`);
  });
  el.pathway = imported.pathway;
}

main().catch(fail);
