import { describe, expect, it } from 'vitest';
import {
  isSafeHref,
  markupToPlainText,
  parseInlines,
  parseMarkup,
  type Block,
  type Inline,
} from './index.js';

const text = (t: string): Inline => ({ type: 'text', text: t });

/** Every inline of every block, depth first. */
function* inlines(blocks: Block[]): Generator<Inline> {
  function* walk(list: Inline[]): Generator<Inline> {
    for (const inline of list) {
      yield inline;
      if (inline.type === 'emphasis' || inline.type === 'strong') yield* walk(inline.children);
    }
  }
  for (const block of blocks) {
    if (block.type === 'paragraph') yield* walk(block.children);
    else for (const item of block.items) yield* walk(item);
  }
}

describe('parseMarkup', () => {
  describe('blocks', () => {
    it('reads nothing from empty or blank text', () => {
      expect(parseMarkup('')).toEqual([]);
      expect(parseMarkup(' \n\t\n')).toEqual([]);
    });

    it('separates paragraphs by blank lines and joins the lines of one paragraph with a space', () => {
      expect(parseMarkup('First line\nsame paragraph\n\n  Second\r\n\r\nThird')).toEqual([
        { type: 'paragraph', children: [text('First line same paragraph')] },
        { type: 'paragraph', children: [text('Second')] },
        { type: 'paragraph', children: [text('Third')] },
      ]);
    });

    it('reads bulleted and numbered lists, numbered from their first number', () => {
      expect(parseMarkup('Call 999 if:\n- chest pain\n- breathless\n\n3. three\n4. four')).toEqual([
        { type: 'paragraph', children: [text('Call 999 if:')] },
        { type: 'bullet-list', items: [[text('chest pain')], [text('breathless')]] },
        { type: 'numbered-list', start: 3, items: [[text('three')], [text('four')]] },
      ]);
    });

    it('continues a list item on the following lines until a blank line', () => {
      expect(parseMarkup('- Take paracetamol\n  every 4 hours\n- Rest\n\nAfter')).toEqual([
        { type: 'bullet-list', items: [[text('Take paracetamol every 4 hours')], [text('Rest')]] },
        { type: 'paragraph', children: [text('After')] },
      ]);
    });

    it('starts a new list when the kind of marker changes', () => {
      expect(parseMarkup('- a\n1. b').map((b) => b.type)).toEqual(['bullet-list', 'numbered-list']);
    });

    it('needs a space after a marker and something after it', () => {
      expect(parseMarkup('-not a list\n1.5 mg\n-')).toEqual([
        { type: 'paragraph', children: [text('-not a list 1.5 mg -')] },
      ]);
    });

    it('lets a backslash keep a line from becoming a list', () => {
      expect(parseMarkup('\\- not a list\n\n2024\\. was a year')).toEqual([
        { type: 'paragraph', children: [text('- not a list')] },
        { type: 'paragraph', children: [text('2024. was a year')] },
      ]);
    });
  });

  describe('inlines', () => {
    it('reads emphasis, strong and links', () => {
      expect(
        parseInlines('See *all* the **NICE** [guideline](https://www.nice.org.uk/guidance/ng158).'),
      ).toEqual([
        text('See '),
        { type: 'emphasis', children: [text('all')] },
        text(' the '),
        { type: 'strong', children: [text('NICE')] },
        text(' '),
        { type: 'link', href: 'https://www.nice.org.uk/guidance/ng158', text: 'guideline' },
        text('.'),
      ]);
    });

    it('nests emphasis in strong and links in both', () => {
      expect(parseInlines('**very *important* [link](http://a.example)**')).toEqual([
        {
          type: 'strong',
          children: [
            text('very '),
            { type: 'emphasis', children: [text('important')] },
            text(' '),
            { type: 'link', href: 'http://a.example', text: 'link' },
          ],
        },
      ]);
    });

    it('leaves unbalanced and spaced markers as they are', () => {
      for (const source of [
        '**bold',
        'bold**',
        '*a',
        '5 * 3 * 2',
        '* not emphasis *',
        '***three***',
        '**',
        '*',
      ]) {
        expect(parseInlines(source)).toEqual([text(source)]);
      }
    });

    it('never lets emphasis and strong cross', () => {
      expect(parseInlines('*a **b* c**')).toEqual([
        { type: 'emphasis', children: [text('a **b')] },
        text(' c**'),
      ]);
    });

    it('unescapes backslashed markers', () => {
      expect(parseInlines('2 \\* 3 = 6, \\[not a link\\](https://a.example), C:\\Users')).toEqual([
        text('2 * 3 = 6, [not a link](https://a.example), C:\\Users'),
      ]);
    });
  });

  describe('hostile input', () => {
    it('keeps HTML as text and never produces it', () => {
      const blocks = parseMarkup(
        '<script>alert(1)</script>\n\n<b onmouseover="x()">hi</b> <img src=x onerror=alert(1)>',
      );
      expect(blocks).toEqual([
        { type: 'paragraph', children: [text('<script>alert(1)</script>')] },
        { type: 'paragraph', children: [text('<b onmouseover="x()">hi</b> <img src=x onerror=alert(1)>')] },
      ]);
    });

    it.each([
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '[click](data:text/html;base64,PHNjcmlwdD4=)',
      '[click](vbscript:msgbox)',
      '[click](//evil.example)',
      '[click](/relative)',
      '[click](https://)',
      '[click](https://a.example/"onmouseover="x)',
      '[click](https://a.example/<script>)',
      '[click](https:\\evil.example)',
      '[](https://a.example)',
      '[a [b](https://a.example',
    ])('keeps %s as plain text', (source) => {
      const all = [...inlines(parseMarkup(source))];
      expect(all.every((i) => i.type === 'text')).toBe(true);
      expect(markupToPlainText(source)).toBe(source);
    });

    it('shows the real address of a link whose text reads as an address elsewhere', () => {
      const link = (src: string) => parseInlines(src).find((i) => i.type === 'link');
      expect(link('[https://www.nhs.uk/](https://evil.example)')).toEqual({
        type: 'link',
        href: 'https://evil.example',
        text: 'https://evil.example',
      });
      expect(link('[Visit www.nhs.uk today](https://evil.example/nhs)')?.text).toBe(
        'https://evil.example/nhs',
      );
      expect(link('[nhs.uk](https://www.nhs.uk@evil.example/)')?.text).toBe(
        'https://www.nhs.uk@evil.example/',
      );
      expect(link('[NHS.UK](https://NHS.uk/conditions)')?.text).toBe('NHS.UK');
      expect(link('[www.nhs.uk](https://www.nhs.uk/)')?.text).toBe('www.nhs.uk');
      expect(link('[https://www.nhs.uk/a](https://www.nhs.uk/b)')?.text).toBe('https://www.nhs.uk/a');
      expect(link('[NICE NG158, e.g. section 1.2](https://www.nice.org.uk/guidance/ng158)')?.text).toBe(
        'NICE NG158, e.g. section 1.2',
      );
    });

    it('links only the well-formed part of nested brackets', () => {
      expect(parseInlines('[a [b](https://a.example)')).toEqual([
        text('[a '),
        { type: 'link', href: 'https://a.example', text: 'b' },
      ]);
    });

    it('stays fast on long runs of markers and brackets', () => {
      const nasty = [
        '*a '.repeat(30_000),
        '**a '.repeat(20_000),
        '['.repeat(50_000) + ']',
        '[x]('.repeat(20_000),
        `${'[x](https://a.example/'.repeat(5_000)})`,
        '*'.repeat(100_000),
      ];
      const start = Date.now();
      for (const source of nasty) parseMarkup(source);
      expect(Date.now() - start).toBeLessThan(3_000);
    });

    it('limits how deep emphasis and strong nest', () => {
      const deep = `${'*a **b '.repeat(20)}x${' b** a*'.repeat(20)}`;
      let depth = 0;
      const measure = (list: Inline[], d: number): void => {
        for (const i of list) {
          if (i.type === 'emphasis' || i.type === 'strong') measure(i.children, d + 1);
          depth = Math.max(depth, d);
        }
      };
      const [block] = parseMarkup(deep);
      if (block?.type === 'paragraph') measure(block.children, 0);
      expect(depth).toBeLessThanOrEqual(8);
      expect(markupToPlainText(deep).replace(/\*/g, '')).toBe(deep.replace(/\*/g, ''));
    });
  });
});

describe('isSafeHref', () => {
  it('allows http and https addresses only', () => {
    expect(isSafeHref('https://www.nhs.uk/conditions/dvt/')).toBe(true);
    expect(isSafeHref('http://example.org?q=1#top')).toBe(true);
    expect(isSafeHref('https://example.org/\u0000')).toBe(false);
    expect(isSafeHref('mailto:a@example.org')).toBe(false);
  });
});

describe('markupToPlainText', () => {
  it('drops markers, writes links with their address and lists one item a line', () => {
    expect(
      markupToPlainText(
        '**Call 999** if [red flags](https://example.org/rf) appear:\n\n- chest pain\n- *sudden* breathlessness\n\n2. second\n3. third',
      ),
    ).toBe(
      'Call 999 if red flags (https://example.org/rf) appear:\n\n- chest pain\n- sudden breathlessness\n\n2. second\n3. third',
    );
  });

  it('writes a link whose text is its address once', () => {
    expect(markupToPlainText('[https://a.example](https://a.example)')).toBe('https://a.example');
  });
});
