/**
 * What a field renderer is given. Renderers hold no clinical rule: they show
 * the engine's `FieldView` and report what the clinician did.
 */
import type { TemplateResult } from 'lit';
import type { AnswerValue, FieldView } from '../../../internal/core.js';
import type { UiLang, UiStrings } from '../../../internal/i18n.js';
import type { AttachmentStore, AttachmentRef } from '../../../internal/attachments.js';

/** The context every field renderer receives. */
export interface FieldContext {
  /** The engine's view of the field. */
  view: FieldView;
  /** The element's words in the current language. */
  t: UiStrings;
  lang: UiLang;
  /** The DOM id of the field's first control (targets of error-summary links). */
  id: string;
  /** True when this is the only field of the step: its question is then the page heading. */
  asHeading: boolean;
  /** What the clinician has typed but the engine has not yet taken (text, numbers, dates). */
  raw: ReadonlyMap<string, string>;
  /** Hands a value to the engine (`undefined` clears it). */
  answer(value: AnswerValue | undefined): void;
  /** Remembers typed text without answering yet (answered on change or on continue). */
  type(key: string, text: string): void;
  /** Files attached in this page. */
  files: AttachmentStore;
  /** Attaches files (the engine checks type, size and count). */
  attach(files: File[]): void;
  /** Removes an attached file. */
  detach(ref: AttachmentRef): void;
}

/** Renders one field kind. */
export type FieldRenderer = (ctx: FieldContext) => TemplateResult;

/**
 * What typed text hands to the engine when the clinician moves on (Continue,
 * or Enter in a box) before the box gave its answer: `raw` holds what was
 * typed, by input key (the field id, or e.g. `dob.day`).
 */
export type TypedAnswer = (raw: ReadonlyMap<string, string>, view: FieldView) => AnswerValue | undefined;

/** One kind of field: how it is drawn and, for kinds typed into, how its typed text becomes an answer. */
export interface FieldKind {
  render: FieldRenderer;
  /** Only for kinds that report typing through {@link FieldContext.type}. */
  typed?: TypedAnswer;
}
