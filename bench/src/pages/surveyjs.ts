/**
 * SurveyJS's page: fetches the equivalent SurveyJS JSON and renders a
 * `Survey.Model` with the framework-free UI (`SurveyUI.renderSurvey`), both
 * loaded beside this script from their UMD builds.
 */
import { fail, fetchForm, pageParams } from './load.js';

interface SurveyGlobals {
  Survey: { Model: new (json: unknown) => unknown };
  SurveyUI: { renderSurvey(model: unknown, element: HTMLElement): void };
}

async function main(): Promise<void> {
  const { n } = pageParams();
  const json = await fetchForm(`${n}.survey.json`);
  globalThis.__bench.use((linkId) => document.querySelector(`[data-name="${linkId}"]`));
  const { Survey, SurveyUI } = globalThis as unknown as SurveyGlobals;
  const container = document.getElementById('form');
  if (!container) throw new Error('no #form');
  SurveyUI.renderSurvey(new Survey.Model(json), container);
}

main().catch(fail);
