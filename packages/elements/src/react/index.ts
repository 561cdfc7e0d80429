/**
 * React wrappers of Careway's elements, with typed props and events.
 * Importing this module registers the elements (when their names are free).
 *
 * @example
 * ```tsx
 * import { CarewayPathway } from '@careway/elements/react';
 *
 * <CarewayPathway
 *   pathway={pathway}
 *   context={{ age: 67 }}
 *   draftKey="encounter-123"
 *   onCarewayComplete={(e) => save(e.detail.result)}
 * />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CarewayCareCard as CareCardElement } from '../components/careway-care-card/careway-care-card.js';
import { CarewayPathway as PathwayElement } from '../components/careway-pathway/careway-pathway.js';
import { defineCareway } from '../define-careway.js';
import type { CarewayEventMap } from '../internal/events.js';

const { tags } = defineCareway();

/**
 * `<careway-pathway>` for React. Events: `onCarewayStep`, `onCarewayChange`,
 * `onCarewayComplete`, `onCarewayError`, `onCarewayUsage` (with `usage`).
 */
export const CarewayPathway = createComponent({
  react: React,
  tagName: tags.pathway,
  elementClass: PathwayElement,
  displayName: 'CarewayPathway',
  events: {
    onCarewayStep: 'careway-step' as EventName<CarewayEventMap['careway-step']>,
    onCarewayChange: 'careway-change' as EventName<CarewayEventMap['careway-change']>,
    onCarewayComplete: 'careway-complete' as EventName<CarewayEventMap['careway-complete']>,
    onCarewayError: 'careway-error' as EventName<CarewayEventMap['careway-error']>,
    onCarewayUsage: 'careway-usage' as EventName<CarewayEventMap['careway-usage']>,
  },
});

/** `<careway-care-card>` for React. */
export const CarewayCareCard = createComponent({
  react: React,
  tagName: tags.careCard,
  elementClass: CareCardElement,
  displayName: 'CarewayCareCard',
});

export type {
  CarewayStepDetail,
  CarewayChangeDetail,
  CarewayCompleteDetail,
  CarewayErrorDetail,
  CarewayUsageDetail,
} from '../internal/events.js';
