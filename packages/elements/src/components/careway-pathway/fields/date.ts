/** Date questions: the NHS date input, day, month and year in three fields. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { aids, describedBy, group, legend } from './common.js';
import type { FieldContext, FieldKind } from './types.js';

type Part = 'day' | 'month' | 'year';
const parts: Part[] = ['day', 'month', 'year'];

/** The raw-input key of one part of a date field. */
export function dateKey(fieldId: string, part: Part): string {
  return `${fieldId}.${part}`;
}

/** Splits `YYYY-MM-DD` into the three boxes as people write them (no leading zeros). */
function split(value: unknown): Record<Part, string> {
  const match = typeof value === 'string' ? /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/.exec(value) : null;
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

/**
 * The answer for three boxes: `undefined` when all are empty; otherwise the
 * `YYYY-MM-DD` text (padded when the parts are numbers), left for the engine
 * to accept or to explain.
 */
export function dateFromParts(day: string, month: string, year: string): string | undefined {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return undefined;
  const pad = (s: string) => (/^\d$/.test(s) ? `0${s}` : s);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The current text of each box: what was typed, else the answer. */
export function dateParts(ctx: Pick<FieldContext, 'raw' | 'view'>): Record<Part, string> {
  const fromValue = split(ctx.view.value);
  const id = ctx.view.field.id;
  return {
    day: ctx.raw.get(dateKey(id, 'day')) ?? fromValue.day,
    month: ctx.raw.get(dateKey(id, 'month')) ?? fromValue.month,
    year: ctx.raw.get(dateKey(id, 'year')) ?? fromValue.year,
  };
}

/** A date question. */
function renderDate(ctx: FieldContext) {
  const { view, id, t } = ctx;
  const field = view.field;
  const shown = dateParts(ctx);
  const words: Record<Part, string> = { day: t.day, month: t.month, year: t.year };
  const hintId = `${id}-format`;
  return group(
    ctx,
    html`<fieldset class="fieldset" role="group" aria-describedby=${describedBy(ctx, [hintId]) || nothing}>
      ${legend(ctx)} ${aids(ctx, html`<div class="hint" id=${hintId}>${t.dateHint}</div>`)}
      <div class="date-input" part="date-input">
        ${parts.map((part) => {
          const inputId = part === 'day' ? id : `${id}-${part}`;
          return html`<div class="date-input__item">
            <label class="label date-input__label" for=${inputId}>${words[part]}</label>
            <input
              class="input date-input__input ${part === 'year' ? 'input--width-4' : 'input--width-2'} ${
                view.errors.length ? 'input--error' : ''
              }"
              part="input"
              id=${inputId}
              name="${id}-${part}"
              type="text"
              inputmode="numeric"
              autocomplete=${field.type === 'date' && field.dateOfBirth ? `bday-${part}` : 'off'}
              .value=${live(shown[part])}
              aria-invalid=${view.errors.length ? 'true' : nothing}
              @input=${(e: Event) => ctx.type(dateKey(field.id, part), (e.target as HTMLInputElement).value)}
              @change=${() => {
                const now = dateParts(ctx);
                const complete = now.day.trim() && now.month.trim() && now.year.trim();
                const empty = !now.day.trim() && !now.month.trim() && !now.year.trim();
                // A half-typed date waits for the other boxes; Continue hands it over as it is.
                if (complete || empty) ctx.answer(dateFromParts(now.day, now.month, now.year));
              }}
            />
          </div>`;
        })}
      </div>
    </fieldset>`,
  );
}

/**
 * Date fields. Continue hands over the three boxes as they stand, a half-typed
 * date too (the engine explains what is missing); a box not typed in keeps
 * its part of the answer.
 */
export const dateKind: FieldKind = {
  render: renderDate,
  typed: (raw, view) => {
    const id = view.field.id;
    const current = typeof view.value === 'string' ? view.value.split('-') : [];
    const part = (p: Part, i: number) => raw.get(dateKey(id, p)) ?? current[i] ?? '';
    return dateFromParts(part('day', 2), part('month', 1), part('year', 0));
  },
};
