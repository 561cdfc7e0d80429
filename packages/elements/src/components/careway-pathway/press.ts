/**
 * Keeping the page still while a pointer is pressed.
 *
 * A typed answer (a number, a date, some text) is taken when its box loses
 * focus, and a press elsewhere is what takes the focus away: pressing
 * Continue straight after typing an age gives the age while the button is
 * held down. If that answer shows a question above the button, the button
 * moves before the pointer is released, and the click (press and release on
 * the same element) never happens. The same goes for the host's own buttons
 * below the element.
 *
 * So while a press is in progress anywhere on the page, the element waits to
 * draw what an answer changed, and draws it straight after the click the
 * press makes. A mouse's click comes with its release; a finger's comes a
 * moment later, once the browser has seen a tap, and what it lands on is
 * found then, so the page waits for it (at most {@link CLICK_WAIT_MS}). A
 * press held longer than {@link LONGEST_HOLD_MS} is no click, and the page is
 * drawn then.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest a press holds the page back, in milliseconds. */
export const LONGEST_HOLD_MS = 1500;
/** How long after a release the page waits for its click, in milliseconds. */
export const CLICK_WAIT_MS = 350;

const LISTEN: AddEventListenerOptions = { capture: true, passive: true };

/**
 * Follows presses on the page for its host (a reactive controller): while one
 * is in progress, an update that changes only the `held` state waits, and
 * the host is drawn once the press ends, when it held a drawing back (a
 * click elsewhere costs nothing).
 */
export class PressHold implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #held: readonly PropertyKey[];
  #pressed = false;
  #heldBack = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `held`: the host's state that an answer changes, whose drawing waits during a press. */
  constructor(host: ReactiveControllerHost, held: readonly PropertyKey[]) {
    this.#host = host;
    this.#held = held;
    host.addController(this);
  }

  /** For the host's `shouldUpdate`: whether this update must wait for the press to end. */
  holds(changed: ReadonlyMap<PropertyKey, unknown>): boolean {
    const hold = this.#pressed && [...changed.keys()].every((key) => this.#held.includes(key));
    if (hold) this.#heldBack = true;
    return hold;
  }

  hostConnected(): void {
    window.addEventListener('pointerdown', this.#down, LISTEN);
    window.addEventListener('pointerup', this.#up, LISTEN);
    window.addEventListener('pointercancel', this.#cancel, LISTEN);
    window.addEventListener('click', this.#click, LISTEN);
  }

  hostDisconnected(): void {
    window.removeEventListener('pointerdown', this.#down, LISTEN);
    window.removeEventListener('pointerup', this.#up, LISTEN);
    window.removeEventListener('pointercancel', this.#cancel, LISTEN);
    window.removeEventListener('click', this.#click, LISTEN);
    this.#end();
  }

  readonly #down = (event: PointerEvent): void => {
    if (!event.isPrimary) return;
    this.#pressed = true;
    this.#wait(LONGEST_HOLD_MS);
  };

  readonly #up = (): void => {
    if (this.#pressed) this.#wait(CLICK_WAIT_MS);
  };

  readonly #cancel = (): void => {
    if (this.#pressed) this.#wait(0);
  };

  // Heard first (capture); the timer runs once every handler of the click has run.
  readonly #click = (): void => {
    if (this.#pressed) this.#wait(0);
  };

  #wait(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#end, ms);
  }

  readonly #end = (): void => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#pressed) return;
    this.#pressed = false;
    if (!this.#heldBack) return;
    this.#heldBack = false;
    this.#host.requestUpdate();
  };
}
