/** Telling pages apart, what each is called, and the questions on them. */
import type { FieldView, View } from '../../../internal/core.js';
import type { UiStrings } from '../../../internal/i18n.js';
import { questionIsHeading } from './step.js';

/** The id of the node a view is about (for check your answers, the outcome being confirmed). */
export function pageNode(view: View): string {
  return (view.kind === 'review' || view.kind === 'outcome' ? view.outcome : view.node).id;
}

/** What tells pages apart: `kind:nodeId`. */
export function pageKey(view: View): string {
  return `${view.kind}:${pageNode(view)}`;
}

/** A question on a step page, if the view is one and shows it. */
export function fieldOf(view: View | undefined, fieldId: string): FieldView | undefined {
  return view?.kind === 'step' ? view.fields.find((f) => f.field.id === fieldId) : undefined;
}

/** The page's title as shown: on a one-question page, the question. */
export function pageTitle(view: View, t: UiStrings): string {
  switch (view.kind) {
    case 'review':
      return t.checkAnswersTitle;
    case 'outcome':
      return view.outcome.title;
    case 'stalled':
      return t.stalledTitle;
    case 'step':
      return questionIsHeading(view) ? (view.fields[0]?.field.label ?? '') : view.node.title;
    default:
      return view.node.title;
  }
}
