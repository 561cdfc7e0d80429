/** The NHS care card for an outcome, shared by `<careway-care-card>` and the pathway's outcome page. */
import { html, nothing, type TemplateResult } from 'lit';
import { URGENCIES, type OutcomeNode, type Urgency } from '../../internal/core.js';
import type { UiStrings } from '../../internal/i18n.js';
import { rich } from '../../internal/markup.js';

/** The three NHS care cards. */
export type CareCardKind = 'non-urgent' | 'urgent' | 'emergency';

/**
 * The card an urgency is shown on: routine advice is non-urgent; urgent,
 * suspected-cancer and same-day are urgent; emergency is immediate action.
 */
export function careCardKind(urgency: Urgency): CareCardKind {
  switch (urgency) {
    case 'routine':
      return 'non-urgent';
    case 'emergency':
      return 'emergency';
    default:
      return 'urgent';
  }
}

/** Renders an outcome as a care card: service, timeframe, what happens next, safety-netting. */
export function renderCareCard(outcome: OutcomeNode, t: UiStrings, focusable = false): TemplateResult {
  // Compared, never converted: an urgency that is not one of the format's shows no urgency at all.
  const urgency = URGENCIES.includes(outcome.urgency) ? outcome.urgency : undefined;
  const kind = urgency && careCardKind(urgency);
  const prefix = kind && (kind === 'non-urgent' ? t.nonUrgent : kind === 'urgent' ? t.urgent : t.emergency);
  return html`<div
    class="care-card care-card--${kind ?? 'none'}"
    part="care-card"
    data-urgency=${urgency ?? nothing}
  >
    <div class="care-card__heading-container">
      <h2
        class="care-card__heading page-heading"
        part="heading care-card-heading"
        tabindex=${focusable ? '-1' : nothing}
        ?data-heading=${focusable}
      >
        <span role="text"
          >${prefix ? html`<span class="visually-hidden">${prefix} </span>` : nothing}${outcome.title}</span
        >
      </h2>
      <span class="care-card__arrow" aria-hidden="true"></span>
    </div>
    <div class="care-card__content">
      <dl class="care-card__facts">
        ${
          outcome.service
            ? html`<dt>${t.service}</dt>
                <dd data-fact="service">${outcome.service.name}</dd>`
            : nothing
        }
        <dt>${t.timeframe}</dt>
        <dd data-fact="timeframe">${outcome.timeframe}</dd>
        <dt>${t.actor}</dt>
        <dd data-fact="actor">${outcome.actor}</dd>
      </dl>
      ${rich(outcome.summary)}
      ${
        outcome.nextSteps
          ? html`<h3>${t.nextSteps}</h3>
              ${rich(outcome.nextSteps)}`
          : nothing
      }
      ${
        outcome.safetyNetting
          ? html`<h3>${t.safetyNetting}</h3>
              ${rich(outcome.safetyNetting)}`
          : nothing
      }
    </div>
  </div>`;
}
