/** The outcome page: the care card, the red flags, the scores, the summary for the record, start again. */
import { html } from 'lit';
import type { View } from '../../../internal/core.js';
import { renderCareCard } from '../../careway-care-card/render-care-card.js';
import { secondaryButton } from './chrome.js';
import { renderRedFlags } from './red-flags.js';
import { renderScores } from './scores.js';
import type { PageContext } from './types.js';

/** Renders the outcome page once the clinician has confirmed. */
export function renderOutcome(ctx: PageContext, view: Extract<View, { kind: 'outcome' }>) {
  const { t } = ctx;
  return html`<div class="page page--outcome">
    ${renderCareCard(view.outcome, t, true)} ${renderRedFlags(ctx)} ${renderScores(ctx)}
    <details class="details" part="summary">
      <summary class="details__summary"><span>${t.summaryForRecord}</span></summary>
      <div class="details__text">
        <pre class="summary-text">${view.result.summaryText}</pre>
        <button type="button" class="link-button" @click=${() => ctx.copySummary(view.result.summaryText)}>
          ${t.copySummary}
        </button>
      </div>
    </details>
    <div class="actions">${secondaryButton(t.startAgain, () => ctx.restart())}</div>
  </div>`;
}
