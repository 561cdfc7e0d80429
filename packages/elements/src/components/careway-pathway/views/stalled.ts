/** The pathway cannot decide: a defect shown plainly, never a guess. */
import { html, nothing } from 'lit';
import type { View } from '../../../internal/core.js';
import { backLink } from './chrome.js';
import type { PageContext } from './types.js';

/** Renders a stalled page with the answers the engine needs, linking to their steps. */
export function renderStalled(ctx: PageContext, view: Extract<View, { kind: 'stalled' }>) {
  return html`${backLink(ctx, view.nav.canGoBack)}
    <div class="page page--stalled" part="stalled">
      <h2 class="page-heading" part="heading" tabindex="-1" data-heading>${ctx.t.stalledTitle}</h2>
      <p>${view.message}</p>
      ${
        view.needs.length
          ? html`<p>${ctx.t.stalledLead}</p>
              <ul>
                ${view.needs.map((need) =>
                  need.nodeId
                    ? html`<li>
                        <button type="button" class="link-button" @click=${() => ctx.goTo(need.nodeId ?? '')}>
                          ${need.label}
                        </button>
                      </li>`
                    : html`<li>${need.label}</li>`,
                )}
              </ul>`
          : nothing
      }
    </div>`;
}
