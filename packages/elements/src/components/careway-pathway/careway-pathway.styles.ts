/**
 * The look of `<careway-pathway>`: the NHS design system's question pages,
 * radios, checkboxes, date input, error summary, summary list and buttons,
 * with a compact variant for side panels. Reflows down to 320 CSS pixels.
 */
import { css } from 'lit';
import { careCardStyles, tokens } from '../../internal/base.styles.js';

const layout = css`
  :host {
    container-type: inline-size;
  }
  .base {
    max-width: var(--_max-width);
    padding: 0;
  }
  .page {
    animation: careway-enter 160ms ease-out;
  }
  /* Movement only: fading the page in would dip its text below AA contrast while it enters. */
  @keyframes careway-enter {
    from {
      transform: translateY(4px);
    }
    to {
      transform: none;
    }
  }
  .page-heading {
    font-size: var(--_heading-size);
    line-height: 1.2;
    margin: 0 0 calc(var(--_space) * 1.5);
    outline: none;
  }
  .page-heading:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 2px;
  }
  .label-wrapper {
    margin: 0;
  }
  .label-wrapper .label {
    font-size: inherit;
    font-weight: inherit;
    line-height: inherit;
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .lede,
  .body {
    margin-bottom: var(--_space);
  }
  .notice {
    border-left: 8px solid var(--_link);
    background: var(--_surface);
    padding: var(--_space);
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .notice--warning {
    border-left-color: var(--_urgent);
  }
  .notice p {
    margin: 0;
  }
  .loading {
    color: var(--_text-secondary);
  }
`;

const forms = css`
  .form-group {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .form-group--error {
    border-left: 4px solid var(--_error);
    padding-left: var(--_space);
  }
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .legend {
    display: table;
    max-width: 100%;
    margin: 0 0 0.5rem;
    padding: 0;
    font-weight: 600;
    white-space: normal;
  }
  .legend--heading {
    margin-bottom: 0;
  }
  .label {
    display: block;
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  .optional,
  .legend .optional {
    font-weight: 400;
  }
  .hint {
    color: var(--_text-secondary);
    margin: 0 0 var(--_space);
  }
  .hint > :last-child {
    margin-bottom: 0;
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 600;
    margin: 0 0 var(--_space);
  }
  .error-message__line {
    display: block;
  }
  .record {
    margin: 0 0 var(--_space);
  }
  .record--changed,
  .earlier {
    color: var(--_text-secondary);
    margin: 0 0 var(--_space);
  }
  .tag {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    margin-right: 0.5rem;
    border: 1px solid var(--_tag-text);
    background: var(--_tag-bg);
    color: var(--_tag-text);
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.5;
  }
  .record__hint {
    color: var(--_text-secondary);
  }
  .input,
  .textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: 40px;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: 0;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    appearance: none;
  }
  .textarea {
    min-height: 7.5rem;
    resize: vertical;
  }
  .input--error {
    border-color: var(--_error);
  }
  .input:focus,
  .textarea:focus,
  .file-upload:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
    border-color: var(--_focus-text);
  }
  .input--width-2 {
    max-width: 5ch;
    min-width: 3.5rem;
  }
  .input--width-4 {
    max-width: 7ch;
    min-width: 5rem;
  }
  .input--width-5 {
    max-width: 12ch;
  }
  .input-wrapper {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: 0;
  }
  .input-wrapper .input {
    flex: 0 1 auto;
  }
  .input__suffix {
    display: inline-flex;
    align-items: center;
    padding: 0 0.75rem;
    border: 2px solid var(--_border);
    border-left: 0;
    background: var(--_surface);
    min-height: 40px;
    white-space: nowrap;
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .date-input__label {
    font-weight: 400;
  }
  .file-upload {
    display: block;
    max-width: 100%;
    font: inherit;
    margin: 0 0 var(--_space);
  }
  .attachments {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  .attachments__item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_space);
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border-subtle);
  }
  .attachments__preview {
    width: 96px;
    height: 96px;
    object-fit: cover;
    border: 1px solid var(--_border-subtle);
  }
  .attachments__name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .attachments__size {
    color: var(--_text-secondary);
  }
  .attachments__missing {
    flex-basis: 100%;
    color: var(--_error);
  }
  .display__title {
    font-size: 1.25rem;
  }
`;

