/**
 * The element as a form control: its value is the JSON of the result (with
 * the attached files when it has a name), and it is invalid, so a host form
 * cannot submit, until the pathway is complete.
 */
import type { LitElement, ReactiveController, ReactiveControllerHost } from 'lit';
import type { CarewayAttachment } from '../../internal/attachments.js';
import type { Result } from '../../internal/core.js';
import { elementLang, strings } from '../../internal/i18n.js';
import type { CarewayPathway } from './careway-pathway.js';

/** What the form needs to know. */
export interface FormState {
  /** The result once complete. */
  result: Result | null | undefined;
  attachments: CarewayAttachment[];
  /** The element's `name`. */
  name: string | undefined;
  /** Where the browser points when it reports the element invalid (the page heading). */
  anchor: HTMLElement | null;
  /** Why the element is invalid, in its language. */
  incomplete: string;
}

/** Updates the element's form value and validity. Never throws. */
export function syncFormState(internals: ElementInternals, state: FormState): void {
  try {
    if (state.result) {
      const json = JSON.stringify(state.result);
      const files = state.attachments.filter((a) => a.file);
      if (state.name && files.length) {
        const data = new FormData();
        data.append(state.name, json);
        for (const a of files) if (a.file) data.append(`${state.name}-attachments`, a.file, a.ref.name);
        internals.setFormValue(data);
      } else {
        internals.setFormValue(json);
      }
      internals.setValidity({});
      return;
    }
    internals.setFormValue(null);
    if (state.anchor) internals.setValidity({ valueMissing: true }, state.incomplete, state.anchor);
    else internals.setValidity({ valueMissing: true }, state.incomplete);
  } catch (error) {
    console.warn('[careway] could not update the form state', error);
  }
}

/** What the controller needs of its element. */
export type FormHost = ReactiveControllerHost &
  HTMLElement &
  Pick<LitElement, 'renderRoot'> &
  Pick<CarewayPathway, 'value' | 'attachments' | 'name'>;

/** Keeps the element's form value and validity in step with what it shows, after every update. */
export class FormController implements ReactiveController {
  /** The element's form internals: its form, validity and value. */
  readonly internals: ElementInternals;
  readonly #host: FormHost;

  constructor(host: FormHost) {
    this.#host = host;
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostUpdated(): void {
    const host = this.#host;
    syncFormState(this.internals, {
      result: host.value,
      attachments: host.attachments,
      name: host.name,
      anchor: host.renderRoot.querySelector<HTMLElement>('[data-heading]'),
      incomplete: strings(elementLang(host)).formIncomplete,
    });
  }
}
