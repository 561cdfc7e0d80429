/**
 * Safe markup as plain text, for places with no formatting: a record
 * entry, a FHIR narrative's text, a clipboard summary, a screen-reader
 * label.
 */
import { parseMarkup } from './blocks.js';
import type { Block, Inline } from './types.js';

/** The text of inlines with their markers removed; links as `text (href)`. */
export function inlinesToPlainText(inlines: readonly Inline[]): string {
  let out = '';
  for (const inline of inlines) {
    if (inline.type === 'text') out += inline.text;
    else if (inline.type === 'link')
      out += inline.text === inline.href ? inline.href : `${inline.text} (${inline.href})`;
    else out += inlinesToPlainText(inline.children);
  }
  return out;
}

/** Blocks as plain text: paragraphs apart by a blank line, list items on their own lines. */
export function blocksToPlainText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'paragraph') return inlinesToPlainText(block.children);
      if (block.type === 'bullet-list')
        return block.items.map((item) => `- ${inlinesToPlainText(item)}`).join('\n');
      return block.items.map((item, i) => `${block.start + i}. ${inlinesToPlainText(item)}`).join('\n');
    })
    .join('\n\n');
}

/**
 * Safe markup as plain text.
 *
 * @example
 * markupToPlainText('**Call 999** if [red flags](https://example.org/rf) appear')
 * // → 'Call 999 if red flags (https://example.org/rf) appear'
 */
export function markupToPlainText(text: string): string {
  return blocksToPlainText(parseMarkup(text));
}
