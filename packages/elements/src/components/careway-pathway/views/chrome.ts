/** Page furniture: back link, error summary, buttons. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewIssue } from '../../../internal/core.js';
import type { PageContext } from './types.js';

/** The DOM id of a field's first control. */
export function fieldDomId(fieldId: string): string {
  return `cw-${fieldId}`;
}

/** The NHS back link; a button, since it acts rather than navigates. */
export function backLink(ctx: PageContext, canGoBack: boolean): TemplateResult | typeof nothing {
  if (!canGoBack) return nothing;
  return html`<div class="back-link">
    <button type="button" class="back-link__link" part="back-link" @click=${() => ctx.back()}>
      <svg
        class="back-link__icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="24"
        height="24"
      >
        <path
          d="M8.5 12c0-.3.1-.5.3-.7l5-5c.4-.4 1-.4 1.4 0s.4 1 0 1.4L10.9 12l4.3 4.3c.4.4.4 1 0 1.4s-1 .4-1.4 0l-5-5c-.2-.2-.3-.4-.3-.7z"
        ></path>
      </svg>
      ${ctx.t.back}
    </button>
  </div>`;
}

/**
 * The error summary at the top of the page: it takes focus after a failed
 * Continue, is announced, and links to each field.
 */
export function errorSummary(
  ctx: PageContext,
  issues: readonly ViewIssue[],
): TemplateResult | typeof nothing {
  if (!ctx.submitted || issues.length === 0) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    aria-labelledby="cw-error-summary-title"
    tabindex="-1"
    data-error-summary
  >
    <h2 class="error-summary__title" id="cw-error-summary-title">${ctx.t.errorSummaryTitle}</h2>
    <ul class="error-summary__list">
      ${issues.map((issue) =>
        issue.fieldId
          ? html`<li>
              <a
                href="#${fieldDomId(issue.fieldId)}"
                @click=${(e: Event) => {
                  e.preventDefault();
                  ctx.focusField(issue.fieldId ?? '');
                }}
                >${issue.message}</a
              >
            </li>`
          : html`<li>${issue.message}</li>`,
      )}
    </ul>
  </div>`;
}

/** The green primary button. */
export function primaryButton(label: string, onClick?: () => void): TemplateResult {
  return onClick
    ? html`<button class="button" part="button" type="button" @click=${onClick}>${label}</button>`
    : html`<button class="button" part="button" type="submit">${label}</button>`;
}

/** The grey secondary button. */
export function secondaryButton(label: string, onClick: () => void): TemplateResult {
  return html`<button
    class="button button--secondary"
    part="secondary-button"
    type="button"
    @click=${onClick}
  >
    ${label}
  </button>`;
}
