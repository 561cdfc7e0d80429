/**
 * Files the clinician attaches stay in the page: the engine sees only a
 * reference (`{ id, name, type, size }`), the host receives the `File`
 * objects with the result, and nothing is uploaded by the element.
 */

/** What the engine stores for an attached file (the document's `AttachmentRef`). */
export interface AttachmentRef {
  id?: string;
  name: string;
  type: string;
  size: number;
}

/** A file handed to the host with the result. */
export interface CarewayAttachment {
  /** The field the file answers. */
  fieldId: string;
  /** The reference stored in the answers. */
  ref: AttachmentRef;
  /** The file itself. Absent when it was attached before a reload (files are not kept in drafts). */
  file?: File;
}

let counter = 0;

/** Holds the files of one element and the object URLs of their previews. */
export class AttachmentStore {
  readonly #files = new Map<string, File>();
  readonly #urls = new Map<string, string>();

  /** Keeps a file and returns the reference the engine stores. */
  add(file: File): AttachmentRef & { id: string } {
    counter += 1;
    const id = `att-${Date.now().toString(36)}-${counter}`;
    this.#files.set(id, file);
    // Direction controls in a file name could show it as another name (`invoice\u202Efdp.exe`): dropped.
    const name = file.name.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
    return { id, name, type: file.type || 'application/octet-stream', size: file.size };
  }

  /** The file behind a reference, if it is still in this page. */
  file(ref: AttachmentRef): File | undefined {
    return ref.id ? this.#files.get(ref.id) : undefined;
  }

  /** An object URL to preview an image, made once and revoked on removal. */
  previewUrl(ref: AttachmentRef): string | undefined {
    const file = this.file(ref);
    if (!file || !ref.id || !file.type.startsWith('image/')) return undefined;
    let url = this.#urls.get(ref.id);
    if (!url) {
      url = URL.createObjectURL(file);
      this.#urls.set(ref.id, url);
    }
    return url;
  }

  /** Forgets a file and frees its preview. */
  remove(ref: AttachmentRef): void {
    if (!ref.id) return;
    this.#files.delete(ref.id);
    this.#revoke(ref.id);
  }

  /** Frees every preview URL (kept files stay available for the result). */
  releasePreviews(): void {
    for (const id of [...this.#urls.keys()]) this.#revoke(id);
  }

  /** Forgets everything. */
  clear(): void {
    this.releasePreviews();
    this.#files.clear();
  }

  #revoke(id: string): void {
    const url = this.#urls.get(id);
    if (url) URL.revokeObjectURL(url);
    this.#urls.delete(id);
  }
}

/** The files behind the attachment answers of a result, as handed to the host. */
export function attachmentsOf(
  answers: readonly { fieldId: string; type: string; value: unknown }[],
  store: AttachmentStore,
): CarewayAttachment[] {
  return answers
    .filter((a) => a.type === 'attachment' && Array.isArray(a.value))
    .flatMap((a) =>
      (a.value as AttachmentRef[]).map((ref) => {
        const file = store.file(ref);
        return file ? { fieldId: a.fieldId, ref, file } : { fieldId: a.fieldId, ref };
      }),
    );
}
