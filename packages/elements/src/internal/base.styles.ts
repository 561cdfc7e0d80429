/**
 * Tokens and base rules shared by every Careway element: the NHS look by
 * default, every colour and size a `--careway-*` custom property. Lit adopts
 * these as constructable stylesheets, so they work under `style-src 'self'`.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font: var(--careway-font-family, 'Frutiger W01', Arial, sans-serif);
    --_text: var(--careway-color-text, #212b32);
    --_text-secondary: var(--careway-color-text-secondary, #4c6272);
    --_bg: var(--careway-color-background, #ffffff);
    --_surface: var(--careway-color-surface, #f0f4f5);
    --_border: var(--careway-color-border, #4c6272);
    --_border-subtle: var(--careway-color-border-subtle, #d8dde0);
    --_link: var(--careway-color-link, #005eb8);
    --_link-hover: var(--careway-color-link-hover, #7c2855);
    --_focus: var(--careway-color-focus, #ffeb3b);
    --_focus-text: var(--careway-color-focus-text, #212b32);
    --_button: var(--careway-color-button, #007f3b);
    --_button-hover: var(--careway-color-button-hover, #00662f);
    --_button-shadow: var(--careway-color-button-shadow, #00401e);
    --_button-text: var(--careway-color-button-text, #ffffff);
    --_secondary: var(--careway-color-secondary-button, #4c6272);
    --_secondary-shadow: var(--careway-color-secondary-button-shadow, #263139);
    --_error: var(--careway-color-error, #d5281b);
    --_non-urgent: var(--careway-color-non-urgent, #005eb8);
    --_urgent: var(--careway-color-urgent, #d5281b);
    --_emergency: var(--careway-color-emergency, #d5281b);
    --_emergency-bg: var(--careway-color-emergency-background, #212b32);
    --_tag-bg: var(--careway-color-tag-background, #dbe6f2);
    --_tag-text: var(--careway-color-tag-text, #003087);
    --_space: var(--careway-space, 1rem);
    --_size: var(--careway-font-size, 1.1875rem);
    --_heading-size: var(--careway-heading-size, 2rem);
    --_radius: var(--careway-radius, 4px);
    --_max-width: var(--careway-max-width, 40rem);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    overflow-wrap: break-word;
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * The same typography again on the element's own root: a host page's
   * "* { all: unset !important }" or inherited oddities (line-height, letter
   * spacing, text transforms) beat :host, but never reach inside.
   */
  .root {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    overflow-wrap: break-word;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  p,
  ul,
  ol {
    margin: 0 0 var(--_space);
  }
  ul,
  ol {
    padding-left: 1.25em;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 var(--_space);
    line-height: 1.25;
    font-weight: 600;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
  }
  a:hover {
    color: var(--_link-hover);
    text-decoration: none;
  }
  a:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    a:focus-visible {
      outline: 3px solid CanvasText;
      box-shadow: none;
      background: Canvas;
      color: LinkText;
    }
  }
`;

/** The NHS care card, by urgency: non-urgent (blue), urgent (red), emergency (red over black). */
export const careCardStyles = css`
  .care-card {
    margin: 0 0 calc(var(--_space) * 2);
    border: 1px solid var(--_border-subtle);
    background: var(--_bg);
    max-width: var(--_max-width);
  }
  .care-card__heading-container {
    position: relative;
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_non-urgent);
    color: #ffffff;
  }
  .care-card__heading {
    margin: 0;
    font-size: 1.5rem;
    color: inherit;
  }
  .care-card__arrow {
    position: absolute;
    bottom: -10px;
    left: 30px;
    width: 20px;
    height: 20px;
    background: inherit;
    transform: rotate(45deg);
  }
  .care-card__content {
    padding: calc(var(--_space) * 1.5);
  }
  .care-card__content > :last-child {
    margin-bottom: 0;
  }
  .care-card--urgent .care-card__heading-container {
    background: var(--_urgent);
  }
  .care-card--none .care-card__heading-container {
    background: #4c6272;
  }
  .care-card--emergency .care-card__heading-container {
    background: var(--_emergency);
  }
  .care-card--emergency .care-card__content {
    background: var(--_emergency-bg);
    color: #ffffff;
  }
  .care-card--emergency .care-card__content a {
    color: #ffffff;
  }
  .care-card__facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_space);
    margin: 0 0 var(--_space);
  }
  .care-card__facts dt {
    font-weight: 600;
  }
  .care-card__facts dd {
    margin: 0;
  }
  @media (forced-colors: active) {
    .care-card,
    .care-card__heading-container {
      border: 2px solid CanvasText;
    }
    .care-card__arrow {
      display: none;
    }
  }
`;
