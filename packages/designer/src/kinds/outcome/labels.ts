import type { OutcomeNode, Urgency } from '../../core.js';

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
