import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Pathway } from '@careway/core';

/**
 * Runs a Careway pathway.
 *
 * @summary Runs a Careway pathway in any page.
 */
export class CarewayPathway extends LitElement {
  /** The pathway document to run. */
  @property({ attribute: false }) pathway: Pathway | undefined;

  override render() {
    return this.pathway
      ? html`<section part="pathway"><h2 part="title">${this.pathway.title}</h2></section>`
      : html``;
  }
}
