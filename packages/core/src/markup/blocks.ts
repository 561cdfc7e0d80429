/**
 * Block markup: paragraphs separated by blank lines, bulleted lists (lines
 * starting `- `) and numbered lists (lines starting `1. `).
 */
import { parseInlines } from './inlines.js';
import type { Block } from './types.js';

const BULLET = /^[ \t]*-[ \t]+(\S.*)$/;
const NUMBERED = /^[ \t]*(\d{1,9})\.[ \t]+(\S.*)$/;

type Draft =
  | { type: 'paragraph'; lines: string[] }
  | { type: 'bullet-list'; items: string[][] }
  | { type: 'numbered-list'; start: number; items: string[][] };

function finish(draft: Draft): Block {
  const text = (lines: string[]): string => lines.join(' ');
  if (draft.type === 'paragraph') return { type: 'paragraph', children: parseInlines(text(draft.lines)) };
  const items = draft.items.map((lines) => parseInlines(text(lines)));
  return draft.type === 'bullet-list'
    ? { type: 'bullet-list', items }
    : { type: 'numbered-list', start: draft.start, items };
}

/**
 * Parses safe markup into blocks. Nothing is ever interpreted as HTML:
 * `<b>` stays the three characters `<b>`. A single line break inside a
 * paragraph is a space; a line that follows a list item without a blank
 * line continues that item.
 *
 * @example
 * parseMarkup('Call 999 if:\n\n- chest pain\n- **breathless** at rest')
 * // → [paragraph [text 'Call 999 if:'], bullet-list [[text 'chest pain'], [strong [text 'breathless'], text ' at rest']]]
 */
export function parseMarkup(text: string): Block[] {
  const blocks: Block[] = [];
  let draft: Draft | undefined;
  const close = (): void => {
    if (draft) blocks.push(finish(draft));
    draft = undefined;
  };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') {
      close();
      continue;
    }
    const bullet = BULLET.exec(raw);
    const numbered = bullet ? null : NUMBERED.exec(raw);
    if (bullet) {
      if (draft?.type !== 'bullet-list') {
        close();
        draft = { type: 'bullet-list', items: [] };
      }
      draft.items.push([(bullet[1] ?? '').trim()]);
    } else if (numbered) {
      if (draft?.type !== 'numbered-list') {
        close();
        draft = { type: 'numbered-list', start: Number(numbered[1]), items: [] };
      }
      draft.items.push([(numbered[2] ?? '').trim()]);
    } else if (draft?.type === 'paragraph') draft.lines.push(line);
    else if (draft) draft.items[draft.items.length - 1]?.push(line);
    else draft = { type: 'paragraph', lines: [line] };
  }
  close();
  return blocks;
}
