/** Display fields: guidance text inside a step, with no answer. */
import { html } from 'lit';
import { rich } from '../../../internal/markup.js';
import type { FieldContext, FieldKind } from './types.js';

/** A block of guidance text with its title. */
function renderDisplay(ctx: FieldContext) {
  const field = ctx.view.field;
  const text = field.type === 'display' ? field.text : '';
  return html`<div class="form-group display" part="question" data-field=${field.id}>
    ${
      ctx.asHeading
        ? html`<h2 class="page-heading" part="heading" tabindex="-1" data-heading>${field.label}</h2>`
        : html`<h3 class="display__title">${field.label}</h3>`
    }
    <div class="display__text" id=${ctx.id}>${rich(text)}</div>
  </div>`;
}

/** Display fields: text to read, nothing to answer. */
export const displayKind: FieldKind = { render: renderDisplay };
