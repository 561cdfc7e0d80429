/**
 * LHC-Forms' page: fetches the FHIR Questionnaire and hands it to
 * `LForms.Util.addFormToPage`, which converts it with the R4 support library
 * and renders it in `<wc-lhc-form>`.
 */
import { fail, fetchForm, pageParams } from './load.js';

interface LFormsGlobal {
  Util: { addFormToPage(form: unknown, container: string, options: Record<string, unknown>): Promise<void> };
}

async function main(): Promise<void> {
  const { n } = pageParams();
  const questionnaire = await fetchForm(`${n}.fhir.json`);
  globalThis.__bench.use((linkId) => document.getElementById(`item-${linkId}/1`));
  const lforms = (globalThis as unknown as { LForms: LFormsGlobal }).LForms;
  await lforms.Util.addFormToPage(questionnaire, 'form', { fhirVersion: 'R4' });
}

main().catch(fail);
