/** The red-flag answers behind an outcome, each with why it is a red flag, in the reader's language. */
import { html, nothing, type TemplateResult } from 'lit';
import type { PageContext } from './types.js';

/** Renders the red-flag answers ("Question? Answer (reason)"); nothing when there are none. */
export function renderRedFlags(ctx: PageContext): TemplateResult | typeof nothing {
  if (!ctx.redFlags.length) return nothing;
  return html`<section class="red-flags" part="red-flags" aria-labelledby="cw-red-flags-title">
    <h3 id="cw-red-flags-title">${ctx.t.redFlags}</h3>
    <ul>
      ${ctx.redFlags.map(
        (flag) =>
          html`<li data-field=${flag.fieldId}>
            <strong>${flag.question}${/[?:.!]$/.test(flag.question) ? '' : ':'}</strong>
            ${flag.answer}${flag.reason ? ` (${flag.reason})` : ''}
          </li>`,
      )}
    </ul>
  </section>`;
}
