/**
 * Attachment questions: a file input limited to the pathway's types, sizes
 * and count, a preview of each image, and removal. Files never leave the page.
 */
import { html, nothing } from 'lit';
import type { AttachmentRef } from '../../../internal/attachments.js';
import { formatBytes } from '../../../internal/i18n.js';
import { aids, describedBy, group, label } from './common.js';
import type { FieldContext, FieldKind } from './types.js';

/** A MIME type list as people read it: `image/jpeg, image/png` → `JPEG, PNG`. */
export function describeTypes(accept: readonly string[]): string {
  return accept
    .map((type) => {
      const sub = type.split('/')[1] ?? type;
      return sub === '*' ? type : sub.replace(/^x-/, '').toUpperCase();
    })
    .join(', ');
}

function refs(value: unknown): AttachmentRef[] {
  return Array.isArray(value)
    ? value.filter((v): v is AttachmentRef => typeof v === 'object' && v !== null && 'name' in v)
    : [];
}

/** A file question. */
function renderAttachment(ctx: FieldContext) {
  const { view, id, t, lang } = ctx;
  const field = view.field;
  if (field.type !== 'attachment') return html``;
  const attached = refs(view.value);
  const limitsId = `${id}-limits`;
  return group(
    ctx,
    html`${label(ctx)}
      ${aids(
        ctx,
        html`<div class="hint" id=${limitsId}>
          ${t.filesAllowed(describeTypes(field.accept), formatBytes(field.maxBytes, lang), field.maxFiles)}
        </div>`,
      )}
      <input
        class="file-upload ${view.errors.length ? 'input--error' : ''}"
        part="input"
        id=${id}
        name=${id}
        type="file"
        accept=${field.accept.join(',')}
        ?multiple=${field.maxFiles > 1}
        aria-describedby=${describedBy(ctx, [limitsId]) || nothing}
        aria-invalid=${view.errors.length ? 'true' : nothing}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const files = [...(input.files ?? [])];
          // Cleared so that choosing the same file again after removing it still fires change.
          input.value = '';
          if (files.length) ctx.attach(files);
        }}
      />
      ${
        attached.length
          ? html`<ul class="attachments" part="attachment-list">
              ${attached.map((ref) => {
                const preview = ctx.files.previewUrl(ref);
                const present = ctx.files.file(ref) !== undefined;
                return html`<li class="attachments__item">
                  ${
                    preview
                      ? html`<img class="attachments__preview" src=${preview} alt=${t.previewOf(ref.name)} />`
                      : nothing
                  }
                  <span class="attachments__name">${ref.name}</span>
                  <span class="attachments__size">${formatBytes(ref.size, lang)}</span>
                  ${present ? nothing : html`<span class="attachments__missing">${t.fileMissing}</span>`}
                  <button
                    type="button"
                    class="link-button"
                    part="remove-button"
                    @click=${() => ctx.detach(ref)}
                  >
                    ${t.remove}<span class="visually-hidden"> ${ref.name}</span>
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing
      }`,
  );
}

/** File fields: files come through {@link FieldContext.attach} and {@link FieldContext.detach}. */
export const attachmentKind: FieldKind = { render: renderAttachment };
