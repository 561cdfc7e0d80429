/**
 * Field kinds plug in here: each field type's kind, one line each. A kind
 * says how its field is drawn and, when it is typed into, how its typed text
 * becomes an answer; the element knows no field type by name. Adding a kind
 * means one file in this folder and one line below.
 */
import type { Field } from '../../../internal/core.js';
import { attachmentKind } from './attachment.js';
import { booleanKind, choiceKind } from './choice.js';
import { dateKind } from './date.js';
import { displayKind } from './display.js';
import { multiChoiceKind } from './multi-choice.js';
import { numberKind } from './number.js';
import { textKind } from './text.js';
import type { FieldKind } from './types.js';

/** The kind of each field type. */
export const fieldKinds: Record<Field['type'], FieldKind> = {
  boolean: booleanKind,
  choice: choiceKind,
  'multi-choice': multiChoiceKind,
  integer: numberKind,
  decimal: numberKind,
  date: dateKind,
  text: textKind,
  'long-text': textKind,
  attachment: attachmentKind,
  display: displayKind,
};
