/**
 * Inline markup: `*emphasis*`, `**strong**`, `[text](https://…)` and
 * backslash escapes. Linear in the length of the text, whatever it holds:
 * unmatched markers stay as the characters they are.
 */
import type { Inline } from './types.js';

/** Characters a backslash makes literal. */
const ESCAPABLE = new Set(['\\', '*', '[', ']', '(', ')', '-', '.', '_']);
/** Deepest nesting of emphasis and strong; deeper markers stay as text. */
const MAX_NESTING = 8;

/** The longest address a link may have. */
const MAX_HREF = 2048;

const HREF = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#<>"`\\]+(?:[/?#][^\s<>"`\\]*)?$/;

/** True when `href` is an http or https address that a link may point to. */
export function isSafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  return HREF.test(href) && !/[\u0000-\u001f\u007f]/.test(href);
}

/** A word of link text that reads as a web address: an optional scheme, then a host with a dot. */
const ADDRESS = /(?:^|\s)(?:[a-z][\w+.-]*:\/\/)?([^\s/?#@]+\.[a-z]{2,})(?=[/:?#\s]|$)/gi;

/**
 * The text a link shows: its own, unless a word of it reads as an address on another host than
 * the link's (`[https://www.nhs.uk/](https://evil.example)`); then the real address, so that what
 * the reader sees is where the link goes.
 */
function linkText(label: string, href: string): string {
  // The host the link goes to; none when a `user@` part comes before it, so that no text matches it.
  const host = href.matchAll(ADDRESS).next().value?.[1]?.toLowerCase();
  for (const [, shown] of label.matchAll(ADDRESS)) if (shown?.toLowerCase() !== host) return href;
  return label;
}

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'link'; href: string; text: string }
  | { kind: 'delim'; size: 1 | 2; open: boolean; close: boolean; match: number; literal: boolean };

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

function unescape(text: string): string {
  return text.replace(/\\(.)/g, (all, c: string) => (ESCAPABLE.has(c) ? c : all));
}

/** Finds the next occurrence of one character at or after `from`, remembering the answer so that scans never repeat. */
function finder(src: string, ch: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = src.indexOf(ch, from);
    return found;
  };
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') tokens.push({ kind: 'text', text });
    text = '';
  };
  const nextOpen = finder(src, '[');
  const nextClose = finder(src, ']');
  const nextParen = finder(src, ')');
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    const next = src[i + 1];
    if (c === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      text += next;
      i += 2;
    } else if (c === '[') {
      // Cheap tests first: slicing before them would make "[[[[…" quadratic.
      const close = nextClose(i + 1);
      const inner = nextOpen(i + 1);
      const end =
        close !== -1 && (inner === -1 || inner > close) && src[close + 1] === '(' ? nextParen(close + 2) : -1;
      const href = end === -1 || end - close > MAX_HREF ? '' : src.slice(close + 2, end);
      const label = href !== '' && isSafeHref(href) ? unescape(src.slice(i + 1, close)).trim() : '';
      if (label !== '') {
        flush();
        tokens.push({ kind: 'link', href, text: linkText(label.replace(/\s+/g, ' '), href) });
        i = end + 1;
      } else {
        text += c;
        i += 1;
      }
    } else if (c === '*') {
      let run = 1;
      while (src[i + run] === '*') run++;
      if (run > 2) text += '*'.repeat(run);
      else {
        flush();
        const open = !isSpace(src[i + run]);
        const close = !isSpace(src[i - 1]);
        tokens.push({ kind: 'delim', size: run as 1 | 2, open, close, match: -1, literal: false });
      }
      i += run;
    } else {
      text += c;
      i += 1;
    }
  }
  flush();
  return tokens;
}

/** Pairs openers with closers so that pairs nest and never cross. */
function matchDelimiters(tokens: Token[]): void {
  const stacks: Record<1 | 2, number[]> = { 1: [], 2: [] };
  tokens.forEach((token, index) => {
    if (token.kind !== 'delim') return;
    const own = stacks[token.size];
    const other = stacks[token.size === 1 ? 2 : 1];
    const opener = token.close ? own[own.length - 1] : undefined;
    if (opener !== undefined) {
      own.pop();
      // Openers of the other size inside this pair can no longer close without crossing it.
      while ((other[other.length - 1] ?? -1) > opener) other.pop();
      const open = tokens[opener];
      if (open?.kind === 'delim') open.match = index;
      token.match = opener;
    } else if (token.open) own.push(index);
  });
}

function build(tokens: Token[]): Inline[] {
  const root: Inline[] = [];
  const stack: Inline[][] = [root];
  const push = (inline: Inline): void => {
    const target = stack[stack.length - 1] ?? root;
    const last = target[target.length - 1];
    if (inline.type === 'text' && last?.type === 'text') last.text += inline.text;
    else target.push(inline);
  };
  tokens.forEach((token, index) => {
    if (token.kind === 'text') push({ type: 'text', text: token.text });
    else if (token.kind === 'link') push({ type: 'link', href: token.href, text: token.text });
    else if (token.literal || token.match === -1) push({ type: 'text', text: '*'.repeat(token.size) });
    else if (token.match > index) {
      if (stack.length > MAX_NESTING) {
        const closer = tokens[token.match];
        if (closer?.kind === 'delim') closer.literal = true;
        push({ type: 'text', text: '*'.repeat(token.size) });
        return;
      }
      const children: Inline[] = [];
      push(token.size === 1 ? { type: 'emphasis', children } : { type: 'strong', children });
      stack.push(children);
    } else stack.pop();
  });
  return root;
}

/**
 * Parses the inline markup of one paragraph or list item.
 *
 * @example
 * parseInlines('See **NICE NG158** [here](https://www.nice.org.uk/guidance/ng158)')
 * // → [text 'See ', strong [text 'NICE NG158'], text ' ', link {href, text: 'here'}]
 */
export function parseInlines(text: string): Inline[] {
  const tokens = tokenize(text);
  matchDelimiters(tokens);
  return build(tokens);
}
