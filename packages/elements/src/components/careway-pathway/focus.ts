/**
 * Where focus goes after the element changes what it shows: the new page's
 * heading, the error summary after a failed Continue, or a field (an error
 * summary link, a removed file). Focus moves only for what the clinician did,
 * never when a page first loads, so the host page keeps its own focus.
 */
import type { LitElement, ReactiveController, ReactiveControllerHost } from 'lit';
import { fieldDomId } from './views/chrome.js';

/** A place to move focus to. */
export type FocusTarget = 'heading' | 'error-summary' | { field: string };

/** What the controller needs of its element. */
export type FocusHost = ReactiveControllerHost & Pick<LitElement, 'renderRoot'>;

/** Moves focus once the host has drawn what it now shows. */
export class FocusController implements ReactiveController {
  readonly #host: FocusHost;
  #target: FocusTarget | undefined;

  constructor(host: FocusHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Focus goes to `target` after the next update. */
  set(target: FocusTarget): void {
    this.#target = target;
  }

  /** Focus goes to `target` now, in what is drawn. */
  now(target: FocusTarget): void {
    this.#target = target;
    this.hostUpdated();
  }

  hostUpdated(): void {
    const target = this.#target;
    if (!target) return;
    this.#target = undefined;
    const root = this.#host.renderRoot as ShadowRoot;
    const heading = root.querySelector<HTMLElement>('[data-heading]');
    const found =
      target === 'heading'
        ? heading
        : target === 'error-summary'
          ? (root.querySelector<HTMLElement>('[data-error-summary]') ?? heading)
          : (root.getElementById(fieldDomId(target.field)) ?? heading);
    found?.focus();
  }
}
