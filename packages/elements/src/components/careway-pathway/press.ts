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

/** The longest a press holds the page back, in milliseconds. */
export const LONGEST_HOLD_MS = 1500;
/** How long after a release the page waits for its click, in milliseconds. */
export const CLICK_WAIT_MS = 350;

const LISTEN: AddEventListenerOptions = { capture: true, passive: true };

/** Follows presses on the page; `release` is called when one ends after holding the page. */
export class PressHold {
  readonly #release: () => void;
  #pressed = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(release: () => void) {
    this.#release = release;
  }

  /** Whether a press is in progress, so what answers change should wait to be drawn. */
  get pressed(): boolean {
    return this.#pressed;
  }

  connect(): void {
    window.addEventListener('pointerdown', this.#down, LISTEN);
    window.addEventListener('pointerup', this.#up, LISTEN);
    window.addEventListener('pointercancel', this.#cancel, LISTEN);
    window.addEventListener('click', this.#click, LISTEN);
  }

  disconnect(): void {
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
    this.#release();
  };
}
