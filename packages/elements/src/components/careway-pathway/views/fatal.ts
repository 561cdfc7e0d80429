/** The panel shown when the pathway cannot run, with Try again where trying again can help. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CarewayErrorDetail } from '../../../internal/errors.js';
import type { UiStrings } from '../../../internal/i18n.js';
import { secondaryButton } from './chrome.js';

/** Problems of fetching `src` that trying again can cure. */
const RETRYABLE = new Set<CarewayErrorDetail['code']>([
  'fetch_failed',
  'http_error',
  'invalid_json',
  'wrong_content_type',
  'integrity_mismatch',
  'invalid_pathway',
]);

/**
 * Renders the error panel. `fromSrc`: the pathway was fetched, and whatever
 * went wrong in fetching a file may be gone a moment later (a deploy, a flaky
 * network, a cache), so `retry` is offered for those problems.
 */
export function renderFatal(
  t: UiStrings,
  fatal: CarewayErrorDetail,
  fromSrc: boolean,
  retry: () => void,
): TemplateResult {
  return html`<div class="error-panel" part="error" role="alert">
    <h2 class="page-heading" part="heading" tabindex="-1" data-heading>${t.errorTitle}</h2>
    <p>${t.fatal[fatal.code] ?? t.fatalFallback}</p>
    <p class="error-panel__detail">${t.errorCode}: <code>${fatal.code}</code></p>
    ${fromSrc && RETRYABLE.has(fatal.code) ? secondaryButton(t.tryAgain, retry) : nothing}
  </div>`;
}
