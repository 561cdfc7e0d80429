/** Single choice and yes/no questions: NHS radios, yes/no side by side. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AnswerValue, Option } from '../../../internal/core.js';
import { aids, describedBy, group, legend } from './common.js';
import type { FieldContext, FieldKind } from './types.js';

interface RadioItem {
  value: AnswerValue;
  key: string;
  label: string;
  hint?: string | undefined;
}

function radios(ctx: FieldContext, items: RadioItem[], inline: boolean) {
  const { view, id } = ctx;
  return group(
    ctx,
    html`<fieldset class="fieldset" aria-describedby=${describedBy(ctx) || nothing}>
      ${legend(ctx)} ${aids(ctx)}
      <div class="radios ${inline ? 'radios--inline' : ''}" part="radios">
        ${items.map((item, index) => {
          const inputId = index === 0 ? id : `${id}-${item.key}`;
          return html`<div class="radios__item">
            <input
              class="radios__input"
              part="input"
              id=${inputId}
              name=${id}
              type="radio"
              .value=${item.key}
              .checked=${live(view.value === item.value)}
              aria-describedby=${item.hint ? `${inputId}-hint` : nothing}
              @change=${() => ctx.answer(item.value)}
            />
            <label class="label radios__label" for=${inputId}>${item.label}</label>
            ${
              item.hint
                ? html`<div class="hint radios__hint" id="${inputId}-hint">${item.hint}</div>`
                : nothing
            }
          </div>`;
        })}
      </div>
    </fieldset>`,
  );
}

/** A choice among options: one radio per option. */
function renderChoice(ctx: FieldContext) {
  const field = ctx.view.field;
  const options: Option[] = field.type === 'choice' ? field.options : [];
  return radios(
    ctx,
    options.map((o) => ({ value: o.value, key: o.value, label: o.label, hint: o.hint })),
    false,
  );
}

/** A yes/no question: two inline radios, labelled as the pathway says. */
function renderBoolean(ctx: FieldContext) {
  const field = ctx.view.field;
  const yes = field.type === 'boolean' ? field.trueLabel : undefined;
  const no = field.type === 'boolean' ? field.falseLabel : undefined;
  return radios(
    ctx,
    [
      { value: true, key: 'yes', label: yes ?? ctx.t.yes },
      { value: false, key: 'no', label: no ?? ctx.t.no },
    ],
    true,
  );
}

/** Single-choice fields. */
export const choiceKind: FieldKind = { render: renderChoice };

/** Yes/no fields. */
export const booleanKind: FieldKind = { render: renderBoolean };
