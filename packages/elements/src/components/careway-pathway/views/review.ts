/** Check your answers: every answer with a change link that returns here, then confirm. */
import { html, nothing } from 'lit';
import type { View } from '../../../internal/core.js';
import { backLink, errorSummary, primaryButton } from './chrome.js';
import { renderScores } from './scores.js';
import type { PageContext } from './types.js';

/** Renders the review page. */
export function renderReview(ctx: PageContext, view: Extract<View, { kind: 'review' }>) {
  const { t } = ctx;
  return html`${backLink(ctx, view.nav.canGoBack)}
    <div class="page page--review">
      ${errorSummary(ctx, view.errors)}
      <h2 class="page-heading" part="heading" tabindex="-1" data-heading>${t.checkAnswersTitle}</h2>
      <p>${t.checkAnswersLead}</p>
      ${
        view.items.length
          ? html`<dl class="summary-list" part="review">
              ${view.items.map(
                (item) =>
                  html`<div class="summary-list__row" data-field=${item.fieldId}>
                    <dt class="summary-list__key">${item.question}</dt>
                    <dd class="summary-list__value">${item.answer}</dd>
                    <dd class="summary-list__actions">
                      <button
                        type="button"
                        class="link-button"
                        part="change-link"
                        @click=${() => ctx.change(item)}
                      >
                        ${t.change}<span class="visually-hidden"> ${item.question}</span>
                      </button>
                    </dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
      ${renderScores(ctx)} ${primaryButton(t.confirm, () => ctx.next())}
    </div>`;
}
