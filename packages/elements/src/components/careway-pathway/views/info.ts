/** A guidance page: heading, body, Continue. */
import { html } from 'lit';
import type { View } from '../../../internal/core.js';
import { rich } from '../../../internal/markup.js';
import { backLink, errorSummary, primaryButton } from './chrome.js';
import type { PageContext } from './types.js';

/** Renders an info page. */
export function renderInfo(ctx: PageContext, view: Extract<View, { kind: 'info' }>) {
  return html`${backLink(ctx, view.nav.canGoBack)}
    <div class="page page--info">
      ${errorSummary(ctx, view.errors)}
      <h2 class="page-heading" part="heading" tabindex="-1" data-heading>${view.node.title}</h2>
      <div class="body">${rich(view.node.body)}</div>
      ${primaryButton(ctx.t.continue, () => ctx.next())}
    </div>`;
}
