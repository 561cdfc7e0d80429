/**
 * The events `<careway-pathway>` fires. All bubble and cross the shadow
 * boundary, and are declared in `HTMLElementEventMap` so that
 * `el.addEventListener('careway-complete', (e) => e.detail.outcome)` type-checks.
 */
import type { AnswerValue, FhirResources, OutcomeNode, Result, UsageRecord, View } from './core.js';
import type { CarewayAttachment } from './attachments.js';
import type { CarewayErrorDetail } from './errors.js';

/** `careway-step`: a new page was entered. */
export interface CarewayStepDetail {
  /** The node shown (for review, the outcome node being confirmed). */
  nodeId: string;
  /** What kind of page it is. */
  kind: View['kind'];
  /** The page's title as shown. */
  title: string;
}

/** `careway-change`: an answer was given, changed or cleared. */
export interface CarewayChangeDetail {
  fieldId: string;
  /** The new value, or `undefined` when cleared. */
  value: AnswerValue | undefined;
  /** The step the field is on. */
  nodeId: string;
}

/** `careway-complete`: the clinician confirmed the answers and the outcome is reached. */
export interface CarewayCompleteDetail {
  /** The outcome node reached: disposition, urgency, service, timeframe. */
  outcome: OutcomeNode;
  /** Every answer on the route taken, in route order. */
  answers: Result['answers'];
  /** Plain text laid out for pasting into a clinical record. */
  summaryText: string;
  /** The engine's full structured result (scores, route, trace, context). */
  result: Result;
  /** Files attached along the way, with the `File` objects; never uploaded by Careway. */
  attachments: CarewayAttachment[];
  /**
   * The FHIR R4 resources for the receiving system: the QuestionnaireResponse
   * and a transaction Bundle (with a UK Core ServiceRequest or a
   * CommunicationRequest, and a Task, where the outcome calls for one), and
   * `issues` such as a missing patient reference. Absent only if building
   * them failed, which is also reported as `careway-error` (`fhir_failed`).
   */
  fhir?: FhirResources;
}

/**
 * `careway-usage`: one session's usage record (opt-in with the `usage`
 * attribute): pages, times, edges, back-tracks, which answers were changed
 * and which prefills overridden — never an answer, free text or identifier.
 * Fired when the session completes, is abandoned, or the page goes away
 * (then `in-progress` when a draft keeps it). See docs/format/usage.md.
 */
export interface CarewayUsageDetail {
  record: UsageRecord;
}

export type { CarewayErrorDetail };

/** Creates a Careway event: bubbling and composed, as every `careway-*` event is. */
export function carewayEvent<K extends keyof CarewayEventMap>(
  type: K,
  detail: CarewayEventMap[K]['detail'],
): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

/** Fires a Careway event from `target`; a host listener that throws must not stop the pathway. */
export function emit<K extends keyof CarewayEventMap>(
  target: EventTarget,
  type: K,
  detail: CarewayEventMap[K]['detail'],
): void {
  try {
    target.dispatchEvent(carewayEvent(type, detail));
  } catch (error) {
    console.error('[careway] an event listener failed', error);
  }
}

/** Tells the developer (console) and the host (`careway-error`) about a problem. */
export function report(target: EventTarget, detail: CarewayErrorDetail): void {
  if (detail.severity === 'error') console.error(`[careway] ${detail.code}: ${detail.message}`);
  else console.warn(`[careway] ${detail.code}: ${detail.message}`);
  emit(target, 'careway-error', detail);
}

/** Careway's events by name. */
export interface CarewayEventMap {
  'careway-step': CustomEvent<CarewayStepDetail>;
  'careway-change': CustomEvent<CarewayChangeDetail>;
  'careway-complete': CustomEvent<CarewayCompleteDetail>;
  'careway-error': CustomEvent<CarewayErrorDetail>;
  'careway-usage': CustomEvent<CarewayUsageDetail>;
}

declare global {
  // Interfaces merge; an empty extension is how the global event map is widened.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CarewayEventMap {}
}
