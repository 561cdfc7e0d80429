/** A question page: back link, error summary, heading, the visible fields, Continue. */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FieldView, View, ViewIssue } from '../../../internal/core.js';
import { rich } from '../../../internal/markup.js';
import { fieldKinds } from '../fields/registry.js';
import type { FieldContext } from '../fields/types.js';
import { backLink, errorSummary, primaryButton } from './chrome.js';
import type { PageContext } from './types.js';

type StepView = Extract<View, { kind: 'step' }>;

/** Every issue of the page once: the fields' own, then any about the page as a whole. */
export function pageIssues(view: StepView): ViewIssue[] {
  const seen = new Set<string>();
  const all: ViewIssue[] = [];
  for (const issue of [...view.fields.flatMap((f) => f.errors), ...view.errors]) {
    const key = `${issue.fieldId ?? ''}|${issue.code}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(issue);
  }
  return all;
}

/** Whether the page's heading is its only question (the NHS one-question page). */
export function questionIsHeading(view: StepView): boolean {
  return view.fields.length === 1 && !view.node.description;
}

/** Renders a step page. */
export function renderStep(
  ctx: PageContext,
  view: StepView,
  field: (fv: FieldView, asHeading: boolean) => FieldContext,
) {
  const single = questionIsHeading(view);
  return html`${backLink(ctx, view.nav.canGoBack)}
    <form
      class="page page--step"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        ctx.next();
      }}
    >
      ${errorSummary(ctx, pageIssues(view))}
      ${
        single
          ? nothing
          : html`<h2 class="page-heading" part="heading" tabindex="-1" data-heading>${view.node.title}</h2>
              ${view.node.description ? html`<div class="lede">${rich(view.node.description)}</div>` : nothing}`
      }
      ${repeat(
        view.fields,
        (fv) => fv.field.id,
        (fv) => fieldKinds[fv.field.type].render(field(fv, single)),
      )}
      ${primaryButton(ctx.t.continue)}
    </form>`;
}
