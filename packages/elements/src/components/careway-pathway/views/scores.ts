/** Scores the pathway asks to show, each with how it was worked out. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Pathway, ScoreResult } from '../../../internal/core.js';
import { rich } from '../../../internal/markup.js';
import type { PageContext } from './types.js';

/** The results whose variable says `show: true`, in the order the engine gives them. */
export function shownScores(pathway: Pathway, scores: readonly ScoreResult[]): ScoreResult[] {
  const shown = new Set(pathway.variables.filter((v) => v.show).map((v) => v.id));
  return scores.filter((s) => shown.has(s.id));
}

/** Renders the shown scores; nothing when there are none. */
export function renderScores(ctx: PageContext): TemplateResult | typeof nothing {
  if (!ctx.scores.length) return nothing;
  return html`<section class="scores" part="scores" aria-labelledby="cw-scores-title">
    <h3 id="cw-scores-title">${ctx.t.scores}</h3>
    ${ctx.scores.map((score) => {
      const variable = ctx.pathway.variables.find((v) => v.id === score.id);
      const unit = variable?.kind === 'expression' && variable.unit ? ` ${variable.unit.label}` : '';
      const explanation = variable?.kind === 'score' ? variable.explanation : undefined;
      return html`<div class="score" part="score" data-score=${score.id}>
        <p class="score__value">
          <strong>${variable?.label ?? score.label}:</strong>
          ${score.value === null ? '—' : `${String(score.value)}${unit}`}
          ${score.band ? html`<span class="score__band">(${score.band})</span>` : nothing}
        </p>
        ${
          variable?.kind === 'score'
            ? html`<p class="score__how">${ctx.t.scoreExplanation}</p>
                <ul class="score__items">
                  ${score.explanation.map(
                    (item) => html`<li>${item.label}: ${ctx.t.points(item.points)}</li>`,
                  )}
                </ul>`
            : nothing
        }
        ${explanation ? html`<div class="score__explanation">${rich(explanation)}</div>` : nothing}
      </div>`;
    })}
  </section>`;
}
