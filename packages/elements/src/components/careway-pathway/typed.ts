/**
 * Text typed but not yet answered. A box gives its answer when it loses
 * focus (its `change`); until then what was typed is kept here, so that the
 * page shows it, the draft keeps it, and Continue (or Enter) hands it over.
 * How typed text becomes an answer is each field kind's (fields/registry.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import type { AnswerValue, View } from '../../internal/core.js';
import type { TypedText } from '../../internal/drafts.js';
import { fieldKinds } from './fields/registry.js';
import { fieldOf } from './views/page.js';

/**
 * Holds what is typed on the current page, by input key (the field id, or
 * e.g. `dob.day`). The element tells it of typing, answers and new pages; it
 * hooks no part of the host's update, so it is not added to the host's
 * controllers, and asks the host to draw again only when a draft brings text back.
 */
export class TypedInput {
  /** The text of each box typed in, by input key. */
  readonly raw = new Map<string, string>();
  readonly #host: ReactiveControllerHost;
  /** The fields with typed text that is not yet their answer. */
  readonly #dirty = new Set<string>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Something was typed into a box of a field. */
  type(fieldId: string, key: string, text: string): void {
    this.raw.set(key, text);
    this.#dirty.add(fieldId);
  }

  /** The field was answered: what was typed is no longer waiting. */
  answered(fieldId: string): void {
    this.#dirty.delete(fieldId);
  }

  /** A new page or session: nothing is typed. */
  clear(): void {
    this.raw.clear();
    this.#dirty.clear();
  }

  /** What is typed but not yet answered, by field, for the draft. */
  pending(): TypedText {
    const typed: TypedText = {};
    for (const fieldId of this.#dirty) {
      const inputs: Record<string, string> = {};
      for (const [key, text] of this.raw)
        if (key === fieldId || key.startsWith(`${fieldId}.`)) inputs[key] = text;
      typed[fieldId] = inputs;
    }
    return typed;
  }

  /** Puts back what a draft kept as typed, for the questions the page `view` shows. */
  restore(typed: TypedText, view: View | undefined): void {
    if (view?.kind !== 'step') return;
    for (const [fieldId, inputs] of Object.entries(typed)) {
      if (!fieldOf(view, fieldId)) continue;
      for (const [key, text] of Object.entries(inputs)) this.raw.set(key, text);
      this.#dirty.add(fieldId);
    }
    this.#host.requestUpdate();
  }

  /**
   * Hands over what is typed on the page `view` (Continue, or Enter in a box):
   * each field's kind turns its text into the answer given to `answer`.
   */
  flush(view: View | undefined, answer: (fieldId: string, value: AnswerValue | undefined) => void): void {
    for (const fieldId of [...this.#dirty]) {
      const fv = fieldOf(view, fieldId);
      const typed = fv && fieldKinds[fv.field.type].typed;
      if (fv && typed) answer(fieldId, typed(this.raw, fv));
    }
  }
}
