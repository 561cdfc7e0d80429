/**
 * Field kinds plug in here: one renderer per field type, one line each.
 * Adding a kind means one file in this folder and one line below.
 */
import type { Field } from '../../../internal/core.js';
import { renderAttachment } from './attachment.js';
import { renderBoolean, renderChoice } from './choice.js';
import { renderDate } from './date.js';
import { renderDisplay } from './display.js';
import { renderMultiChoice } from './multi-choice.js';
import { renderNumber } from './number.js';
import { renderText } from './text.js';
import type { FieldRenderer } from './types.js';

/** The renderer of each field type. */
export const fieldRenderers: Record<Field['type'], FieldRenderer> = {
  boolean: renderBoolean,
  choice: renderChoice,
  'multi-choice': renderMultiChoice,
  integer: renderNumber,
  decimal: renderNumber,
  date: renderDate,
  text: renderText,
  'long-text': renderText,
  attachment: renderAttachment,
  display: renderDisplay,
};

/** Whether a field type groups several controls in a fieldset (its first control gets the field's id). */
export function isGroup(type: Field['type']): boolean {
  return type === 'boolean' || type === 'choice' || type === 'multi-choice' || type === 'date';
}
