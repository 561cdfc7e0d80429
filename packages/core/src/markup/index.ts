/**
 * Safe markup (the RichText of pathway documents): paragraphs, bulleted and
 * numbered lists, emphasis, strong and http(s) links. Parsed to plain data,
 * never to HTML, so that pathway text can never inject markup or script
 * into a host page.
 *
 * @packageDocumentation
 */
export type {
  Block,
  BulletListBlock,
  EmphasisInline,
  Inline,
  LinkInline,
  NumberedListBlock,
  ParagraphBlock,
  StrongInline,
  TextInline,
} from './types.js';
export { parseMarkup } from './blocks.js';
export { isSafeHref, parseInlines } from './inlines.js';
export { blocksToPlainText, inlinesToPlainText, markupToPlainText } from './plain-text.js';
