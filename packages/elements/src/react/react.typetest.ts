/**
 * Type-level checks of the React wrappers (compiled by `tsc`, never run):
 * props are the element's properties and events are typed by name.
 */
import { createElement } from 'react';
import { CarewayPathway, CarewayCareCard } from './index.js';
import type { OutcomeNode, Pathway } from '../internal/core.js';

declare const pathway: Pathway;
declare const outcome: OutcomeNode;

export const pathwayElement = createElement(CarewayPathway, {
  pathway,
  context: { age: 67 },
  draftKey: 'encounter-123',
  lang: 'cy',
  layout: 'compact',
  onCarewayStep: (e) => e.detail.nodeId.toUpperCase(),
  onCarewayChange: (e) => e.detail.fieldId,
  onCarewayComplete: (e) => e.detail.outcome.urgency,
  onCarewayError: (e) => e.detail.code,
});

export const cardElement = createElement(CarewayCareCard, { outcome });

// @ts-expect-error: layout is 'default' or 'compact'
export const wrongLayout = createElement(CarewayPathway, { layout: 'wide' });
