/**
 * `@careway/elements`: the embeddable Careway pathway runtime. Importing this
 * module registers nothing; call {@link defineCareway} (or import
 * `@careway/elements/define`) to register the elements.
 *
 * @packageDocumentation
 */
export { CarewayPathway } from './components/careway-pathway/careway-pathway.js';
export { CarewayCareCard } from './components/careway-care-card/careway-care-card.js';
export { careCardKind, type CareCardKind } from './components/careway-care-card/render-care-card.js';
export { defineCareway, type DefineOptions, type DefineResult } from './define-careway.js';
export type {
  CarewayStepDetail,
  CarewayChangeDetail,
  CarewayCompleteDetail,
  CarewayErrorDetail,
  CarewayEventMap,
} from './internal/events.js';
export type { CarewayErrorCode } from './internal/errors.js';
export type { CarewayAttachment, AttachmentRef } from './internal/attachments.js';
export type { DraftOptions, DraftStorage, DraftSecret } from './internal/drafts.js';
export { draftStorageKey } from './internal/drafts.js';
export { encodeDraft } from './internal/drafts.js';
export type { UiLang } from './internal/i18n.js';
export { VERSION } from './version.js';
