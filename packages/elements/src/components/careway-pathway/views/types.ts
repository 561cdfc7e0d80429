/** What the page renderers receive from the element: the words, and the actions they may trigger. */
import type { Pathway, ReviewItem, ScoreResult } from '../../../internal/core.js';
import type { UiLang, UiStrings } from '../../../internal/i18n.js';
import type { RedFlagLine } from '../localise.js';

/** Everything a page renderer needs besides the engine's view. */
export interface PageContext {
  t: UiStrings;
  lang: UiLang;
  /** The pathway as shown (translated). */
  pathway: Pathway;
  /** Whether the clinician tried to continue on this page: shows the error summary. */
  submitted: boolean;
  /** The scores to show with their explanation (review and outcome). */
  scores: ScoreResult[];
  /** The red-flag answers, with their reasons (outcome). */
  redFlags: RedFlagLine[];
  back(): void;
  next(): void;
  change(item: ReviewItem): void;
  goTo(nodeId: string): void;
  restart(): void;
  copySummary(text: string): void;
  /** Moves focus to a field's first control (error summary links). */
  focusField(fieldId: string): void;
}
