/**
 * The words the designer uses for the pathway format's closed lists: field
 * types, outcome dispositions and urgencies. Shared by the views, the words
 * of the diff and the expression service's completions.
 */
import type { Field, OutcomeNode, Urgency } from '../../core.js';

/** Words for each field type. */
export const fieldTypeLabels: Record<Field['type'], string> = {
  boolean: 'Yes / no',
  choice: 'Single choice',
  'multi-choice': 'Multiple choice',
  integer: 'Whole number',
  decimal: 'Decimal number',
  date: 'Date',
  text: 'Short text',
  'long-text': 'Long text',
  attachment: 'Attachment',
  display: 'Display text (no answer)',
};

/** Words for each disposition of an outcome. */
export const dispositionLabels: Record<OutcomeNode['disposition'], string> = {
  refer: 'Refer',
  'advice-request': 'Advice and guidance request',
  'primary-care': 'Manage in primary care',
  'self-care': 'Self-care',
  'urgent-care': 'Urgent care',
  emergency: 'Emergency',
  other: 'Other',
};

/** Words for each urgency, least to most urgent. */
export const urgencyLabels: Record<Urgency, string> = {
  routine: 'Routine',
  urgent: 'Urgent',
  'suspected-cancer': 'Suspected cancer',
  'same-day': 'Same day',
  emergency: 'Emergency',
};
