/**
 * Attachment questions, for the element: the files attached on this page
 * (kept in the page, never uploaded), the answer each change gives, what is
 * said to screen readers, and where focus goes after a removal.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AttachmentStore, type AttachmentRef } from '../../internal/attachments.js';
import type { AnswerValue } from '../../internal/core.js';
import { elementLang, strings } from '../../internal/i18n.js';
import type { FocusController } from './focus.js';

/** What the controller needs of the page: answers as they stand, and a way to give one. */
export interface AnswerPort {
  /** The field's answer as the engine now holds it. */
  value(fieldId: string): AnswerValue | undefined;
  /** Gives the field's answer (`undefined` clears it). */
  answer(fieldId: string, value: AnswerValue | undefined): void;
  /** Says something to screen readers. */
  announce(text: string): void;
}

function refs(value: AnswerValue | undefined): AttachmentRef[] {
  return Array.isArray(value) ? (value as AttachmentRef[]) : [];
}

/**
 * The element's attached files (a reactive controller): previews are
 * released when the element is removed, and drawn again if it comes back.
 */
export class AttachmentsController extends AttachmentStore implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #page: AnswerPort;
  readonly #focus: FocusController;

  constructor(host: ReactiveControllerHost & HTMLElement, page: AnswerPort, focus: FocusController) {
    super();
    this.#host = host;
    this.#page = page;
    this.#focus = focus;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.releasePreviews();
  }

  /** Files chosen for a field: added to its answer; those the engine refuses are let go. */
  attach(fieldId: string, files: File[]): void {
    const page = this.#page;
    const added = files.map((file) => this.add(file));
    page.answer(fieldId, [...refs(page.value(fieldId)), ...added]);
    const stored = new Set(refs(page.value(fieldId)).map((r) => r.id));
    for (const ref of added) if (!stored.has(ref.id)) this.remove(ref);
    const accepted = added.filter((ref) => stored.has(ref.id));
    const t = strings(elementLang(this.#host));
    if (accepted.length) page.announce(accepted.map((ref) => t.fileAdded(ref.name)).join('. '));
  }

  /** A file removed from a field's answer; focus returns to the field. */
  detach(fieldId: string, ref: AttachmentRef): void {
    const page = this.#page;
    const kept = refs(page.value(fieldId)).filter((r) =>
      ref.id ? r.id !== ref.id : !(r.name === ref.name && r.size === ref.size),
    );
    this.remove(ref);
    page.answer(fieldId, kept.length ? kept : undefined);
    page.announce(strings(elementLang(this.#host)).fileRemoved(ref.name));
    this.#focus.set({ field: fieldId });
  }
}
