import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { VERSION } from '../../version.js';
import { property } from 'lit/decorators.js';
import { URGENCIES, type OutcomeNode, type Urgency } from '../../internal/core.js';
import { problem } from '../../internal/errors.js';
import { report } from '../../internal/events.js';
import { elementLang, strings } from '../../internal/i18n.js';
import { loadedPack, loadLanguage } from '../../internal/language.js';
import { refuseUnrendered } from '../../internal/trusted-types-refusal.js';
import { carewayCareCardStyles } from './careway-care-card.styles.js';
import { renderCareCard } from './render-care-card.js';

/**
 * Shows a pathway outcome as an NHS care card, coloured by its urgency:
 * non-urgent (routine), urgent (urgent, suspected cancer, same day) or
 * immediate action (emergency), with the receiving service, the timeframe,
 * what happens next and safety-netting advice. `<careway-pathway>` shows the
 * same card at the end of a pathway; this element lets a host show an
 * outcome elsewhere, e.g. in the record after `careway-complete`.
 *
 * @tag careway-care-card
 * @summary An outcome as an NHS care card: service, timeframe, next steps, safety-netting.
 *
 * @event careway-error - A warning (`invalid_outcome`) when the outcome's urgency is not one of the format's: the card then shows no urgency.
 *
 * @csspart care-card - The card.
 * @csspart heading - The card's heading.
 * @csspart care-card-heading - The card's heading (same element as `heading`).
 *
 * @cssproperty --careway-font-family - Font stack. Default: `'Frutiger W01', Arial, sans-serif`.
 * @cssproperty --careway-font-size - Body text size. Default: `1.1875rem`.
 * @cssproperty --careway-color-text - Text. Default: `#212b32`.
 * @cssproperty --careway-color-background - Card background. Default: `#ffffff`.
 * @cssproperty --careway-color-non-urgent - Non-urgent card. Default: `#005eb8`.
 * @cssproperty --careway-color-urgent - Urgent card. Default: `#d5281b`.
 * @cssproperty --careway-color-emergency - Emergency card heading. Default: `#d5281b`.
 * @cssproperty --careway-color-emergency-background - Emergency card body. Default: `#212b32`.
 *
 * @example
 * ```js
 * pathwayEl.addEventListener('careway-complete', (e) => { card.outcome = e.detail.outcome; });
 * ```
 */
export class CarewayCareCard extends LitElement {
  /** The Careway version of this class, read when a second copy finds the name taken. */
  static readonly carewayVersion = VERSION;

  static override styles = carewayCareCardStyles;

  /** The outcome node to show (as in `careway-complete`'s `detail.outcome`). */
  @property({ attribute: false }) outcome: OutcomeNode | undefined;

  /** Language of the card's own words: `en-GB` or `cy`. */
  @property() override lang = '';

  #speaking: Promise<unknown> | undefined;

  /** Waits for the card's language to load, as well as for rendering. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#speaking) return done;
    await this.#speaking;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('outcome') || !this.outcome) return;
    let urgency: unknown;
    try {
      urgency = this.outcome.urgency;
    } catch {
      // Read again by render, which shows nothing for an outcome that cannot be read.
    }
    if (!URGENCIES.includes(urgency as Urgency))
      report(
        this,
        problem('invalid_outcome', 'The outcome’s urgency is unknown: no urgency is shown.', 'warning'),
      );
  }

  protected override render() {
    // Under a refused Trusted Types policy Lit can draw nothing but `nothing`; the card says why.
    if (refuseUnrendered(this) || !this.outcome) return nothing;
    const lang = elementLang(this);
    // A language that has not loaded yet is drawn in English, then again once it has.
    if (!loadedPack(lang) && lang !== 'en-GB')
      this.#speaking ??= loadLanguage(lang).then(() => this.requestUpdate());
    try {
      return html`<div class="root" lang=${lang}>${renderCareCard(this.outcome, strings(lang))}</div>`;
    } catch (error) {
      // A malformed outcome must not break the host page.
      console.error('[careway] <careway-care-card> could not show the outcome', error);
      return nothing;
    }
  }
}
