/** Multiple choice: NHS checkboxes, with exclusive options ("None of these") after an "or" divider. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Option } from '../../../internal/core.js';
import { aids, describedBy, group, legend } from './common.js';
import type { FieldContext, FieldKind } from './types.js';

/**
 * The new selection after one box is ticked or cleared. Ticking an exclusive
 * option clears the others and ticking another clears the exclusive ones, as
 * the NHS "none of these" pattern does; the engine still checks the result.
 */
export function toggle(
  current: readonly string[],
  value: string,
  checked: boolean,
  exclusive: readonly string[],
): string[] {
  if (!checked) return current.filter((v) => v !== value);
  if (exclusive.includes(value)) return [value];
  return [...current.filter((v) => !exclusive.includes(v) && v !== value), value];
}

/** Checkboxes for a multiple-choice question. */
function renderMultiChoice(ctx: FieldContext) {
  const { view, id } = ctx;
  const field = view.field;
  const options: Option[] = field.type === 'multi-choice' ? field.options : [];
  const exclusive = field.type === 'multi-choice' ? (field.exclusive ?? []) : [];
  const selected = Array.isArray(view.value)
    ? (view.value as unknown[]).filter((v): v is string => typeof v === 'string')
    : [];
  const item = (option: Option, index: number) => {
    const inputId = index === 0 ? id : `${id}-${option.value}`;
    return html`<div class="checkboxes__item">
      <input
        class="checkboxes__input"
        part="input"
        id=${inputId}
        name=${id}
        type="checkbox"
        .value=${option.value}
        .checked=${live(selected.includes(option.value))}
        aria-describedby=${option.hint ? `${inputId}-hint` : nothing}
        @change=${(e: Event) => {
          const next = toggle(selected, option.value, (e.target as HTMLInputElement).checked, exclusive);
          ctx.answer(next.length ? next : undefined);
        }}
      />
      <label class="label checkboxes__label" for=${inputId}>${option.label}</label>
      ${option.hint ? html`<div class="hint checkboxes__hint" id="${inputId}-hint">${option.hint}</div>` : nothing}
    </div>`;
  };
  const plain = options.filter((o) => !exclusive.includes(o.value));
  const only = options.filter((o) => exclusive.includes(o.value));
  return group(
    ctx,
    html`<fieldset class="fieldset" aria-describedby=${describedBy(ctx) || nothing}>
      ${legend(ctx)} ${aids(ctx)}
      <div class="checkboxes" part="checkboxes">
        ${plain.map((o) => item(o, options.indexOf(o)))}
        ${only.length && plain.length ? html`<div class="checkboxes__divider">${ctx.t.or}</div>` : nothing}
        ${only.map((o) => item(o, options.indexOf(o)))}
      </div>
    </fieldset>`,
  );
}

/** Multiple-choice fields. */
export const multiChoiceKind: FieldKind = { render: renderMultiChoice };
