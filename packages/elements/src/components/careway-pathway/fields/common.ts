/**
 * The parts every question shares, following the NHS design system: the
 * label or legend (the page heading when the step asks one question), hint,
 * "(optional)", the "from the record" tag, "why we ask" and the error message.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerValue, Field } from '../../../internal/core.js';
import type { UiLang, UiStrings } from '../../../internal/i18n.js';
import { formatBytes } from '../../../internal/i18n.js';
import { rich } from '../../../internal/markup.js';
import type { FieldContext } from './types.js';

/** The ids that describe a control: hint, record tag, earlier answer, error. */
export function describedBy(ctx: FieldContext, extra: string[] = []): string {
  const { view, id } = ctx;
  const ids: string[] = [];
  if (view.field.hint) ids.push(`${id}-hint`);
  if (view.prefill) ids.push(`${id}-record`);
  if (view.remembered !== undefined) ids.push(`${id}-earlier`);
  ids.push(...extra);
  if (view.errors.length) ids.push(`${id}-error`);
  return ids.join(' ');
}

/** The question text with "(optional)" when an answer is not required. */
export function questionText(ctx: FieldContext): TemplateResult {
  return html`${ctx.view.field.label}${
    ctx.view.required || ctx.view.field.type === 'display'
      ? nothing
      : html` <span class="optional">${ctx.t.optional}</span>`
  }`;
}

/** A label for a single control; a heading around it when it is the page's only question. */
export function label(ctx: FieldContext, forId = ctx.id): TemplateResult {
  const text = html`<label class="label" part="label" for=${forId}>${questionText(ctx)}</label>`;
  return ctx.asHeading
    ? html`<h2 class="label-wrapper page-heading" part="heading" tabindex="-1" data-heading>${text}</h2>`
    : text;
}

/** A legend for a group of controls; a heading inside it when it is the page's only question. */
export function legend(ctx: FieldContext): TemplateResult {
  return ctx.asHeading
    ? html`<legend class="legend legend--heading" part="label">
        <h2 class="page-heading" part="heading" tabindex="-1" data-heading>${questionText(ctx)}</h2>
      </legend>`
    : html`<legend class="legend" part="label">${questionText(ctx)}</legend>`;
}

/**
 * Hint, record tag, earlier answer, "why we ask" and the error message, in
 * NHS order; `extraHint` (a date's format, a file's limits) follows the hint.
 */
export function aids(ctx: FieldContext, extraHint?: TemplateResult): TemplateResult {
  const { view, id, t } = ctx;
  return html`${
    view.field.hint
      ? html`<div class="hint" part="hint" id="${id}-hint">${rich(view.field.hint)}</div>`
      : nothing
  }${extraHint ?? nothing}${recordTag(ctx)}${
    view.remembered !== undefined && !view.prefill
      ? html`<p class="earlier" id="${id}-earlier">
          ${t.earlierAnswer(displayValue(view.field, view.remembered, t, ctx.lang))}
        </p>`
      : nothing
  }${
    view.field.why
      ? html`<details class="details" part="why">
          <summary class="details__summary"><span>${t.whyWeAsk}</span></summary>
          <div class="details__text">${rich(view.field.why)}</div>
        </details>`
      : nothing
  }${errorMessage(ctx)}`;
}

function recordTag(ctx: FieldContext): TemplateResult | typeof nothing {
  const { view, id, t } = ctx;
  if (!view.prefill) return nothing;
  return view.prefill.changed
    ? html`<p class="record record--changed" id="${id}-record">
        ${t.changedFromRecord(displayValue(view.field, view.prefill.value, t, ctx.lang))}
      </p>`
    : html`<p class="record" id="${id}-record">
        <strong class="tag" part="record-tag">${t.fromRecord}</strong>
        <span class="record__hint">${t.fromRecordHint}</span>
      </p>`;
}

/** The field's error messages, each prefixed for screen readers as NHS error messages are. */
export function errorMessage(ctx: FieldContext): TemplateResult | typeof nothing {
  const { view, id, t } = ctx;
  if (!view.errors.length) return nothing;
  return html`<span class="error-message" part="error-message" id="${id}-error">
    ${view.errors.map(
      (issue) =>
        html`<span class="error-message__line"
          ><span class="visually-hidden">${t.errorPrefix}</span> ${issue.message}</span
        >`,
    )}
  </span>`;
}

/** The wrapper of a question, marked in error when the engine reports issues. */
export function group(ctx: FieldContext, body: TemplateResult): TemplateResult {
  return html`<div
    class="form-group ${ctx.view.errors.length ? 'form-group--error' : ''}"
    part="question"
    data-field=${ctx.view.field.id}
  >
    ${body}
  </div>`;
}

/** An answer as the clinician reads it; used for the record tag and earlier answers. */
export function displayValue(field: Field, value: AnswerValue, t: UiStrings, lang: UiLang): string {
  const locale = lang === 'cy' ? 'cy-GB' : 'en-GB';
  switch (field.type) {
    case 'boolean':
      return value === true
        ? (field.trueLabel ?? t.yes)
        : value === false
          ? (field.falseLabel ?? t.no)
          : String(value);
    case 'choice':
      return field.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multi-choice':
      return Array.isArray(value)
        ? value.map((v) => field.options.find((o) => o.value === v)?.label ?? String(v)).join(', ')
        : String(value);
    case 'integer':
    case 'decimal':
      return typeof value === 'number'
        ? `${new Intl.NumberFormat(locale).format(value)}${field.unit ? ` ${field.unit.label}` : ''}`
        : String(value);
    case 'date': {
      const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
      if (!match) return String(value);
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(date);
    }
    case 'attachment':
      return Array.isArray(value)
        ? value
            .map((f) => (typeof f === 'object' ? `${f.name} (${formatBytes(f.size, lang)})` : String(f)))
            .join(', ')
        : String(value);
    default:
      return String(value);
  }
}