const choices = css`
  .radios,
  .checkboxes {
    display: block;
  }
  .radios__item,
  .checkboxes__item {
    position: relative;
    display: block;
    min-height: 40px;
    margin: 0 0 0.5rem;
    padding-left: 40px;
    clear: left;
  }
  .radios--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  .radios__input,
  .checkboxes__input {
    position: absolute;
    top: 0;
    left: 0;
    width: 40px;
    height: 40px;
    margin: 0;
    cursor: pointer;
    appearance: none;
    border: 2px solid var(--_border);
    background: var(--_bg);
  }
  .radios__input {
    border-radius: 50%;
  }
  .radios__input:checked {
    background: radial-gradient(circle, var(--_text) 0 10px, var(--_bg) 11px);
  }
  .checkboxes__input:checked::after {
    content: '';
    position: absolute;
    top: 9px;
    left: 8px;
    width: 18px;
    height: 9px;
    border: solid var(--_text);
    border-width: 0 0 4px 4px;
    transform: rotate(-45deg);
  }
  .radios__input:focus-visible,
  .checkboxes__input:focus-visible {
    outline: none;
    box-shadow:
      0 0 0 4px var(--_focus),
      0 0 0 8px var(--_focus-text);
    border-width: 4px;
    border-color: var(--_focus-text);
  }
  .radios__label,
  .checkboxes__label {
    display: inline-block;
    margin: 0;
    padding: 0.4rem 0.75rem 0.25rem;
    font-weight: 400;
    cursor: pointer;
    touch-action: manipulation;
  }
  .radios__hint,
  .checkboxes__hint {
    display: block;
    padding-left: 0.75rem;
  }
  .checkboxes__divider {
    width: 40px;
    margin: 0 0 0.5rem;
    text-align: center;
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .radios__input,
    .checkboxes__input {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .radios__input:checked {
      background: radial-gradient(circle, CanvasText 0 10px, Canvas 11px);
    }
    .checkboxes__input:checked::after {
      border-color: CanvasText;
    }
    .radios__input:focus-visible,
    .checkboxes__input:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 3px;
      box-shadow: none;
    }
  }
`;

const controls = css`
  .button {
    display: inline-block;
    position: relative;
    margin: 0 var(--_space) calc(var(--_space) * 1.5) 0;
    padding: 0.75rem var(--_space);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_button);
    color: var(--_button-text);
    box-shadow: 0 4px 0 var(--_button-shadow);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_button-hover);
  }
  .button:active {
    top: 4px;
    box-shadow: none;
  }
  .button:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
  }
  .button--secondary {
    background: var(--_secondary);
    box-shadow: 0 4px 0 var(--_secondary-shadow);
  }
  .button--secondary:hover {
    background: var(--_secondary-shadow);
  }
  .link-button,
  .back-link__link {
    display: inline;
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-decoration: underline;
    text-align: left;
    cursor: pointer;
  }
  .link-button:hover,
  .back-link__link:hover {
    color: var(--_link-hover);
    text-decoration: none;
  }
  .link-button:focus-visible,
  .back-link__link:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  .back-link {
    margin: 0 0 var(--_space);
  }
  .back-link__link {
    display: inline-flex;
    align-items: center;
    font-size: 1rem;
  }
  .back-link__icon {
    fill: currentColor;
    width: 24px;
    height: 24px;
    margin-left: -6px;
  }
  .details {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .details__summary {
    display: inline-block;
    color: var(--_link);
    cursor: pointer;
    text-decoration: underline;
  }
  .details__summary:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
  }
  .details__text {
    margin-top: 0.5rem;
    padding: var(--_space);
    border-left: 4px solid var(--_border-subtle);
  }
  .summary-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-family: inherit;
    margin: 0 0 var(--_space);
  }
  @media (forced-colors: active) {
    .button,
    .button--secondary {
      border-color: ButtonText;
      box-shadow: none;
    }
    .button:focus-visible,
    .link-button:focus-visible,
    .back-link__link:focus-visible,
    .details__summary:focus-visible {
      outline: 3px solid Highlight;
      box-shadow: none;
    }
  }
`;

