/**
 * The parsed form of safe markup (RichText): a few block and inline kinds,
 * plain data, never HTML. Renderers build DOM text nodes from it.
 */

/** Plain text; render it as a text node, never as HTML. */
export interface TextInline {
  type: 'text';
  text: string;
}
/** `*emphasis*`. */
export interface EmphasisInline {
  type: 'emphasis';
  children: Inline[];
}
/** `**strong**`. */
export interface StrongInline {
  type: 'strong';
  children: Inline[];
}
/** `[text](https://…)`: `href` is always an http or https address. */
export interface LinkInline {
  type: 'link';
  href: string;
  text: string;
}
/** A run of text within a block. */
export type Inline = TextInline | EmphasisInline | StrongInline | LinkInline;

/** Lines of text separated from others by blank lines. */
export interface ParagraphBlock {
  type: 'paragraph';
  children: Inline[];
}
/** Lines starting `- `. */
export interface BulletListBlock {
  type: 'bullet-list';
  items: Inline[][];
}
/** Lines starting `1. `; `start` is the first item's number. */
export interface NumberedListBlock {
  type: 'numbered-list';
  start: number;
  items: Inline[][];
}
/** A block of text. */
export type Block = ParagraphBlock | BulletListBlock | NumberedListBlock;
