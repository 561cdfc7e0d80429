/**
 * A tiny HTML builder for the safety case report. Every string handed to it
 * is pathway text, so every string is escaped; markup exists only as
 * {@link Markup} values the builder itself makes. Nothing it writes is ever
 * executed: the report carries no script and a CSP that forbids one.
 */

/** HTML the builder made, safe to place in a document as it is. */
export interface Markup {
  readonly html: string;
}

/** What an element may hold: text (escaped) or markup the builder made. */
export type Child = string | Markup | readonly Child[] | null | undefined | false;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML content and attribute values: `&`, `<`, `>`, `"`
 * and `'`. Pathway text is data, never markup.
 *
 * @example
 * escapeHtml('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Trusted markup: only for the fixed text of this module's callers, never pathway text. */
export function raw(html: string): Markup {
  return { html };
}

function render(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (typeof child === 'string') return escapeHtml(child);
  if (Array.isArray(child)) return (child as readonly Child[]).map(render).join('');
  return (child as Markup).html;
}

/**
 * An element: `tag` and its attributes (escaped) around its children
 * (text escaped, markup as made).
 *
 * @example
 * el('td', { class: 'id' }, pathway.title)
 */
export function el(
  tag: string,
  attrs: Readonly<Record<string, string>> | null,
  ...children: Child[]
): Markup {
  const attributes = Object.entries(attrs ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return { html: `<${tag}${attributes}>${render(children)}</${tag}>` };
}

/** A bulleted list, or `empty` as a paragraph when there are no items. */
export function list(items: readonly Child[], empty: string): Markup {
  if (items.length === 0) return el('p', null, empty);
  return el(
    'ul',
    null,
    items.map((item) => el('li', null, item)),
  );
}

/**
 * A table with a caption and column headers (`th scope="col"`); the first
 * cell of each row is its header (`th scope="row"`) when `rowHeaders` is set.
 */
export function table(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly Child[])[],
  options: { readonly rowHeaders?: boolean; readonly empty?: string } = {},
): Markup {
  if (rows.length === 0 && options.empty !== undefined) return el('p', null, options.empty);
  const head = el(
    'thead',
    null,
    el(
      'tr',
      null,
      headers.map((h) => el('th', { scope: 'col' }, h)),
    ),
  );
  const body = el(
    'tbody',
    null,
    rows.map((row) =>
      el(
        'tr',
        null,
        row.map((cell, i) =>
          i === 0 && options.rowHeaders ? el('th', { scope: 'row' }, cell) : el('td', null, cell),
        ),
      ),
    ),
  );
  return el('table', null, el('caption', null, caption), head, body);
}

/** Code-like text: ids, fingerprints, expressions. */
export const code = (text: string): Markup => el('code', null, text);

/** A fingerprint, which may break anywhere so that it never widens a table. */
export const fingerprintCode = (text: string): Markup => el('code', { class: 'fingerprint' }, text);
