/** Integer and decimal questions: a text input with a numeric keyboard and the unit as a suffix. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AnswerValue } from '../../../internal/core.js';
import { aids, describedBy, group, label } from './common.js';
import type { FieldContext, FieldKind } from './types.js';

/**
 * What typed text hands to the engine: a number when it reads as one, the
 * text itself otherwise, so that the engine (not the element) explains what
 * is wrong. A decimal comma is not guessed at: "1,5" is refused, never read as 15.
 */
export function numberFromText(text: string): AnswerValue | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A number question. */
function renderNumber(ctx: FieldContext) {
  const { view, id } = ctx;
  const field = view.field;
  const unit = field.type === 'integer' || field.type === 'decimal' ? field.unit : undefined;
  const shown = ctx.raw.get(field.id) ?? (typeof view.value === 'number' ? String(view.value) : '');
  const suffixId = `${id}-unit`;
  return group(
    ctx,
    html`${label(ctx)} ${aids(ctx)}
      <div class="input-wrapper">
        <input
          class="input input--width-5 ${view.errors.length ? 'input--error' : ''}"
          part="input"
          id=${id}
          name=${id}
          type="text"
          inputmode=${field.type === 'integer' ? 'numeric' : 'decimal'}
          autocomplete="off"
          spellcheck="false"
          .value=${live(shown)}
          aria-describedby=${describedBy(ctx, unit ? [suffixId] : []) || nothing}
          aria-invalid=${view.errors.length ? 'true' : nothing}
          @input=${(e: Event) => ctx.type(field.id, (e.target as HTMLInputElement).value)}
          @change=${(e: Event) => ctx.answer(numberFromText((e.target as HTMLInputElement).value))}
        />
        ${unit ? html`<div class="input__suffix" id=${suffixId}>${unit.label}</div>` : nothing}
      </div>`,
  );
}

/** Integer and decimal fields: the text typed in the box, read as a number where it is one. */
export const numberKind: FieldKind = {
  render: renderNumber,
  typed: (raw, view) => numberFromText(raw.get(view.field.id) ?? ''),
};
