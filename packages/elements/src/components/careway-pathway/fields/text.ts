/** Text and long-text questions. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { aids, describedBy, group, label } from './common.js';
import type { FieldContext, FieldKind } from './types.js';

/** The answer for typed text: the text as typed, none when it is only spaces. */
export function textAnswer(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** A text question: one line, or a textarea for long text. */
function renderText(ctx: FieldContext) {
  const { view, id } = ctx;
  const field = view.field;
  const shown = ctx.raw.get(field.id) ?? (typeof view.value === 'string' ? view.value : '');
  const onInput = (e: Event) =>
    ctx.type(field.id, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const onChange = (e: Event) =>
    ctx.answer(textAnswer((e.target as HTMLInputElement | HTMLTextAreaElement).value));
  const errorClass = view.errors.length ? 'input--error' : '';
  return group(
    ctx,
    html`${label(ctx)} ${aids(ctx)}
    ${
      field.type === 'long-text'
        ? html`<textarea
            class="textarea ${errorClass}"
            part="input"
            id=${id}
            name=${id}
            rows="5"
            .value=${live(shown)}
            aria-describedby=${describedBy(ctx) || nothing}
            aria-invalid=${view.errors.length ? 'true' : nothing}
            @input=${onInput}
            @change=${onChange}
          ></textarea>`
        : html`<input
            class="input ${errorClass}"
            part="input"
            id=${id}
            name=${id}
            type="text"
            .value=${live(shown)}
            aria-describedby=${describedBy(ctx) || nothing}
            aria-invalid=${view.errors.length ? 'true' : nothing}
            @input=${onInput}
            @change=${onChange}
          />`
    }`,
  );
}

/** Text and long-text fields. */
export const textKind: FieldKind = {
  render: renderText,
  typed: (raw, view) => textAnswer(raw.get(view.field.id) ?? ''),
};