const summaries = css`
  .error-summary {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space);
    border: 4px solid var(--_error);
    background: var(--_bg);
  }
  .error-summary:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
  }
  .error-summary__title {
    font-size: 1.5rem;
  }
  .error-summary__list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .error-summary__list li {
    margin-bottom: 0.5rem;
  }
  .error-summary__list a {
    color: var(--_error);
    font-weight: 600;
  }
  .summary-list {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .summary-list__row {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.25rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--_border-subtle);
  }
  .summary-list__key {
    font-weight: 600;
  }
  .summary-list__value,
  .summary-list__actions {
    margin: 0;
  }
  @container (min-width: 36rem) {
    .summary-list__row {
      grid-template-columns: 2fr 3fr auto;
      gap: var(--_space);
    }
    .summary-list__actions {
      text-align: right;
    }
  }
  .scores {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .red-flags {
    padding: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
    background: var(--_surface);
    border-left: 4px solid var(--_error);
  }
  .red-flags ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .score {
    padding: var(--_space);
    margin: 0 0 var(--_space);
    background: var(--_surface);
    border-left: 4px solid var(--_link);
  }
  .score > :last-child {
    margin-bottom: 0;
  }
  .score__value {
    margin-bottom: 0.5rem;
  }
  .score__how {
    margin-bottom: 0.25rem;
    color: var(--_text-secondary);
  }
  .error-panel {
    padding: var(--_space);
    border: 4px solid var(--_error);
  }
  .error-panel__detail {
    color: var(--_text-secondary);
    font-size: 1rem;
  }
  @media (forced-colors: active) {
    .error-summary,
    .error-panel,
    .red-flags,
    .score,
    .notice,
    .form-group--error {
      border-color: CanvasText;
    }
  }
`;

const compact = css`
  :host([layout='compact']) {
    --_size: var(--careway-font-size, 1rem);
    --_heading-size: var(--careway-heading-size, 1.375rem);
    --_space: var(--careway-space, 0.75rem);
    --_max-width: var(--careway-max-width, none);
  }
  :host([layout='compact']) .form-group {
    margin-bottom: var(--_space);
  }
  :host([layout='compact']) .page-heading,
  :host([layout='compact']) .label-wrapper .label {
    margin-bottom: var(--_space);
  }
  :host([layout='compact']) .radios__item,
  :host([layout='compact']) .checkboxes__item {
    min-height: 28px;
    padding-left: 28px;
    margin-bottom: 0.25rem;
  }
  :host([layout='compact']) .radios__input,
  :host([layout='compact']) .checkboxes__input {
    width: 28px;
    height: 28px;
  }
  :host([layout='compact']) .radios__input:checked {
    background: radial-gradient(circle, var(--_text) 0 6px, var(--_bg) 7px);
  }
  :host([layout='compact']) .checkboxes__input:checked::after {
    top: 5px;
    left: 5px;
    width: 13px;
    height: 7px;
    border-width: 0 0 3px 3px;
  }
  :host([layout='compact']) .radios__label,
  :host([layout='compact']) .checkboxes__label {
    padding: 0.125rem 0.5rem;
  }
  :host([layout='compact']) .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  :host([layout='compact']) .input,
  :host([layout='compact']) .input__suffix {
    min-height: 32px;
  }
  :host([layout='compact']) .button {
    padding: 0.5rem 0.75rem;
    margin-bottom: var(--_space);
  }
  :host([layout='compact']) .care-card__heading {
    font-size: 1.25rem;
  }
  :host([layout='compact']) .care-card__heading-container,
  :host([layout='compact']) .care-card__content {
    padding: var(--_space);
  }
`;

/** Every stylesheet of `<careway-pathway>`, adopted in this order. */
export const carewayPathwayStyles = [
  tokens,
  layout,
  forms,
  choices,
  controls,
  summaries,
  careCardStyles,
  compact,
];
