/**
 * Pathway text (RichText) rendered with Lit templates from core's markup
 * tree: paragraphs, emphasis, strong, lists and http(s) links, nothing else.
 * Text always reaches the page as text; there is no HTML string anywhere.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseMarkup, type MarkupBlock, type MarkupInline } from './core.js';

const cache = new Map<string, TemplateResult>();
const CACHE_LIMIT = 500;

/** Renders RichText; empty or missing text renders nothing. */
export function rich(text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  let result = cache.get(text);
  if (!result) {
    result = html`${parseMarkup(text).map(block)}`;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, result);
  }
  return result;
}

function block(node: MarkupBlock): TemplateResult {
  switch (node.type) {
    case 'paragraph':
      return html`<p>${node.children.map(inline)}</p>`;
    case 'bullet-list':
      return html`<ul>
        ${node.items.map((item) => html`<li>${item.map(inline)}</li>`)}
      </ul>`;
    case 'numbered-list':
      return html`<ol start=${node.start}>
        ${node.items.map((item) => html`<li>${item.map(inline)}</li>`)}
      </ol>`;
  }
}

function inline(node: MarkupInline): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'emphasis':
      return html`<em>${node.children.map(inline)}</em>`;
    case 'strong':
      return html`<strong>${node.children.map(inline)}</strong>`;
    case 'link':
      // Core only produces http(s) links; the check is repeated because a link is where harm would land.
      return /^https?:\/\//i.test(node.href)
        ? html`<a href=${node.href} target="_blank" rel="noopener noreferrer">${node.text}</a>`
        : node.text;
  }
}
